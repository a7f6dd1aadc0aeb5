package io.cloudmart.sim.model.autoscale.hpa;

/**
 * Normalization when {@code spec.behavior} is absent ({@code normalizeDesiredReplicas},
 * {@code stabilizeRecommendation}, {@code convertDesiredReplicasWithRules} in {@code horizontal.go}): the
 * recommendation becomes the highest of the downscale stabilization window (so it also holds a scale-up at an
 * earlier, higher recommendation), then is clamped to {@code minReplicas} and to
 * {@code min(maxReplicas, max(2 × current, 4))}.
 */
final class LegacyNormalizer {
    /** [BEHAVIOR] kubernetes {@code horizontal.go} ({@code scaleUpLimitFactor}) */
    static final double SCALE_UP_LIMIT_FACTOR = 2.0;
    /** [BEHAVIOR] kubernetes {@code horizontal.go} ({@code scaleUpLimitMinimum}) */
    static final double SCALE_UP_LIMIT_MINIMUM = 4.0;

    private final int minReplicas;
    private final int maxReplicas;
    private final double stabilizationSeconds;

    LegacyNormalizer(int minReplicas, int maxReplicas, double stabilizationSeconds) {
        this.minReplicas = minReplicas;
        this.maxReplicas = maxReplicas;
        this.stabilizationSeconds = stabilizationSeconds;
    }

    Normalization normalize(double now, int current, int raw, RecommendationHistory history) {
        double cutoff = now - stabilizationSeconds;
        int stabilized = history.maxNotOlderThan(cutoff, raw);
        history.add(raw, now);
        history.forgetBefore(cutoff);

        int scaleUpLimit = (int) Math.max(SCALE_UP_LIMIT_FACTOR * current, SCALE_UP_LIMIT_MINIMUM);
        int maximumAllowed = Math.min(maxReplicas, scaleUpLimit);
        ScalingLimit upperReason = maxReplicas > scaleUpLimit ? ScalingLimit.LEGACY_SCALE_UP_LIMIT : ScalingLimit.MAX_REPLICAS;
        if (stabilized < minReplicas) {
            return new Normalization(stabilized, minReplicas, ScalingLimit.MIN_REPLICAS);
        }
        if (stabilized > maximumAllowed) {
            return new Normalization(stabilized, maximumAllowed, upperReason);
        }
        return new Normalization(stabilized, stabilized, ScalingLimit.NONE);
    }
}
