package io.cloudmart.sim.model.autoscale.hpa;

import java.util.List;
import java.util.Objects;

/**
 * {@code HPAScalingRules}: the stabilization window, rate-limit policies and (optionally) tolerance of one scaling
 * direction. A {@code null} field means "not set"; {@link #withDefaultsFrom(ScalingRules)} fills unset fields the way
 * the API server does ({@code copyHPAScalingRules} in {@code pkg/apis/autoscaling/v2/defaults.go}).
 *
 * @param stabilizationWindowSeconds past recommendations considered, in [0, 3600] s; {@code null} = unset (for scale
 *                                   down the controller then uses {@code --horizontal-pod-autoscaler-downscale-stabilization})
 * @param selectPolicy               {@code Max}, {@code Min} or {@code Disabled}; {@code null} = unset
 * @param policies                   rate limits, at least one when set; {@code null} = unset
 * @param tolerance                  ratio tolerance for this direction ({@code HPAConfigurableTolerance}, alpha in
 *                                   1.33, beta later), >= 0; {@code null} = the cluster's
 *                                   {@code --horizontal-pod-autoscaler-tolerance}
 */
public record ScalingRules(Integer stabilizationWindowSeconds, SelectPolicy selectPolicy, List<Policy> policies,
                           Double tolerance) {
    /** Longest allowed stabilization window. [DEFAULT] kubernetes {@code pkg/apis/autoscaling/validation} (MaxStabilizationWindowSeconds) */
    public static final int MAX_STABILIZATION_WINDOW_SECONDS = 3600;
    /** Scale-up stabilization default: none. [DEFAULT] kubernetes {@code pkg/apis/autoscaling/v2/defaults.go} (scaleUpStabilizationSeconds) */
    public static final int DEFAULT_SCALE_UP_STABILIZATION_SECONDS = 0;
    /** Scale-up default: add at most 4 pods per 15 s... [DEFAULT] same file (scaleUpLimitMinimumPods, scaleUpPeriod) */
    public static final Policy DEFAULT_SCALE_UP_PODS_POLICY = Policy.pods(4, 15);
    /** ...or double the replicas per 15 s, whichever is more. [DEFAULT] same file (scaleUpLimitPercent) */
    public static final Policy DEFAULT_SCALE_UP_PERCENT_POLICY = Policy.percent(100, 15);
    /** Scale-down default: remove up to 100 % per 15 s. [DEFAULT] same file (scaleDownLimitPercent, scaleDownPeriod) */
    public static final Policy DEFAULT_SCALE_DOWN_PERCENT_POLICY = Policy.percent(100, 15);
    /** Default selectPolicy in both directions. [DEFAULT] same file (maxPolicy) */
    public static final SelectPolicy DEFAULT_SELECT_POLICY = SelectPolicy.MAX;

    /** Rules with no tolerance of their own. */
    public ScalingRules(Integer stabilizationWindowSeconds, SelectPolicy selectPolicy, List<Policy> policies) {
        this(stabilizationWindowSeconds, selectPolicy, policies, null);
    }

    public ScalingRules {
        if (stabilizationWindowSeconds != null
                && (stabilizationWindowSeconds < 0 || stabilizationWindowSeconds > MAX_STABILIZATION_WINDOW_SECONDS)) {
            throw new IllegalArgumentException("stabilizationWindowSeconds must be in [0, "
                    + MAX_STABILIZATION_WINDOW_SECONDS + "], got " + stabilizationWindowSeconds);
        }
        if (policies != null) {
            if (policies.isEmpty()) {
                throw new IllegalArgumentException("policies must specify at least one policy when set");
            }
            if (policies.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("policies must not contain null");
            }
            policies = List.copyOf(policies);
        }
        if (tolerance != null && (!(tolerance >= 0) || tolerance.isInfinite())) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
        }
    }

    /** The API server's scale-up rules: window 0 s, {@code Pods 4 / 15 s} and {@code Percent 100 / 15 s}, {@code Max}. */
    public static ScalingRules defaultScaleUp() {
        return new ScalingRules(DEFAULT_SCALE_UP_STABILIZATION_SECONDS, DEFAULT_SELECT_POLICY,
                List.of(DEFAULT_SCALE_UP_PODS_POLICY, DEFAULT_SCALE_UP_PERCENT_POLICY));
    }

    /**
     * The API server's scale-down rules: {@code Percent 100 / 15 s}, {@code Max}, and the window left unset so that
     * the controller applies its {@code --horizontal-pod-autoscaler-downscale-stabilization} flag (300 s by default).
     */
    public static ScalingRules defaultScaleDown() {
        return new ScalingRules(null, DEFAULT_SELECT_POLICY, List.of(DEFAULT_SCALE_DOWN_PERCENT_POLICY));
    }

    /** These rules with each unset field taken from {@code defaults} (set fields are kept as given). */
    public ScalingRules withDefaultsFrom(ScalingRules defaults) {
        return new ScalingRules(
                stabilizationWindowSeconds != null ? stabilizationWindowSeconds : defaults.stabilizationWindowSeconds,
                selectPolicy != null ? selectPolicy : defaults.selectPolicy,
                policies != null ? policies : defaults.policies,
                tolerance != null ? tolerance : defaults.tolerance);
    }

    /** The longest {@code periodSeconds} among the policies, 0 without policies. */
    public int longestPolicyPeriodSeconds() {
        int longest = 0;
        if (policies != null) {
            for (Policy policy : policies) {
                longest = Math.max(longest, policy.periodSeconds());
            }
        }
        return longest;
    }
}
