package io.cloudmart.sim.core.stats;

import java.util.Arrays;

/**
 * The counts of an HdrHistogram ({@code org.HdrHistogram.Histogram(significantDigits)}, lowest discernible
 * value 1, auto-resizing): the same buckets, the same {@link #percentile} answers, for non-negative values.
 *
 * <p>Why not the library's histogram: a shop records a few dozen latency histograms interleaved, about eleven
 * values per request, and the library's recording was a seventh of {@code cloudmart}'s time, most of it waiting
 * for the counts' cache lines. Here the counts are {@code int}s (half the library's {@code long}s, so twice as
 * many of the hot lines stay in cache), and a record is an index computation and one increment: no
 * concurrency-safe minimum and maximum (a {@link Tally} keeps its own, exact ones), no index normalisation.
 */
final class HdrCounts {
    private final int subBucketHalfCountMagnitude;
    private final int subBucketHalfCount;
    private final long subBucketMask;
    private final int leadingZeroCountBase;
    private int[] counts;
    private long total;

    /** @param significantDigits decimal digits kept at every magnitude, as HdrHistogram's (1 to 5) */
    HdrCounts(int significantDigits) {
        if (significantDigits < 1 || significantDigits > 5) {
            throw new IllegalArgumentException("significant digits must be 1 to 5, got " + significantDigits);
        }
        // the library's sizing for a lowest discernible value of 1 (unit magnitude 0)
        long largestValueWithSingleUnitResolution = 2 * (long) Math.pow(10, significantDigits);
        int subBucketCountMagnitude = (int) Math.ceil(Math.log(largestValueWithSingleUnitResolution) / Math.log(2));
        int subBucketCount = 1 << subBucketCountMagnitude;
        subBucketHalfCountMagnitude = subBucketCountMagnitude - 1;
        subBucketHalfCount = subBucketCount / 2;
        subBucketMask = subBucketCount - 1;
        leadingZeroCountBase = 64 - subBucketCountMagnitude;
        counts = new int[subBucketCount];
    }

    /** Counts one value ({@code >= 0}). */
    void record(long value) {
        int index = indexOf(value);
        if (index >= counts.length) {
            grow(index);
        }
        if (counts[index]++ == Integer.MAX_VALUE) {
            counts[index]--;
            throw new IllegalStateException("more than " + Integer.MAX_VALUE + " values equivalent to " + value);
        }
        total++;
    }

    /** Adds the counts of {@code other}, which must have as many significant digits. */
    void add(HdrCounts other) {
        if (other.subBucketHalfCountMagnitude != subBucketHalfCountMagnitude) {
            throw new IllegalArgumentException("histograms of different precision");
        }
        if (other.counts.length > counts.length) {
            counts = Arrays.copyOf(counts, other.counts.length);
        }
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] = Math.addExact(counts[i], other.counts[i]);
        }
        total += other.total;
    }

    /** Values counted since the last reset. */
    long total() {
        return total;
    }

    /** Forgets every value; the counts keep their size. */
    void reset() {
        Arrays.fill(counts, 0);
        total = 0;
    }

    /**
     * The value at {@code percentile} (0 to 100), exactly as HdrHistogram's {@code getValueAtPercentile}: the
     * highest value equivalent to the smallest counted one at or above that share of the counts (the lowest for
     * percentile 0); 0 when nothing is counted.
     */
    long percentile(double percentile) {
        double requested = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0), 100.0);
        long countAtPercentile = Math.max((long) Math.ceil(requested * total / 100.0), 1);
        long running = 0;
        for (int i = 0; i < counts.length; i++) {
            running += counts[i];
            if (running >= countAtPercentile) {
                long lowest = valueAt(i);
                return percentile == 0.0 ? lowest : lowest + (1L << bucketOfIndex(i)) - 1;
            }
        }
        return 0;
    }

    private int indexOf(long value) {
        int bucket = leadingZeroCountBase - Long.numberOfLeadingZeros(value | subBucketMask);
        int subBucket = (int) (value >>> bucket);
        return ((bucket + 1) << subBucketHalfCountMagnitude) + (subBucket - subBucketHalfCount);
    }

    private int bucketOfIndex(int index) {
        return Math.max(0, (index >> subBucketHalfCountMagnitude) - 1);
    }

    /** The lowest value counted at {@code index}. */
    private long valueAt(int index) {
        int bucket = (index >> subBucketHalfCountMagnitude) - 1;
        int subBucket = (index & (subBucketHalfCount - 1)) + subBucketHalfCount;
        if (bucket < 0) {
            subBucket -= subBucketHalfCount;
            bucket = 0;
        }
        return (long) subBucket << bucket;
    }

    /** Whole buckets up to {@code index}, as the library resizes. */
    private void grow(int index) {
        int length = ((index >> subBucketHalfCountMagnitude) + 1) << subBucketHalfCountMagnitude;
        counts = Arrays.copyOf(counts, length);
    }
}
