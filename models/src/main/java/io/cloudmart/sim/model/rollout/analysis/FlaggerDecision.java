package io.cloudmart.sim.model.rollout.analysis;

/** What Flagger does at one analysis interval. */
public enum FlaggerDecision {
    /** Canary weight raised by stepWeight (the first interval does so without a check). */
    ADVANCE,
    /** A check failed: failed checks + 1, weight unchanged. */
    HOLD,
    /** maxWeight reached and the check passed: the primary gets the canary's spec. */
    PROMOTE,
    /** The failed checks reached the threshold: all traffic back to the primary. */
    ROLLBACK
}
