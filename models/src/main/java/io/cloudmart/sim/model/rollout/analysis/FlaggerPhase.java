package io.cloudmart.sim.model.rollout.analysis;

/** A Flagger canary's {@code status.phase} ({@code CanaryPhase*} in {@code pkg/apis/flagger/v1beta1/status.go}). */
public enum FlaggerPhase {
    /** The primary serves; waiting for a new revision of the target. */
    INITIALIZED("Initialized"),
    /** New revision found: the canary is scaled up, then analysed interval by interval. */
    PROGRESSING("Progressing"),
    /** The analysis passed at maxWeight: the primary is given the canary's spec and rolls. */
    PROMOTING("Promoting"),
    /** All traffic back on the (updated) primary; the canary is scaled to zero next. */
    FINALISING("Finalising"),
    /** Promotion finished. */
    SUCCEEDED("Succeeded"),
    /** Rolled back: threshold of failed checks reached, or the canary missed its progress deadline. */
    FAILED("Failed");

    private final String fieldValue;

    FlaggerPhase(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** As Flagger writes it. */
    public String fieldValue() {
        return fieldValue;
    }
}
