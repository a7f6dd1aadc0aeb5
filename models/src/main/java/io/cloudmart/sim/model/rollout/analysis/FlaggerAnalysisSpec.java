package io.cloudmart.sim.model.rollout.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Flagger's canary {@code spec.analysis} with its two built-in metrics ({@code pkg/apis/flagger/v1beta1/canary.go},
 * {@code pkg/controller/scheduler.go}, {@code scheduler_metrics.go} in fluxcd/flagger). Field names are Flagger's.
 *
 * @param intervalSeconds           time between checks; Flagger raises anything below 10 s to 10 s
 * @param threshold                 failed checks that roll the canary back; Flagger treats ≤ 0 as 1
 * @param stepWeight                canary weight added after each passing check; 0 with {@code stepWeights}
 * @param maxWeight                 weight at which a passing check promotes; with {@code stepWeights} their last
 *                                  (at most 100), as {@code maxWeight()} in scheduler.go
 * @param stepWeights               the weights to go through in order instead of a fixed step; empty for none
 * @param successRateMin            {@code request-success-rate} {@code thresholdRange.min} in % (non-5xx), if set
 * @param durationMaxMilliseconds   {@code request-duration} {@code thresholdRange.max}, P99 in ms, if set
 */
public record FlaggerAnalysisSpec(double intervalSeconds, int threshold, int stepWeight, int maxWeight,
        List<Integer> stepWeights, OptionalDouble successRateMin, OptionalDouble durationMaxMilliseconds) {

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
        stepWeights = List.copyOf(stepWeights);
        if (stepWeights.isEmpty()) {
            if (stepWeight <= 0 || stepWeight > TOTAL_WEIGHT) {
                throw new IllegalArgumentException("analysis.stepWeight must be in 1.." + TOTAL_WEIGHT + ", was " + stepWeight);
            }
            if (maxWeight <= 0 || maxWeight > TOTAL_WEIGHT) {
                throw new IllegalArgumentException("analysis.maxWeight must be in 1.." + TOTAL_WEIGHT + ", was " + maxWeight);
            }
        } else {
            if (stepWeight != 0) {
                throw new IllegalArgumentException("analysis.stepWeight and analysis.stepWeights are exclusive");
            }
            for (int i = 0; i < stepWeights.size(); i++) {
                int w = stepWeights.get(i);
                if (w <= 0 || w > TOTAL_WEIGHT || i > 0 && w <= stepWeights.get(i - 1)) {
                    throw new IllegalArgumentException("analysis.stepWeights must ascend within 1.." + TOTAL_WEIGHT
                            + ", was " + stepWeights);
                }
            }
            maxWeight = Math.min(TOTAL_WEIGHT, stepWeights.get(stepWeights.size() - 1));
        }
    }

    /** A fixed step of {@code stepWeight} up to {@code maxWeight}. */
    public FlaggerAnalysisSpec(double intervalSeconds, int threshold, int stepWeight, int maxWeight,
                               OptionalDouble successRateMin, OptionalDouble durationMaxMilliseconds) {
        this(intervalSeconds, threshold, stepWeight, maxWeight, List.of(), successRateMin, durationMaxMilliseconds);
    }

    /**
     * What the weight goes up by from {@code canaryWeight}: {@code nextStepWeight} in scheduler.go (the fixed step;
     * or the gap to the next of {@code stepWeights}, the first from 0, never past 100).
     */
    public int nextStepWeight(int canaryWeight) {
        if (stepWeights.isEmpty()) {
            return stepWeight;
        }
        int maxStep = TOTAL_WEIGHT - canaryWeight;
        if (maxStep == 0) {
            return 1;
        }
        if (canaryWeight == 0) {
            return Math.min(maxStep, stepWeights.get(0));
        }
        for (int i = 0; i < stepWeights.size() - 1; i++) {
            if (stepWeights.get(i) == canaryWeight) {
                return Math.min(maxStep, stepWeights.get(i + 1) - canaryWeight);
            }
        }
        return maxStep;
    }
}
