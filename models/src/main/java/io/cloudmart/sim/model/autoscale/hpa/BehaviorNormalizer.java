package io.cloudmart.sim.model.autoscale.hpa;

/**
 * Normalization with {@code spec.behavior} ({@code normalizeDesiredReplicasWithBehaviors},
 * {@code stabilizeRecommendationWithBehaviors}, {@code convertDesiredReplicasWithBehaviorRate},
 * {@code calculateScaleUpLimitWithScalingRules}, {@code calculateScaleDownLimitWithBehaviors} in
 * {@code horizontal.go}).
 *
 * <p>Stabilization: the current count is raised to the lowest recommendation of the scale-up window and lowered to
 * the highest of the scale-down window (the raw recommendation included in both). Rate limit: each policy measures
 * from the count at the start of its rolling period ({@code current − added + removed} within the period);
 * {@code Pods} adds or removes {@code value}, {@code Percent} multiplies by {@code 1 ± value/100} (rounded up for
 * scale-up, truncated for scale-down); {@code selectPolicy} picks the largest change ({@code Max}), the smallest
 * ({@code Min}) or none ({@code Disabled}); the limit never goes past the current count, and the bounds come last.
 */
final class BehaviorNormalizer {
    private final ScalingRules scaleUp;
    private final ScalingRules scaleDown;
    private final double scaleUpWindowSeconds;
    private final double scaleDownWindowSeconds;
    private final int minReplicas;
    private final int maxReplicas;

    /**
     * @param behavior                      with API defaults applied
     * @param downscaleStabilizationSeconds the controller flag, for a scale-down window left unset
     */
    BehaviorNormalizer(Behavior behavior, double downscaleStabilizationSeconds, int minReplicas, int maxReplicas) {
        this.scaleUp = behavior.scaleUp();
        this.scaleDown = behavior.scaleDown();
        this.scaleUpWindowSeconds = scaleUp.stabilizationWindowSeconds();
        this.scaleDownWindowSeconds = scaleDown.stabilizationWindowSeconds() != null
                ? scaleDown.stabilizationWindowSeconds() : downscaleStabilizationSeconds;
        this.minReplicas = minReplicas;
        this.maxReplicas = maxReplicas;
    }

    /** How long recommendations matter, seconds. */
    double longestWindowSeconds() {
        return Math.max(scaleUpWindowSeconds, scaleDownWindowSeconds);
    }

    /** How long scale events matter, seconds (both directions' events enter both directions' limits). */
    int longestPeriodSeconds() {
        return Math.max(scaleUp.longestPolicyPeriodSeconds(), scaleDown.longestPolicyPeriodSeconds());
    }

    /** The per-direction tolerances, each falling back to the cluster's. */
    Tolerances tolerances(double clusterTolerance) {
        return new Tolerances(scaleDown.tolerance() != null ? scaleDown.tolerance() : clusterTolerance,
                scaleUp.tolerance() != null ? scaleUp.tolerance() : clusterTolerance);
    }

    Normalization normalize(double now, int current, int raw, RecommendationHistory history,
                            ScaleEventHistory events) {
        int upRecommendation = history.minNewerThan(now - scaleUpWindowSeconds, raw);
        int downRecommendation = history.maxNewerThan(now - scaleDownWindowSeconds, raw);
        int stabilized = current;
        if (stabilized < upRecommendation) {
            stabilized = upRecommendation;
        }
        if (stabilized > downRecommendation) {
            stabilized = downRecommendation;
        }
        history.add(raw, now);
        history.forgetAtOrBefore(now - longestWindowSeconds());
        return limitRate(now, current, stabilized, events);
    }

    private Normalization limitRate(double now, int current, int stabilized, ScaleEventHistory events) {
        if (stabilized > current) {
            int limit = Math.max(scaleUpLimit(now, current, events), current);
            ScalingLimit reason = scaleUp.selectPolicy() == SelectPolicy.DISABLED
                    ? ScalingLimit.SCALING_POLICY_DISABLED : ScalingLimit.SCALE_UP_POLICY;
            int maximumAllowed = maxReplicas > limit ? limit : maxReplicas;
            if (maxReplicas <= limit) {
                reason = ScalingLimit.MAX_REPLICAS;
            }
            if (stabilized > maximumAllowed) {
                return new Normalization(stabilized, maximumAllowed, reason);
            }
        } else if (stabilized < current) {
            int limit = Math.min(scaleDownLimit(now, current, events), current);
            ScalingLimit reason = scaleDown.selectPolicy() == SelectPolicy.DISABLED
                    ? ScalingLimit.SCALING_POLICY_DISABLED : ScalingLimit.SCALE_DOWN_POLICY;
            int minimumAllowed = minReplicas < limit ? limit : minReplicas;
            if (minReplicas >= limit) {
                reason = ScalingLimit.MIN_REPLICAS;
            }
            if (stabilized < minimumAllowed) {
                return new Normalization(stabilized, minimumAllowed, reason);
            }
        }
        return new Normalization(stabilized, stabilized, ScalingLimit.NONE);
    }

    private int scaleUpLimit(double now, int current, ScaleEventHistory events) {
        if (scaleUp.selectPolicy() == SelectPolicy.DISABLED) {
            return current;
        }
        boolean min = scaleUp.selectPolicy() == SelectPolicy.MIN;
        int result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (Policy policy : scaleUp.policies()) {
            int periodStart = current - events.addedWithin(policy.periodSeconds(), now)
                    + events.removedWithin(policy.periodSeconds(), now);
            int proposed = policy.type() == PolicyType.PODS
                    ? periodStart + policy.value()
                    : (int) Math.ceil(periodStart * (1 + policy.value() / 100.0));
            result = min ? Math.min(result, proposed) : Math.max(result, proposed);
        }
        return result;
    }

    private int scaleDownLimit(double now, int current, ScaleEventHistory events) {
        if (scaleDown.selectPolicy() == SelectPolicy.DISABLED) {
            return current;
        }
        boolean min = scaleDown.selectPolicy() == SelectPolicy.MIN;
        int result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (Policy policy : scaleDown.policies()) {
            int periodStart = current - events.addedWithin(policy.periodSeconds(), now)
                    + events.removedWithin(policy.periodSeconds(), now);
            int proposed = policy.type() == PolicyType.PODS
                    ? periodStart - policy.value()
                    : (int) (periodStart * (1 - policy.value() / 100.0));
            result = min ? Math.max(result, proposed) : Math.min(result, proposed);
        }
        return result;
    }
}
