package io.cloudmart.sim.model.autoscale.vpa;

/**
 * A weighted histogram over {@link ExponentialBuckets}, as the VPA recommender keeps them: samples add
 * (or subtract) weight to the bucket of their value, and {@link #percentile(double)} answers with a bucket
 * boundary, not an interpolated value. Mirrors {@code histogram} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/recommender/util/histogram.go}; no decay here (see
 * {@link DecayingHistogram}).
 *
 * <p>Not thread-safe.
 */
public final class ExponentialHistogram {
    private final ExponentialBuckets buckets;
    private final int numBuckets;
    private final double[] bucketWeight;
    private double totalWeight;
    /** Lowest bucket with weight ≥ epsilon (numBuckets − 1 while empty). */
    private int minBucket;
    /** Highest bucket with weight ≥ epsilon (0 while empty). */
    private int maxBucket;

    public ExponentialHistogram(ExponentialBuckets buckets) {
        if (buckets == null) {
            throw new IllegalArgumentException("histogram buckets must not be null");
        }
        this.buckets = buckets;
        this.numBuckets = buckets.numBuckets();
        this.bucketWeight = new double[numBuckets];
        this.minBucket = numBuckets - 1;
        this.maxBucket = 0;
    }

    public ExponentialBuckets buckets() {
        return buckets;
    }

    /** Adds {@code weight} (≥ 0) to the bucket of {@code value}. */
    public void addSample(double value, double weight) {
        requireWeight(weight);
        int bucket = buckets.findBucket(value);
        bucketWeight[bucket] += weight;
        totalWeight += weight;
        if (bucket < minBucket && bucketWeight[bucket] >= buckets.epsilon()) {
            minBucket = bucket;
        }
        if (bucket > maxBucket && bucketWeight[bucket] >= buckets.epsilon()) {
            maxBucket = bucket;
        }
    }

    /**
     * Takes {@code weight} (≥ 0) off the bucket of {@code value} and off the total; a result below epsilon
     * becomes 0, as upstream's {@code safeSubtract}.
     */
    public void subtractSample(double value, double weight) {
        requireWeight(weight);
        int bucket = buckets.findBucket(value);
        totalWeight = safeSubtract(totalWeight, weight);
        bucketWeight[bucket] = safeSubtract(bucketWeight[bucket], weight);
        updateMinAndMaxBucket();
    }

    /**
     * The smallest bucket boundary with at least {@code percentile} of the total weight below it: walking up
     * from the lowest non-empty bucket, the first bucket whose running sum reaches
     * {@code percentile × totalWeight} (or the highest non-empty bucket) is chosen, and the answer is the
     * start of the bucket <em>after</em> it, i.e. the chosen bucket's upper end (its own start if it is the
     * last, open-ended bucket). 0 when empty.
     *
     * @param percentile in [0, 1]
     */
    public double percentile(double percentile) {
        if (isEmpty()) {
            return 0.0;
        }
        double partialSum = 0.0;
        double threshold = percentile * totalWeight;
        int bucket = minBucket;
        for (; bucket < maxBucket; bucket++) {
            partialSum += bucketWeight[bucket];
            if (partialSum >= threshold) {
                break;
            }
        }
        return bucket < numBuckets - 1 ? buckets.bucketStart(bucket + 1) : buckets.bucketStart(bucket);
    }

    /** True when the lowest tracked bucket holds less than epsilon (upstream's {@code IsEmpty}). */
    public boolean isEmpty() {
        return bucketWeight[minBucket] < buckets.epsilon();
    }

    /** Sum of all weights added minus those subtracted, in this histogram's own weight scale. */
    public double totalWeight() {
        return totalWeight;
    }

    /** Weight in {@code bucket}. */
    public double bucketWeight(int bucket) {
        return bucketWeight[bucket];
    }

    /** Multiplies every weight by {@code factor} (≥ 0); buckets falling below epsilon drop out of the range. */
    void scale(double factor) {
        if (!(factor >= 0)) {
            throw new IllegalArgumentException("scale factor must be >= 0, got " + factor);
        }
        for (int bucket = minBucket; bucket <= maxBucket; bucket++) {
            bucketWeight[bucket] *= factor;
        }
        totalWeight *= factor;
        updateMinAndMaxBucket();
    }

    private void updateMinAndMaxBucket() {
        double epsilon = buckets.epsilon();
        int lastBucket = numBuckets - 1;
        while (bucketWeight[minBucket] < epsilon && minBucket < lastBucket) {
            minBucket++;
        }
        while (bucketWeight[maxBucket] < epsilon && maxBucket > 0) {
            maxBucket--;
        }
    }

    private double safeSubtract(double value, double sub) {
        double result = value - sub;
        return result < buckets.epsilon() ? 0.0 : result;
    }

    private static void requireWeight(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("sample weight must be finite and >= 0, got " + weight);
        }
    }
}
