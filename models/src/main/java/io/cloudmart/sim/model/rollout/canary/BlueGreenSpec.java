package io.cloudmart.sim.model.rollout.canary;

import java.util.OptionalInt;

/**
 * The fields of a blue-green Rollout the machine reads ({@code BlueGreenStrategy} in {@code types.go},
 * {@code docs/features/bluegreen.md}).
 *
 * @param replicas {@code spec.replicas}
 * @param previewReplicaCount {@code previewReplicaCount}: empty = the preview runs spec.replicas
 * @param autoPromotionEnabled {@code autoPromotionEnabled} (default true)
 * @param autoPromotionSeconds {@code autoPromotionSeconds}: 0 = unset; with autoPromotionEnabled, promote this long
 *     after the pause began
 * @param scaleDownDelaySeconds {@code scaleDownDelaySeconds} (default 30)
 * @param abortScaleDownDelaySeconds {@code abortScaleDownDelaySeconds} (default 30; 0 = keep the preview up)
 * @param prePromotionAnalysis whether {@code prePromotionAnalysis} is set
 */
public record BlueGreenSpec(
        int replicas,
        OptionalInt previewReplicaCount,
        boolean autoPromotionEnabled,
        int autoPromotionSeconds,
        int scaleDownDelaySeconds,
        int abortScaleDownDelaySeconds,
        boolean prePromotionAnalysis) {

    public BlueGreenSpec {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be >= 1, got " + replicas);
        }
        if (autoPromotionSeconds < 0 || scaleDownDelaySeconds < 0 || abortScaleDownDelaySeconds < 0) {
            throw new IllegalArgumentException("delays must be >= 0 s");
        }
    }

    public static BlueGreenSpec withDefaults(int replicas) {
        return new BlueGreenSpec(replicas, OptionalInt.empty(), RolloutDefaults.AUTO_PROMOTION_ENABLED, 0,
                RolloutDefaults.SCALE_DOWN_DELAY_SECONDS, RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS, false);
    }

    public BlueGreenSpec withAutoPromotion(boolean enabled, int seconds) {
        return new BlueGreenSpec(replicas, previewReplicaCount, enabled, seconds, scaleDownDelaySeconds,
                abortScaleDownDelaySeconds, prePromotionAnalysis);
    }

    public BlueGreenSpec withPrePromotionAnalysis() {
        return new BlueGreenSpec(replicas, previewReplicaCount, autoPromotionEnabled, autoPromotionSeconds,
                scaleDownDelaySeconds, abortScaleDownDelaySeconds, true);
    }

    public BlueGreenSpec withPreviewReplicaCount(int count) {
        return new BlueGreenSpec(replicas, OptionalInt.of(count), autoPromotionEnabled, autoPromotionSeconds,
                scaleDownDelaySeconds, abortScaleDownDelaySeconds, prePromotionAnalysis);
    }

    /** {@code needsBlueGreenControllerPause} in {@code rollout/bluegreen.go}. */
    boolean pausesBeforeSwitch() {
        return !autoPromotionEnabled || autoPromotionSeconds > 0;
    }
}
