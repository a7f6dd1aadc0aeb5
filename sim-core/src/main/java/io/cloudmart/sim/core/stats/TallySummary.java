package io.cloudmart.sim.core.stats;

/**
 * Summary of per-observation values (latencies in seconds) after warm-up. Mean and standard
 * deviation are exact; percentiles come from an HdrHistogram at 3 significant digits and 1 µs
 * resolution. All NaN when there was no observation.
 */
public record TallySummary(long count, double mean, double stdDev, double min, double max,
                           double p50, double p90, double p95, double p99) {
    public static final TallySummary EMPTY = new TallySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
