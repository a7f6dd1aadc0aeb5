package io.cloudmart.sim.model.autoscale.vpa;

/**
 * The three estimators of the VPA recommender and the confidence multiplier each wears, as wired in
 * {@code CreatePodResourceRecommender} (kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/recommender/logic/recommender.go}): every one is
 * percentile → safety margin → (confidence multiplier) → pod minimum, and the multiplier scales by
 * {@code (1 + multiplier / confidence)^exponent} ({@code estimator.go}).
 */
enum Estimate {
    /** No confidence multiplier. */
    TARGET(0.0, 0.0, false),
    /** [BEHAVIOR] multiplier 0.001, exponent −2: ×0 while the samples span no time, ≈×0.6 after 5 min, →1 fast. */
    LOWER_BOUND(0.001, -2.0, true),
    /** [BEHAVIOR] multiplier 1, exponent +1: ×∞ while the samples span no time, ×3 at 12 h, ×2 at 24 h, ×8/7 at a week. */
    UPPER_BOUND(1.0, 1.0, true);

    private final double multiplier;
    private final double exponent;
    private final boolean confidenceScaled;

    Estimate(double multiplier, double exponent, boolean confidenceScaled) {
        this.multiplier = multiplier;
        this.exponent = exponent;
        this.confidenceScaled = confidenceScaled;
    }

    /** The percentile flag of this estimator for CPU. */
    double cpuPercentile(RecommenderSettings s) {
        return switch (this) {
            case TARGET -> s.targetCpuPercentile();
            case LOWER_BOUND -> s.lowerBoundCpuPercentile();
            case UPPER_BOUND -> s.upperBoundCpuPercentile();
        };
    }

    /** The percentile flag of this estimator for memory. */
    double memoryPercentile(RecommenderSettings s) {
        return switch (this) {
            case TARGET -> s.targetMemoryPercentile();
            case LOWER_BOUND -> s.lowerBoundMemoryPercentile();
            case UPPER_BOUND -> s.upperBoundMemoryPercentile();
        };
    }

    /**
     * The chain after the percentile: {@code base + trunc(base × margin)}, then × the confidence factor
     * (truncated), then at least {@code minimum}; all in whole units (millicores or bytes).
     */
    long apply(long base, double marginFraction, double confidence, long minimum) {
        long value = base + ResourceAmounts.scale(base, marginFraction);
        if (confidenceScaled) {
            value = ResourceAmounts.scale(value, confidenceFactor(confidence));
        }
        return Math.max(value, minimum);
    }

    /** {@code (1 + multiplier / confidence)^exponent}; 1 for the target. */
    double confidenceFactor(double confidence) {
        return confidenceScaled ? Math.pow(1.0 + multiplier / confidence, exponent) : 1.0;
    }
}
