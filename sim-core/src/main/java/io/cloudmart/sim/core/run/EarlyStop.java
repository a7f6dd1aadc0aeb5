package io.cloudmart.sim.core.run;

/**
 * A replication that a model stopped before its end time, because going on would not tell the
 * learner anything more (an overloaded shop whose queues grow without end).
 *
 * @param timeSeconds simulated time of the stop, seconds
 * @param source      the component that stopped it, e.g. {@code load}
 * @param reason      why, in words a learner can act on
 */
public record EarlyStop(double timeSeconds, String source, String reason) {
}
