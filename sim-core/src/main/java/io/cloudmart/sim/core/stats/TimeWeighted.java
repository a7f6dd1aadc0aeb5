package io.cloudmart.sim.core.stats;

/**
 * A piecewise-constant level over time (busy cores, queue length, requests in the system),
 * averaged by time, never by sampling.
 *
 * <p>The integral of the level is kept since the last reset; with a series, also per bucket, with
 * the level split exactly at bucket boundaries.
 */
public final class TimeWeighted {
    private final Clock clock;
    private final Buckets buckets;
    private final DoubleColumn bucketMeans;

    private double value;
    private double lastChange;
    private double resetTime;
    private double area;
    private double min;
    private double max;

    private int bucket;
    private double bucketArea;
    private double bucketLastChange;

    TimeWeighted(Clock clock, Buckets buckets, boolean withSeries, double initial) {
        this.clock = clock;
        this.buckets = buckets;
        this.bucketMeans = withSeries ? new DoubleColumn() : null;
        this.value = initial;
        this.min = initial;
        this.max = initial;
        this.lastChange = clock.now();
        this.resetTime = lastChange;
        this.bucketLastChange = lastChange;
    }

    /** The current level. */
    public double value() {
        return value;
    }

    /** Sets the level from now on. */
    public void set(double newValue) {
        double now = clock.now();
        area += value * (now - lastChange);
        lastChange = now;
        if (bucketMeans != null) {
            advance(now);
        }
        value = newValue;
        if (newValue < min) {
            min = newValue;
        }
        if (newValue > max) {
            max = newValue;
        }
    }

    /** Adds {@code delta} to the level from now on. */
    public void add(double delta) {
        set(value + delta);
    }

    private void advance(double now) {
        int target = buckets.indexOf(now);
        while (bucket < target) {
            double end = buckets.end(bucket);
            bucketArea += value * (end - bucketLastChange);
            bucketMeans.add(bucketArea / buckets.length(bucket));
            bucketArea = 0;
            bucketLastChange = end;
            bucket++;
        }
        bucketArea += value * (now - bucketLastChange);
        bucketLastChange = now;
    }

    void reset() {
        double now = clock.now();
        area = 0;
        lastChange = now;
        resetTime = now;
        min = value;
        max = value;
    }

    /** Time-average since the last reset, up to now. */
    public double mean() {
        double now = clock.now();
        double span = now - resetTime;
        return span > 0 ? (area + value * (now - lastChange)) / span : value;
    }

    LevelSummary summary() {
        return new LevelSummary(mean(), min, max);
    }

    /**
     * Closes every bucket up to {@code endSeconds}: the bucket of an early stop is the mean over the
     * time before the stop, and later buckets are NaN.
     */
    void finish(double endSeconds) {
        if (bucketMeans == null) {
            return;
        }
        if (buckets.cutShortAt(endSeconds)) {
            advance(endSeconds);
            double covered = endSeconds - buckets.start(bucket);
            bucketMeans.add(covered > 0 ? bucketArea / covered : Double.NaN);
            while (bucketMeans.size() < buckets.count()) {
                bucketMeans.add(Double.NaN);
            }
            return;
        }
        advance(buckets.durationSeconds());
        while (bucketMeans.size() < buckets.count()) {
            double end = buckets.end(bucket);
            bucketArea += value * (end - bucketLastChange);
            bucketMeans.add(bucketArea / buckets.length(bucket));
            bucketArea = 0;
            bucketLastChange = end;
            bucket++;
        }
    }

    TimeSeries series(String key) {
        return bucketMeans == null ? null : new TimeSeries(key, TimeSeries.Kind.LEVEL, buckets, java.util.Map.of("mean", bucketMeans.toArray()));
    }
}
