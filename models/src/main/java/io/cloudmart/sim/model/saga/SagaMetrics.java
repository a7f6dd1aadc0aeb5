package io.cloudmart.sim.model.saga;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.MetricRegistry;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * The statistics of one saga type, under {@code saga.<name>.<metric>} (domain facts 7.4):
 * <ul>
 * <li>{@code started}, {@code committed}, {@code compensated}, {@code stuck}: sagas (counters, series)</li>
 * <li>{@code timeToConsistency}: start → COMMITTED or COMPENSATED, seconds (tally, series)</li>
 * <li>{@code timeInconsistent}: first confirmed local commit → COMMITTED or COMPENSATED, the window in
 * which other readers see partial results, seconds (tally, series; sagas that committed nothing
 * are not recorded)</li>
 * <li>{@code inFlight}: sagas running (level, series); {@code inconsistent}: sagas past their first
 * commit and not yet consistent, stuck ones included for good (level, series)</li>
 * <li>{@code retries}: step retries after transient failures; {@code compensationRetries}; {@code
 * timeouts}: calls given up on; {@code lateReplies}: replies after a timeout or repeated (counters)</li>
 * <li>{@code carriedOver}: sagas in flight when measurement began (end of warm-up);
 * {@code inFlightAtEnd}: sagas still running at the end time (counters). Then
 * {@code carriedOver + started = committed + compensated + stuck + inFlightAtEnd}.</li>
 * </ul>
 * Stuck sagas are not in the two duration tallies: they have not become consistent.
 * The compensation rate, {@code compensated / started}, is derived:
 * {@link SagaOrchestrator#compensationRate(io.cloudmart.sim.core.stats.MetricsSnapshot, String)}.
 */
final class SagaMetrics {
    final Counter started;
    final Counter committed;
    final Counter compensated;
    final Counter stuck;
    final Counter retries;
    final Counter compensationRetries;
    final Counter timeouts;
    final Counter lateReplies;
    final Counter carriedOver;
    final Counter inFlightAtEnd;
    final Tally timeToConsistency;
    final Tally timeInconsistent;
    final TimeWeighted inFlight;
    final TimeWeighted inconsistent;

    SagaMetrics(Simulation simulation, String saga) {
        MetricRegistry registry = simulation.metrics();
        started = registry.counter(SagaOrchestrator.metricKey(saga, "started"), true);
        committed = registry.counter(SagaOrchestrator.metricKey(saga, "committed"), true);
        compensated = registry.counter(SagaOrchestrator.metricKey(saga, "compensated"), true);
        stuck = registry.counter(SagaOrchestrator.metricKey(saga, "stuck"), true);
        retries = registry.counter(SagaOrchestrator.metricKey(saga, "retries"), false);
        compensationRetries = registry.counter(SagaOrchestrator.metricKey(saga, "compensationRetries"), false);
        timeouts = registry.counter(SagaOrchestrator.metricKey(saga, "timeouts"), false);
        lateReplies = registry.counter(SagaOrchestrator.metricKey(saga, "lateReplies"), false);
        carriedOver = registry.counter(SagaOrchestrator.metricKey(saga, "carriedOver"), false);
        inFlightAtEnd = registry.counter(SagaOrchestrator.metricKey(saga, "inFlightAtEnd"), false);
        timeToConsistency = registry.tally(SagaOrchestrator.metricKey(saga, "timeToConsistency"), true);
        timeInconsistent = registry.tally(SagaOrchestrator.metricKey(saga, "timeInconsistent"), true);
        inFlight = registry.level(SagaOrchestrator.metricKey(saga, "inFlight"), 0, true);
        inconsistent = registry.level(SagaOrchestrator.metricKey(saga, "inconsistent"), 0, true);
    }
}
