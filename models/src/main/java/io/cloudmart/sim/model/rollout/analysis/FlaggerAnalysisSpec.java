package io.cloudmart.sim.model.rollout.analysis;

import java.util.OptionalDouble;

/**
 * Flagger's canary {@code spec.analysis} with its two built-in metrics ({@code pkg/apis/flagger/v1beta1/canary.go},
 * {@code pkg/controller/scheduler_metrics.go} in fluxcd/flagger). Field names are Flagger's.
 *
 * @param intervalSeconds           time between checks; Flagger raises anything below 10 s to 10 s
 * @param threshold                 failed checks that roll the canary back; Flagger treats ≤ 0 as 1
 * @param stepWeight                canary weight added after each passing check
 * @param maxWeight                 weight at which a passing check promotes
 * @param successRateMin            {@code request-success-rate} {@code thresholdRange.min} in % (non-5xx), if set
 * @param durationMaxMilliseconds   {@code request-duration} {@code thresholdRange.max}, P99 in ms, if set
 */
public record FlaggerAnalysisSpec(double intervalSeconds, int threshold, int stepWeight, int maxWeight,
        OptionalDouble successRateMin, OptionalDouble durationMaxMilliseconds) {

    /** {@code AnalysisInterval} in canary.go. */
    public static final double DEFAULT_INTERVAL_SECONDS = 60;
    /** {@code GetAnalysisInterval}: shorter intervals are raised to this. */
    public static final double MINIMUM_INTERVAL_SECONDS = 10;
    /** {@code GetAnalysisThreshold}: unset or ≤ 0 means 1. */
    public static final int DEFAULT_THRESHOLD = 1;
    /** {@code totalWeight} in scheduler.go, the default {@code maxWeight}. */
    public static final int TOTAL_WEIGHT = 100;

    public FlaggerAnalysisSpec {
        intervalSeconds = Math.max(intervalSeconds, MINIMUM_INTERVAL_SECONDS);
        threshold = threshold > 0 ? threshold : DEFAULT_THRESHOLD;
        if (stepWeight <= 0 || stepWeight > TOTAL_WEIGHT) {
            throw new IllegalArgumentException("analysis.stepWeight must be in 1.." + TOTAL_WEIGHT + ", was " + stepWeight);
        }
        if (maxWeight <= 0 || maxWeight > TOTAL_WEIGHT) {
            throw new IllegalArgumentException("analysis.maxWeight must be in 1.." + TOTAL_WEIGHT + ", was " + maxWeight);
        }
    }
}
