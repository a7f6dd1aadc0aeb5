package io.cloudmart.sim.core.stats;

/**
 * Counts occurrences (requests answered, retries, errors). Optionally also keeps a per-bucket rate
 * series (occurrences per second in each bucket).
 */
public final class Counter {
    private final Clock clock;
    private final Buckets buckets;
    private final DoubleColumn perSecond;
    private long count;
    private int bucket;
    private long bucketCount;

    Counter(Clock clock, Buckets buckets, boolean withSeries) {
        this.clock = clock;
        this.buckets = buckets;
        this.perSecond = withSeries ? new DoubleColumn() : null;
    }

    public void increment() {
        add(1);
    }

    public void add(long n) {
        count += n;
        if (perSecond != null) {
            closeBefore(buckets.indexOf(clock.now()));
            bucketCount += n;
        }
    }

    /** Occurrences since the last reset. */
    public long count() {
        return count;
    }

    void reset() {
        count = 0;
    }

    private void closeBefore(int target) {
        while (bucket < target) {
            perSecond.add(bucketCount / buckets.length(bucket));
            bucketCount = 0;
            bucket++;
        }
    }

    /**
     * Closes every bucket up to {@code endSeconds}: the bucket of an early stop is a rate over the
     * time before the stop, and later buckets are NaN.
     */
    void finish(double endSeconds) {
        if (perSecond == null) {
            return;
        }
        if (!buckets.cutShortAt(endSeconds)) {
            closeBefore(buckets.count());
            return;
        }
        int last = buckets.indexOf(endSeconds);
        closeBefore(last);
        double covered = endSeconds - buckets.start(last);
        perSecond.add(covered > 0 ? bucketCount / covered : Double.NaN);
        for (int b = last + 1; b < buckets.count(); b++) {
            perSecond.add(Double.NaN);
        }
        bucket = buckets.count();
    }

    TimeSeries series(String key) {
        return perSecond == null ? null : new TimeSeries(key, TimeSeries.Kind.RATE, buckets, java.util.Map.of("perSecond", perSecond.toArray()));
    }
}
