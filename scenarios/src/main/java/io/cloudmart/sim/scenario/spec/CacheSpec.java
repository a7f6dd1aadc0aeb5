package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * A Redis-like cache that endpoints read through (cache-aside).
 *
 * @param roundTrip   network round trip of one command, a distribution in seconds; default
 *                    {@code constant(value=200us)} (redis.io: ~200 µs on 1 Gbit/s)
 * @param commandTime server time of one command, a distribution in seconds; default
 *                    {@code constant(value=5us)} [ESTIMATE]
 */
public record CacheSpec(DistributionSpec roundTrip, DistributionSpec commandTime, java.util.List<OutageSpec> outages) {

    /** A cache that never goes down. */
    public CacheSpec(DistributionSpec roundTrip, DistributionSpec commandTime) {
        this(roundTrip, commandTime, java.util.List.of());
    }

    /** Default round trip, as written. */
    public static final String DEFAULT_ROUND_TRIP = "constant(value=200us)";
    /** Default command time, as written. */
    public static final String DEFAULT_COMMAND_TIME = "constant(value=5us)";

    public CacheSpec {
        Objects.requireNonNull(roundTrip, "roundTrip");
        Objects.requireNonNull(commandTime, "commandTime");
        outages = java.util.List.copyOf(outages);
    }
}
