package io.cloudmart.sim.model.rollout.analysis;

/** A condition read {@code result} but the measurement had no data; the measurement is an Error. */
final class MissingResultException extends RuntimeException {
    MissingResultException() {
        super("metric result is nil or empty: no data returned from the metric provider", null, false, false);
    }
}
