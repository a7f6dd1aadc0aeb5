package io.cloudmart.sim.model.mesh;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Envoy's fully jittered exponential back-off between retries: retry {@code n} (1 for the first
 * retry) waits a uniform time in {@code [0, range(n))}, with {@code range} capped at {@code max}.
 *
 * <p>Two readings of Envoy disagree on {@code range(n)}, so both are offered:
 * <ul>
 *   <li>{@link Growth#DOCUMENTED} (default): {@code (2^n − 1) × base}, as the Envoy router filter docs
 *       state ("the back-off for the retry is in the range [0, (2^N−1)B)": 0–24 ms, 0–74 ms, 0–174 ms with
 *       the 25 ms base) and as Envoy implemented it in PR #3791 (2018);</li>
 *   <li>{@link Growth#ENVOY_SOURCE}: {@code 2^(n−1) × base}, what {@code JitteredExponentialBackOffStrategy}
 *       has computed since 2020 (envoyproxy/envoy PR #10417; {@code next_interval_} starts at base and
 *       doubles; router tests expect 15, 40, 90 ms for a draw of 190): 0–25, 0–50, 0–100, 0–200 ms.</li>
 * </ul>
 * Defaults: base 25 ms (Envoy {@code upstream.base_retry_backoff_ms}; Istio leaves it unless
 * {@code retries.backoff} is set), max = 10 × base (Envoy {@code BackoffStrategy.max_interval} default).
 * Envoy draws whole milliseconds; the simulator draws a continuous uniform.
 *
 * @param baseSeconds base interval, seconds (&gt; 0)
 * @param maxSeconds  cap on the range, seconds (&ge; base)
 * @param growth      which range formula to use
 */
public record RetryBackoff(double baseSeconds, double maxSeconds, Growth growth) {
    /** Envoy's default base interval: 25 ms. */
    public static final double ENVOY_BASE_SECONDS = 0.025;
    /** Envoy's default cap is this many base intervals. */
    public static final double ENVOY_MAX_FACTOR = 10.0;

    /** How the range grows with the retry number. */
    public enum Growth {
        /** {@code (2^n − 1) × base}: the Envoy docs. */
        DOCUMENTED,
        /** {@code 2^(n−1) × base}: Envoy's source since 2020. */
        ENVOY_SOURCE
    }

    public RetryBackoff {
        if (!(baseSeconds > 0) || !Double.isFinite(baseSeconds)) {
            throw new IllegalArgumentException("retry back-off base must be finite and > 0 s, got " + baseSeconds);
        }
        if (!(maxSeconds >= baseSeconds) || !Double.isFinite(maxSeconds)) {
            throw new IllegalArgumentException("retry back-off max must be finite and >= base " + baseSeconds + " s, got " + maxSeconds);
        }
        if (growth == null) {
            throw new IllegalArgumentException("retry back-off needs a growth formula");
        }
    }

    /** Envoy's defaults: 25 ms base, 250 ms cap, documented growth. */
    public static RetryBackoff envoyDefault() {
        return withBase(ENVOY_BASE_SECONDS);
    }

    /** Istio {@code retries.backoff}: the given base, cap 10 × base, documented growth. */
    public static RetryBackoff withBase(double baseSeconds) {
        return new RetryBackoff(baseSeconds, ENVOY_MAX_FACTOR * baseSeconds, Growth.DOCUMENTED);
    }

    /** The same base and cap with another growth formula. */
    public RetryBackoff with(Growth other) {
        return new RetryBackoff(baseSeconds, maxSeconds, other);
    }

    /** Upper end (exclusive) of the wait before retry {@code retry} (1-based), seconds. */
    public double rangeSeconds(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, got " + retry);
        }
        double multiplier = growth == Growth.DOCUMENTED ? Math.scalb(1.0, retry) - 1 : Math.scalb(1.0, retry - 1);
        return Math.min(multiplier * baseSeconds, maxSeconds);
    }

    /** A wait before retry {@code retry} (1-based), uniform in [0, range), seconds. */
    public double delaySeconds(int retry, RandomStream stream) {
        return stream.nextDouble() * rangeSeconds(retry);
    }
}
