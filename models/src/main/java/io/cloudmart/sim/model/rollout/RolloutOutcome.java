package io.cloudmart.sim.model.rollout;

/** Where a rollout stood when the run ended, as results.json spells it. */
public enum RolloutOutcome {
    /** All steps done, the canary version is stable. */
    PROMOTED("promoted"),
    /** An analysis (or the progress deadline) aborted it: traffic back to stable. */
    ABORTED("aborted"),
    /** Waiting at an indefinite pause or on an inconclusive analysis. */
    PAUSED("paused"),
    /** Still going through its steps. */
    PROGRESSING("progressing"),
    /** The run ended before {@code startAt}. */
    NOT_STARTED("notStarted");

    private final String fieldValue;

    RolloutOutcome(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    public String fieldValue() {
        return fieldValue;
    }
}
