package io.cloudmart.sim.model.saga;

/**
 * When to report a compensation burst: once per fixed window of {@code windowSeconds} (windows
 * start at 0 s) in which {@code threshold} sagas began compensating. Fixed windows keep the
 * detector's memory constant.
 *
 * @param windowSeconds window length, seconds, > 0
 * @param threshold     compensations in one window that make a burst, ≥ 1
 */
public record BurstRule(double windowSeconds, int threshold) {
    /** 10 compensations within a minute [ESTIMATE]. */
    public static final BurstRule DEFAULT = new BurstRule(60, 10);
    /** Never reports a burst. */
    public static final BurstRule OFF = new BurstRule(60, Integer.MAX_VALUE);

    public BurstRule {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds) || threshold < 1) {
            throw new IllegalArgumentException("burst rule needs a finite window > 0 s and threshold >= 1, got "
                    + windowSeconds + ", " + threshold);
        }
    }
}
