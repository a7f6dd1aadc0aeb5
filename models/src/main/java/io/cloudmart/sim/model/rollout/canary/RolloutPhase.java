package io.cloudmart.sim.model.rollout.canary;

/** {@code RolloutPhase} as {@code utils/rollout/rolloututil.go CalculateRolloutPhase} reports it. */
public enum RolloutPhase {
    PROGRESSING("Progressing"),
    PAUSED("Paused"),
    HEALTHY("Healthy"),
    DEGRADED("Degraded");

    private final String fieldValue;

    RolloutPhase(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    public String fieldValue() {
        return fieldValue;
    }
}
