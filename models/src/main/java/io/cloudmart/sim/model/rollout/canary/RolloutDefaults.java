package io.cloudmart.sim.model.rollout.canary;

/**
 * Argo Rollouts' defaults for the fields the canary and blue-green machines read, each with its source.
 */
public final class RolloutDefaults {
    /** {@code DefaultAbortScaleDownDelaySeconds} in {@code utils/defaults/defaults.go}; applies to traffic-routed canaries and blue-green. */
    public static final int ABORT_SCALE_DOWN_DELAY_SECONDS = 30;
    /** {@code DefaultScaleDownDelaySeconds} in {@code utils/defaults/defaults.go}. */
    public static final int SCALE_DOWN_DELAY_SECONDS = 30;
    /** {@code DefaultProgressDeadlineSeconds} in {@code utils/defaults/defaults.go}. */
    public static final int PROGRESS_DEADLINE_SECONDS = 600;
    /** {@code MaxTrafficWeight} in {@code utils/weightutil/weight.go}: 100 unless trafficRouting.maxTrafficWeight is set. */
    public static final int MAX_TRAFFIC_WEIGHT = 100;
    /** {@code DefaultAutoPromotionEnabled} in {@code utils/defaults/defaults.go}. */
    public static final boolean AUTO_PROMOTION_ENABLED = true;

    private RolloutDefaults() {
    }
}
