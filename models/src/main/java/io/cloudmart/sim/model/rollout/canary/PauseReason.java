package io.cloudmart.sim.model.rollout.canary;

/** {@code PauseReason} values of {@code types.go} that the machines raise. */
public enum PauseReason {
    CANARY_PAUSE_STEP("CanaryPauseStep"),
    INCONCLUSIVE_ANALYSIS("InconclusiveAnalysisRun"),
    BLUE_GREEN_PAUSE("BlueGreenPause");

    private final String fieldValue;

    PauseReason(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    public String fieldValue() {
        return fieldValue;
    }
}
