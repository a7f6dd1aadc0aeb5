package io.cloudmart.sim.core.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One metric over simulated time: for each bucket, one value per column (for a latency tally
 * {@code mean}, {@code p50}, {@code p95}, {@code p99}, {@code count}; for a level {@code mean}; for
 * a counter {@code perSecond}). NaN marks a bucket without observations.
 */
public record TimeSeries(String key, Kind kind, Buckets buckets, Map<String, double[]> columns) {
    /** What the values are, and so their unit. */
    public enum Kind {
        /** Durations of observations (a tally), seconds. */
        DURATION,
        /** Occurrences per second (a counter). */
        RATE,
        /** Time-average of a level, in the level's own unit. */
        LEVEL
    }

    public TimeSeries {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The values of {@code column}, one per bucket; throws if there is no such column. */
    public double[] column(String column) {
        double[] values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException("series " + key + " has no column '" + column + "'; it has " + columns.keySet());
        }
        return values;
    }

    /** Bucket midpoints in seconds, for plotting. */
    public double[] midpoints() {
        double[] x = new double[buckets.count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (buckets.start(i) + buckets.end(i)) / 2.0;
        }
        return x;
    }
}
