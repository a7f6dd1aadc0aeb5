package io.cloudmart.sim.model.gateway;

import java.time.Instant;

/**
 * Maps simulated time to the UTC wall clock the gateway sees: simulated time {@code t} seconds is the
 * instant {@code startEpochSecond + t}.
 *
 * <p>Kong's {@code rate-limiting} plugin reads {@code ngx.time()}, i.e. whole seconds, so
 * {@link #epochSecond(double)} truncates. Simulated times are sums of doubles, so a request meant for
 * 1.0 s may arrive at 0.9999999999999998 s; the truncation forgives {@link #TIME_TOLERANCE_SECONDS}
 * to put such a request into the second it was meant for.
 *
 * @param startEpochSecond the UTC instant of simulated time 0, in whole seconds since the epoch
 */
public record UtcClock(long startEpochSecond) {
    /** Float drift forgiven when truncating to whole seconds, seconds. */
    public static final double TIME_TOLERANCE_SECONDS = 1e-9;

    /** The clock whose simulated time 0 is {@code start} (a whole second). */
    public static UtcClock startingAt(Instant start) {
        if (start.getNano() != 0) {
            throw new IllegalArgumentException("the start instant must be a whole second, got " + start);
        }
        return new UtcClock(start.getEpochSecond());
    }

    /** The whole UTC epoch second at simulated time {@code simTimeSeconds} (≥ 0), as Kong's {@code ngx.time()}. */
    public long epochSecond(double simTimeSeconds) {
        return Math.addExact(startEpochSecond, (long) Math.floor(simTimeSeconds + TIME_TOLERANCE_SECONDS));
    }

    /** The instant at simulated time {@code simTimeSeconds}, truncated to the second (for messages and tests). */
    public Instant instant(double simTimeSeconds) {
        return Instant.ofEpochSecond(epochSecond(simTimeSeconds));
    }
}
