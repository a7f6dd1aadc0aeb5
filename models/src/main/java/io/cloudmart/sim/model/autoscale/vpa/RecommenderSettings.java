package io.cloudmart.sim.model.autoscale.vpa;

/**
 * The VPA recommender's flags (one set for the whole recommender, as upstream), named after the fields of
 * {@code RecommenderConfig} in kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/recommender/config/config.go};
 * defaults from {@code DefaultRecommenderConfig} there and {@code pkg/recommender/model/aggregations_config.go}
 * (also listed in {@code docs/flags.md}). Durations are seconds.
 *
 * @param recommenderIntervalSeconds          {@code --recommender-interval}: how often the recommender samples usage and
 *                                            recomputes, seconds; default 60 s
 * @param targetCpuPercentile                 {@code --target-cpu-percentile}; default 0.9
 * @param lowerBoundCpuPercentile             {@code --recommendation-lower-bound-cpu-percentile}; default 0.5
 * @param upperBoundCpuPercentile             {@code --recommendation-upper-bound-cpu-percentile}; default 0.95
 * @param targetMemoryPercentile              {@code --target-memory-percentile}; default 0.9
 * @param lowerBoundMemoryPercentile          {@code --recommendation-lower-bound-memory-percentile}; default 0.5
 * @param upperBoundMemoryPercentile          {@code --recommendation-upper-bound-memory-percentile}; default 0.95
 * @param safetyMarginFraction                {@code --recommendation-margin-fraction}: every estimate × (1 + this); default 0.15
 * @param podMinCpuMillicores                 {@code --pod-recommendation-min-cpu-millicores}: floor for the whole pod, split
 *                                            evenly over its recommended containers; default 25
 * @param podMinMemoryMb                      {@code --pod-recommendation-min-memory-mb}: same for memory; upstream multiplies it
 *                                            by 1024 × 1024, so it is MiB; default 250
 * @param confidenceIntervalCpuSeconds        {@code --confidence-interval-cpu}: the history length that counts as confidence 1,
 *                                            seconds; default 24 h
 * @param confidenceIntervalMemorySeconds     {@code --confidence-interval-memory}; default 24 h
 * @param cpuHistogramDecayHalfLifeSeconds    {@code --cpu-histogram-decay-half-life}, seconds; default 24 h
 * @param memoryHistogramDecayHalfLifeSeconds {@code --memory-histogram-decay-half-life}, seconds; default 24 h
 * @param memoryAggregationIntervalSeconds    {@code --memory-aggregation-interval}: one memory peak per container per interval,
 *                                            seconds; default 24 h
 * @param memoryAggregationIntervalCount      {@code --memory-aggregation-interval-count}: interval × count is the window after
 *                                            which a container aggregate with no new sample expires; default 8
 * @param oomBumpUpRatio                      {@code --oom-bump-up-ratio}: memory after an OOM kill ≥ used × this; default 1.2
 * @param oomMinBumpUpBytes                   {@code --oom-min-bump-up-bytes}: and ≥ used + this, bytes; default 100 MiB
 */
public record RecommenderSettings(double recommenderIntervalSeconds,
                                  double targetCpuPercentile, double lowerBoundCpuPercentile, double upperBoundCpuPercentile,
                                  double targetMemoryPercentile, double lowerBoundMemoryPercentile,
                                  double upperBoundMemoryPercentile,
                                  double safetyMarginFraction, double podMinCpuMillicores, double podMinMemoryMb,
                                  double confidenceIntervalCpuSeconds, double confidenceIntervalMemorySeconds,
                                  double cpuHistogramDecayHalfLifeSeconds, double memoryHistogramDecayHalfLifeSeconds,
                                  double memoryAggregationIntervalSeconds, int memoryAggregationIntervalCount,
                                  double oomBumpUpRatio, double oomMinBumpUpBytes) {
    private static final double DAY = 24 * 3600.0;

    /** [DEFAULT] {@code MetricsFetcherInterval} 1 m, config.go. */
    public static final double DEFAULT_RECOMMENDER_INTERVAL_SECONDS = 60.0;
    /** [DEFAULT] config.go. */
    public static final double DEFAULT_TARGET_PERCENTILE = 0.9;
    /** [DEFAULT] config.go. */
    public static final double DEFAULT_LOWER_BOUND_PERCENTILE = 0.5;
    /** [DEFAULT] config.go. */
    public static final double DEFAULT_UPPER_BOUND_PERCENTILE = 0.95;
    /** [DEFAULT] config.go. */
    public static final double DEFAULT_SAFETY_MARGIN_FRACTION = 0.15;
    /** [DEFAULT] config.go. */
    public static final double DEFAULT_POD_MIN_CPU_MILLICORES = 25;
    /** [DEFAULT] config.go (MiB, see the record's javadoc). */
    public static final double DEFAULT_POD_MIN_MEMORY_MB = 250;
    /** [DEFAULT] {@code ConfidenceIntervalCPU} / {@code ConfidenceIntervalMemory} 24 h, config.go. */
    public static final double DEFAULT_CONFIDENCE_INTERVAL_SECONDS = DAY;
    /** [DEFAULT] {@code DefaultCPUHistogramDecayHalfLife} / {@code DefaultMemoryHistogramDecayHalfLife} 24 h, aggregations_config.go. */
    public static final double DEFAULT_HISTOGRAM_DECAY_HALF_LIFE_SECONDS = DAY;
    /** [DEFAULT] {@code DefaultMemoryAggregationInterval} 24 h, aggregations_config.go. */
    public static final double DEFAULT_MEMORY_AGGREGATION_INTERVAL_SECONDS = DAY;
    /** [DEFAULT] {@code DefaultMemoryAggregationIntervalCount} 8, aggregations_config.go. */
    public static final int DEFAULT_MEMORY_AGGREGATION_INTERVAL_COUNT = 8;
    /** [DEFAULT] {@code DefaultOOMBumpUpRatio} 1.2, aggregations_config.go. */
    public static final double DEFAULT_OOM_BUMP_UP_RATIO = 1.2;
    /** [DEFAULT] {@code DefaultOOMMinBumpUp} 100 × 1024 × 1024 bytes, aggregations_config.go. */
    public static final double DEFAULT_OOM_MIN_BUMP_UP_BYTES = 100 * ResourceAmounts.MIB;

    public RecommenderSettings {
        requireDuration("recommender-interval", recommenderIntervalSeconds);
        requirePercentile("target-cpu-percentile", targetCpuPercentile);
        requirePercentile("recommendation-lower-bound-cpu-percentile", lowerBoundCpuPercentile);
        requirePercentile("recommendation-upper-bound-cpu-percentile", upperBoundCpuPercentile);
        requirePercentile("target-memory-percentile", targetMemoryPercentile);
        requirePercentile("recommendation-lower-bound-memory-percentile", lowerBoundMemoryPercentile);
        requirePercentile("recommendation-upper-bound-memory-percentile", upperBoundMemoryPercentile);
        requireNonNegative("recommendation-margin-fraction", safetyMarginFraction);
        requireNonNegative("pod-recommendation-min-cpu-millicores", podMinCpuMillicores);
        requireNonNegative("pod-recommendation-min-memory-mb", podMinMemoryMb);
        requireDuration("confidence-interval-cpu", confidenceIntervalCpuSeconds);
        requireDuration("confidence-interval-memory", confidenceIntervalMemorySeconds);
        requireDuration("cpu-histogram-decay-half-life", cpuHistogramDecayHalfLifeSeconds);
        requireDuration("memory-histogram-decay-half-life", memoryHistogramDecayHalfLifeSeconds);
        requireDuration("memory-aggregation-interval", memoryAggregationIntervalSeconds);
        if (memoryAggregationIntervalCount < 1) {
            throw new IllegalArgumentException("memory-aggregation-interval-count must be >= 1, got "
                    + memoryAggregationIntervalCount);
        }
        if (!(oomBumpUpRatio >= 1) || Double.isInfinite(oomBumpUpRatio)) {
            throw new IllegalArgumentException("oom-bump-up-ratio must be finite and >= 1, got " + oomBumpUpRatio);
        }
        requireNonNegative("oom-min-bump-up-bytes", oomMinBumpUpBytes);
    }

    /** Every flag at its upstream default. */
    public static RecommenderSettings defaults() {
        return new RecommenderSettings(DEFAULT_RECOMMENDER_INTERVAL_SECONDS,
                DEFAULT_TARGET_PERCENTILE, DEFAULT_LOWER_BOUND_PERCENTILE, DEFAULT_UPPER_BOUND_PERCENTILE,
                DEFAULT_TARGET_PERCENTILE, DEFAULT_LOWER_BOUND_PERCENTILE, DEFAULT_UPPER_BOUND_PERCENTILE,
                DEFAULT_SAFETY_MARGIN_FRACTION, DEFAULT_POD_MIN_CPU_MILLICORES, DEFAULT_POD_MIN_MEMORY_MB,
                DEFAULT_CONFIDENCE_INTERVAL_SECONDS, DEFAULT_CONFIDENCE_INTERVAL_SECONDS,
                DEFAULT_HISTOGRAM_DECAY_HALF_LIFE_SECONDS, DEFAULT_HISTOGRAM_DECAY_HALF_LIFE_SECONDS,
                DEFAULT_MEMORY_AGGREGATION_INTERVAL_SECONDS, DEFAULT_MEMORY_AGGREGATION_INTERVAL_COUNT,
                DEFAULT_OOM_BUMP_UP_RATIO, DEFAULT_OOM_MIN_BUMP_UP_BYTES);
    }

    /** A copy with another {@code --recommendation-margin-fraction}. */
    public RecommenderSettings withSafetyMarginFraction(double fraction) {
        return new RecommenderSettings(recommenderIntervalSeconds, targetCpuPercentile, lowerBoundCpuPercentile,
                upperBoundCpuPercentile, targetMemoryPercentile, lowerBoundMemoryPercentile, upperBoundMemoryPercentile,
                fraction, podMinCpuMillicores, podMinMemoryMb, confidenceIntervalCpuSeconds,
                confidenceIntervalMemorySeconds, cpuHistogramDecayHalfLifeSeconds, memoryHistogramDecayHalfLifeSeconds,
                memoryAggregationIntervalSeconds, memoryAggregationIntervalCount, oomBumpUpRatio, oomMinBumpUpBytes);
    }

    /** The memory aggregation window (interval × count), seconds; 8 days by default. */
    public double memoryAggregationWindowSeconds() {
        return memoryAggregationIntervalSeconds * memoryAggregationIntervalCount;
    }

    private static void requirePercentile(String flag, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(flag + " must be in [0, 1], got " + value);
        }
    }

    private static void requireNonNegative(String flag, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(flag + " must be finite and >= 0, got " + value);
        }
    }

    private static void requireDuration(String flag, double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(flag + " must be finite and > 0 s, got " + seconds);
        }
    }
}
