package io.cloudmart.sim.scenario.output;

import java.util.function.ToDoubleFunction;

import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TallySummary;

/**
 * The figures results.json and the report share, each a mean over replications with its 95%
 * half-width, in the units users read (milliseconds, per second, fractions).
 */
public final class Figures {
    private final ExperimentResult result;

    public Figures(ExperimentResult result) {
        this.result = result;
    }

    public ExperimentResult result() {
        return result;
    }

    public Estimate of(ToDoubleFunction<MetricsSnapshot> figure) {
        return result.estimate(figure);
    }

    /** A latency figure of tally {@code key}, in milliseconds. */
    public Estimate latencyMs(String key, ToDoubleFunction<TallySummary> field) {
        return of(m -> field.applyAsDouble(m.tally(key)) * 1000.0);
    }

    /** Counter {@code key} per replication (mean over replications). */
    public Estimate count(String key) {
        return of(m -> m.counter(key));
    }

    /** Counter {@code key} per second of measured time (up to the stop, for a run that stopped early). */
    public Estimate perSecond(String key) {
        return of(m -> m.counter(key) / m.measuredSeconds());
    }

    /**
     * What every replication attached of {@code type} (the bill, the cluster's story…), in replication order; empty
     * when there are no replications or one of them attached none, so a block is written only for all or none.
     */
    public <T> java.util.Optional<java.util.List<T>> attachments(Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        for (io.cloudmart.sim.core.run.ReplicationResult r : result.replications()) {
            java.util.Optional<T> one = r.attachments().get(type);
            if (one.isEmpty()) {
                return java.util.Optional.empty();
            }
            found.add(one.get());
        }
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.util.List.copyOf(found));
    }

    /** Time-average of level {@code key}. */
    public Estimate levelMean(String key) {
        return of(m -> m.level(key).mean());
    }
}
