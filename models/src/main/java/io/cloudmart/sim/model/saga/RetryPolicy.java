package io.cloudmart.sim.model.saga;

/**
 * How often and how patiently a failed call is tried again: exponential back-off, named after
 * Temporal's {@code RetryPolicy}, a common engine for orchestrated sagas.
 *
 * <p>The wait before attempt <i>n</i> (n ≥ 2) is {@code min(initialInterval × backoffCoefficient^(n−2),
 * maximumInterval)}, without jitter (Temporal adds none). Temporal's defaults are
 * {@code initialInterval} 1 s, {@code backoffCoefficient} 2.0, {@code maximumInterval} 100 ×
 * initial, {@code maximumAttempts} 0 = unlimited (docs.temporal.io, "Retry Policies"). A simulated
 * saga must end, so attempts here are always finite; see {@link #temporal(int)}.
 *
 * @param maximumAttempts        attempts in all, the first included, ≥ 1
 * @param initialIntervalSeconds wait before the first retry, seconds, ≥ 0
 * @param backoffCoefficient     factor between successive waits, ≥ 1
 * @param maximumIntervalSeconds cap on any wait, seconds, ≥ initial interval
 */
public record RetryPolicy(int maximumAttempts, double initialIntervalSeconds, double backoffCoefficient,
                          double maximumIntervalSeconds) {
    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, 0, 1, 0);

    /** Temporal's default initial interval, seconds. */
    public static final double TEMPORAL_INITIAL_INTERVAL_SECONDS = 1.0;
    /** Temporal's default backoff coefficient. */
    public static final double TEMPORAL_BACKOFF_COEFFICIENT = 2.0;
    /** Temporal's default maximum interval: 100 × the initial interval, seconds. */
    public static final double TEMPORAL_MAXIMUM_INTERVAL_SECONDS = 100.0;

    public RetryPolicy {
        if (maximumAttempts < 1) {
            throw new IllegalArgumentException("maximumAttempts must be >= 1, got " + maximumAttempts);
        }
        if (!(initialIntervalSeconds >= 0) || !(backoffCoefficient >= 1) || !(maximumIntervalSeconds >= initialIntervalSeconds)
                || Double.isInfinite(maximumIntervalSeconds)) {
            throw new IllegalArgumentException("retry intervals need 0 <= initial <= maximum < inf and coefficient >= 1, got "
                    + initialIntervalSeconds + ", " + backoffCoefficient + ", " + maximumIntervalSeconds);
        }
    }

    /** Temporal's default intervals (1 s, × 2, at most 100 s) with a finite number of attempts. */
    public static RetryPolicy temporal(int maximumAttempts) {
        return new RetryPolicy(maximumAttempts, TEMPORAL_INITIAL_INTERVAL_SECONDS, TEMPORAL_BACKOFF_COEFFICIENT,
                TEMPORAL_MAXIMUM_INTERVAL_SECONDS);
    }

    /** True when attempt number {@code attempt} (1 = the first) is allowed. */
    public boolean allows(int attempt) {
        return attempt <= maximumAttempts;
    }

    /** The wait before attempt number {@code attempt} (≥ 2), seconds. */
    public double delayBeforeAttempt(int attempt) {
        if (attempt < 2) {
            throw new IllegalArgumentException("the first attempt has no wait; got attempt " + attempt);
        }
        return Math.min(initialIntervalSeconds * Math.pow(backoffCoefficient, attempt - 2), maximumIntervalSeconds);
    }
}
