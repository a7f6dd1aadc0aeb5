package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code HPAScalingPolicy}: one rate limit of a scaling direction, measured over a rolling window of
 * {@code periodSeconds} (replicas added and removed in the window are both taken into account).
 *
 * @param type          {@code Pods} or {@code Percent}
 * @param value         pods or percent allowed per period, > 0
 * @param periodSeconds length of the rolling window, in (0, 1800] s (API validation limit)
 */
public record Policy(PolicyType type, int value, int periodSeconds) {
    /** Longest allowed {@code periodSeconds}. [DEFAULT] kubernetes {@code pkg/apis/autoscaling/validation} (MaxPeriodSeconds) */
    public static final int MAX_PERIOD_SECONDS = 1800;

    public Policy {
        if (type == null) {
            throw new IllegalArgumentException("policy.type must be set (Pods or Percent)");
        }
        if (value <= 0) {
            throw new IllegalArgumentException("policy.value must be > 0, got " + value);
        }
        if (periodSeconds <= 0 || periodSeconds > MAX_PERIOD_SECONDS) {
            throw new IllegalArgumentException("policy.periodSeconds must be in (0, " + MAX_PERIOD_SECONDS + "], got "
                    + periodSeconds);
        }
    }

    /** At most {@code value} pods per {@code periodSeconds}. */
    public static Policy pods(int value, int periodSeconds) {
        return new Policy(PolicyType.PODS, value, periodSeconds);
    }

    /** At most {@code value} % per {@code periodSeconds}. */
    public static Policy percent(int value, int periodSeconds) {
        return new Policy(PolicyType.PERCENT, value, periodSeconds);
    }
}
