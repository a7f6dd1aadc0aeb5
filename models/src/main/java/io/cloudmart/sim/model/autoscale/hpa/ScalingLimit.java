package io.cloudmart.sim.model.autoscale.hpa;

/**
 * What decided the outcome of a reconcile when it is not simply the metrics' recommendation; mirrors the
 * controller's condition reasons ({@code ScaleUpLimit}, {@code TooManyReplicas}, {@code ScaleDownStabilized},
 * {@code ScalingDisabled}, ...).
 */
public enum ScalingLimit {
    /** The recommendation was applied as it was ({@code DesiredWithinRange}). */
    NONE,
    /** The usage ratio was within the tolerance: no change proposed. */
    TOLERANCE,
    /** Held up by the highest recommendation of the scale-down stabilization window ({@code ScaleDownStabilized}). */
    SCALE_DOWN_STABILIZED,
    /** Held down by the lowest recommendation of the scale-up stabilization window ({@code ScaleUpStabilized}). */
    SCALE_UP_STABILIZED,
    /** Capped by the scale-up policies over their periods ({@code ScaleUpLimit}). */
    SCALE_UP_POLICY,
    /** Floored by the scale-down policies over their periods ({@code ScaleDownLimit}). */
    SCALE_DOWN_POLICY,
    /** The direction's {@code selectPolicy} is {@code Disabled}. */
    SCALING_POLICY_DISABLED,
    /** Capped at {@code maxReplicas}, or brought down to it because the target was above ({@code TooManyReplicas}). */
    MAX_REPLICAS,
    /** Raised to {@code minReplicas} ({@code TooFewReplicas}, or the target was below it). */
    MIN_REPLICAS,
    /** Legacy path (no behavior): scale-up capped at {@code max(2 × current, 4)} ({@code ScaleUpLimit}). */
    LEGACY_SCALE_UP_LIMIT,
    /** All metrics failed, or some failed and the others would scale down: no action ({@code FailedGet...Metric}). */
    METRICS_MISSING,
    /** The target is at 0 replicas while {@code minReplicas} is not 0: autoscaling is off ({@code ScalingDisabled}). */
    SCALING_DISABLED
}
