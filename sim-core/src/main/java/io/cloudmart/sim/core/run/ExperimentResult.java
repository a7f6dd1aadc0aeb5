package io.cloudmart.sim.core.run;

import java.util.List;
import java.util.function.ToDoubleFunction;

import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.stats.TimeSeries;

/**
 * The replications of one experiment, in replication order, and estimates over them.
 *
 * @param replications one result per replication, sorted by index
 * @param wallSeconds  wall-clock time of running all replications, seconds
 */
public record ExperimentResult(List<ReplicationResult> replications, double wallSeconds) {
    public ExperimentResult {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("an experiment has at least one replication");
        }
    }

    /** Mean over replications of {@code figure} with its 95% half-width. */
    public Estimate estimate(ToDoubleFunction<MetricsSnapshot> figure) {
        double[] values = new double[replications.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = figure.applyAsDouble(replications.get(i).metrics());
        }
        return Estimate.of(values);
    }

    /** Engine events executed in all replications together. */
    public long totalEvents() {
        return replications.stream().mapToLong(ReplicationResult::events).sum();
    }

    public RunSettings settings() {
        return replications.get(0).settings();
    }

    /** True when every replication has a series {@code key}. */
    public boolean hasSeries(String key) {
        return replications.stream().allMatch(r -> r.metrics().series().containsKey(key));
    }

    /**
     * Series {@code key}, column by column the mean over replications (a bucket that is NaN in
     * every replication stays NaN; NaN values are otherwise left out of the mean).
     */
    public TimeSeries meanSeries(String key) {
        TimeSeries first = series(0, key);
        java.util.Map<String, double[]> columns = new java.util.LinkedHashMap<>();
        for (String column : first.columns().keySet()) {
            int buckets = first.column(column).length;
            double[] mean = new double[buckets];
            for (int b = 0; b < buckets; b++) {
                double sum = 0;
                int n = 0;
                for (int r = 0; r < replications.size(); r++) {
                    double v = series(r, key).column(column)[b];
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                mean[b] = n == 0 ? Double.NaN : sum / n;
            }
            columns.put(column, mean);
        }
        return new TimeSeries(key, first.kind(), first.buckets(), columns);
    }

    private TimeSeries series(int replication, String key) {
        TimeSeries s = replications.get(replication).metrics().series().get(key);
        if (s == null) {
            throw new IllegalArgumentException("no series '" + key + "'");
        }
        return s;
    }
}
