package io.cloudmart.sim.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-observation statistic for durations (latency, waiting time), recorded in seconds.
 *
 * <p>Memory does not grow with observations: the exact mean and variance are running sums
 * (Welford), percentiles come from a fixed-precision HdrHistogram in microseconds ({@link HdrCounts}). With a
 * series, a second, coarser histogram is kept for the current bucket only and folded into
 * mean/p50/p95/p99/count when the bucket closes.
 *
 * <p>A tally of parts (a service's latency, whose observations are exactly its endpoints' latencies) is
 * recorded only through its parts: each observation a part records also counts in the whole's running sums and
 * series, in the order observed, so those are what recording into both gave; the whole keeps no histogram of
 * its own and takes its percentiles from its parts' histograms added at the end. Each observation is thus
 * counted into one histogram instead of two, and the summary is the same to the bit.
 */
public final class Tally {
    private static final double MICROS = 1e6;
    private static final int DIGITS = 3;
    private static final int BUCKET_DIGITS = 2;

    private final Clock clock;
    private final Buckets buckets;
    /** Null for a tally of parts: its percentiles are its parts' histograms added. */
    private final HdrCounts histogram;
    /** The tally of parts this one is a part of, or null. */
    private final Tally whole;
    /** The parts of a tally of parts; null for any other tally. */
    private final List<Tally> parts;
    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    private final HdrCounts bucketHistogram;
    private final DoubleColumn[] columns;
    private int bucket;
    private double bucketSum;

    private Tally(Clock clock, Buckets buckets, boolean withSeries, boolean ofParts, Tally whole) {
        this.clock = clock;
        this.buckets = buckets;
        this.histogram = ofParts ? null : new HdrCounts(DIGITS);
        this.parts = ofParts ? new ArrayList<>() : null;
        this.whole = whole;
        this.bucketHistogram = withSeries ? new HdrCounts(BUCKET_DIGITS) : null;
        this.columns = withSeries ? new DoubleColumn[] {new DoubleColumn(), new DoubleColumn(), new DoubleColumn(),
            new DoubleColumn(), new DoubleColumn()} : null;
    }

    /** A tally recorded on its own. */
    static Tally single(Clock clock, Buckets buckets, boolean withSeries) {
        return new Tally(clock, buckets, withSeries, false, null);
    }

    /** A tally recorded only through the parts later made with {@link #partOf}. */
    static Tally ofParts(Clock clock, Buckets buckets, boolean withSeries) {
        return new Tally(clock, buckets, withSeries, true, null);
    }

    /** A new part of {@code whole}, a tally of parts: what it records, {@code whole} observes too. */
    static Tally partOf(Tally whole, boolean withSeries) {
        if (whole.parts == null) {
            throw new IllegalArgumentException("a part needs a tally of parts as its whole");
        }
        Tally part = new Tally(whole.clock, whole.buckets, withSeries, false, whole);
        whole.parts.add(part);
        return part;
    }

    /** Records one observation, in seconds (negative values are a model bug and are refused). */
    public void record(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("observation must be >= 0 s, got " + seconds);
        }
        if (histogram == null) {
            throw new IllegalStateException("a tally of parts is recorded through its parts");
        }
        long micros = (long) (seconds * MICROS + 0.5);
        histogram.record(micros);
        observe(seconds, micros);
        if (whole != null) {
            whole.observe(seconds, micros);
        }
    }

    /** Everything a record updates but the histogram. */
    private void observe(double seconds, long micros) {
        count++;
        double delta = seconds - mean;
        mean += delta / count;
        m2 += delta * (seconds - mean);
        if (seconds < min) {
            min = seconds;
        }
        if (seconds > max) {
            max = seconds;
        }
        if (bucketHistogram != null) {
            closeBefore(buckets.indexOf(clock.now()));
            bucketHistogram.record(micros);
            bucketSum += seconds;
        }
    }

    /** Observations since the last reset. */
    public long count() {
        return count;
    }

    /** Exact mean of the observations since the last reset, in seconds (NaN when none). */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    void reset() {
        if (histogram != null) {
            histogram.reset();
        }
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
    }

    TallySummary summary() {
        if (count == 0) {
            return TallySummary.EMPTY;
        }
        double stdDev = count > 1 ? Math.sqrt(m2 / (count - 1)) : 0.0;
        HdrCounts histogram = this.histogram != null ? this.histogram : partsAdded();
        return new TallySummary(count, mean, stdDev, min, max, percentile(histogram, 50), percentile(histogram, 90),
                percentile(histogram, 95), percentile(histogram, 99));
    }

    /** The parts' histograms added: the histogram of every observation of this tally of parts. */
    private HdrCounts partsAdded() {
        HdrCounts all = new HdrCounts(DIGITS);
        for (Tally part : parts) {
            all.add(part.histogram);
        }
        if (all.total() != count) { // the registry resets parts and whole together, so only a bug gets here
            throw new IllegalStateException("parts counted " + all.total() + " observations, their whole " + count);
        }
        return all;
    }

    private static double percentile(HdrCounts h, double p) {
        return h.percentile(p) / MICROS;
    }

    private void closeBefore(int target) {
        while (bucket < target) {
            long n = bucketHistogram.total();
            boolean empty = n == 0;
            columns[0].add(empty ? Double.NaN : bucketSum / n);
            columns[1].add(empty ? Double.NaN : percentile(bucketHistogram, 50));
            columns[2].add(empty ? Double.NaN : percentile(bucketHistogram, 95));
            columns[3].add(empty ? Double.NaN : percentile(bucketHistogram, 99));
            columns[4].add(n);
            bucketHistogram.reset();
            bucketSum = 0;
            bucket++;
        }
    }

    void finish(double endSeconds) {
        if (bucketHistogram == null) {
            return;
        }
        if (!buckets.cutShortAt(endSeconds)) {
            closeBefore(buckets.count());
            return;
        }
        closeBefore(buckets.indexOf(endSeconds) + 1); // the bucket of the stop holds what came before it
        while (bucket < buckets.count()) {
            for (DoubleColumn column : columns) {
                column.add(Double.NaN);
            }
            bucket++;
        }
    }

    TimeSeries series(String key) {
        if (columns == null) {
            return null;
        }
        java.util.Map<String, double[]> map = new java.util.LinkedHashMap<>();
        map.put("mean", columns[0].toArray());
        map.put("p50", columns[1].toArray());
        map.put("p95", columns[2].toArray());
        map.put("p99", columns[3].toArray());
        map.put("count", columns[4].toArray());
        return new TimeSeries(key, TimeSeries.Kind.DURATION, buckets, map);
    }
}
