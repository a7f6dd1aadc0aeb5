package io.cloudmart.sim.model.saga;

/** How a saga ended. Every saga that starts ends in exactly one of these, or is still in flight at the end of the run. */
public enum SagaOutcome {
    /** Every step succeeded. */
    COMMITTED,
    /** A step at or before the pivot failed and every completed step was compensated (the saga aborted cleanly). */
    COMPENSATED,
    /**
     * A compensation, or a retriable step after the pivot, kept failing past its retry limit: the
     * data stays inconsistent until someone intervenes.
     */
    STUCK
}
