package io.cloudmart.sim.model.saga;

/** A participant's reply to a step's action or compensation. */
public enum StepResult {
    /** The local transaction committed. */
    SUCCESS,
    /** The participant refused for a business reason (card declined, out of stock): retrying is pointless. */
    BUSINESS_FAILURE,
    /** A technical failure (unavailable, 503, connection reset): the local transaction did not commit; a retry may succeed. */
    TRANSIENT_FAILURE
}
