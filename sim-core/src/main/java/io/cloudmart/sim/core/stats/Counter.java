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

    /** Closes every bucket up to the end of the run. */
    void finish() {
        if (perSecond != null) {
            closeBefore(buckets.count());
        }
    }

    TimeSeries series(String key) {
        return perSecond == null ? null : new TimeSeries(key, TimeSeries.Kind.RATE, buckets, java.util.Map.of("perSecond", perSecond.toArray()));
    }
}
