package io.cloudmart.sim.model.autoscale.vpa;

/**
 * The exponential bucketing of the VPA recommender's usage histograms: bucket {@code i} starts at
 * {@code firstBucketSize × (ratio^i − 1) / (ratio − 1)}, so bucket 0 is {@code [0, firstBucketSize)} and
 * each next bucket is {@code ratio} times wider than the one before; the last bucket is open-ended.
 * Mirrors {@code exponentialHistogramOptions} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/recommender/util/histogram_options.go}.
 *
 * @param maxValue        the value the buckets must reach; the bucket count is
 *                        {@code ceil(log_ratio(maxValue × (ratio − 1) / firstBucketSize + 1)) + 1}
 * @param firstBucketSize width of bucket 0, in the histogram's unit (cores or bytes)
 * @param ratio           width of bucket {@code i + 1} over that of bucket {@code i}; must be &gt; 1
 * @param epsilon         smallest bucket weight that counts as non-empty
 */
public record ExponentialBuckets(double maxValue, double firstBucketSize, double ratio, double epsilon) {
    /** [DEFAULT] {@code minSampleWeight} in {@code pkg/recommender/model/aggregations_config.go}. */
    public static final double MIN_SAMPLE_WEIGHT = 0.1;
    /** [DEFAULT] {@code epsilon = 0.001 × minSampleWeight} in {@code aggregations_config.go}. */
    public static final double EPSILON = 0.001 * MIN_SAMPLE_WEIGHT;
    /** [DEFAULT] {@code DefaultHistogramBucketSizeGrowth} 0.05 in {@code aggregations_config.go}: each bucket 5 % wider. */
    public static final double DEFAULT_RATIO = 1.05;

    /** [DEFAULT] CPU histogram of {@code aggregations_config.go}: first bucket 0.01 core, up to 1000 cores. */
    public static final ExponentialBuckets CPU_CORES = new ExponentialBuckets(1000.0, 0.01, DEFAULT_RATIO, EPSILON);
    /** [DEFAULT] memory histogram of {@code aggregations_config.go}: first bucket 1e7 bytes (10 MB), up to 1e12 (1 TB). */
    public static final ExponentialBuckets MEMORY_BYTES = new ExponentialBuckets(1e12, 1e7, DEFAULT_RATIO, EPSILON);

    public ExponentialBuckets {
        if (!(maxValue > 0) || !(firstBucketSize > 0) || !(epsilon > 0) || Double.isInfinite(maxValue)) {
            throw new IllegalArgumentException("histogram maxValue, firstBucketSize and epsilon must be finite and > 0, got "
                    + maxValue + ", " + firstBucketSize + ", " + epsilon);
        }
        if (!(ratio > 1) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("histogram bucket ratio must be finite and > 1, got " + ratio);
        }
    }

    /** How many buckets there are (176 for both default histograms). */
    public int numBuckets() {
        return (int) Math.ceil(log(maxValue * (ratio - 1) / firstBucketSize + 1)) + 1;
    }

    /** The bucket holding {@code value}: 0 below {@code firstBucketSize}, the last one for anything beyond. */
    public int findBucket(double value) {
        if (value < firstBucketSize) {
            return 0;
        }
        int bucket = (int) log(value * (ratio - 1) / firstBucketSize + 1);
        return Math.min(bucket, numBuckets() - 1);
    }

    /** Where bucket {@code bucket} starts (bucket 0 starts at 0). */
    public double bucketStart(int bucket) {
        if (bucket < 0 || bucket >= numBuckets()) {
            throw new IllegalArgumentException("bucket " + bucket + " out of range [0, " + (numBuckets() - 1) + "]");
        }
        if (bucket == 0) {
            return 0.0;
        }
        return firstBucketSize * (Math.pow(ratio, bucket) - 1) / (ratio - 1);
    }

    private double log(double x) {
        return Math.log(x) / Math.log(ratio);
    }
}
