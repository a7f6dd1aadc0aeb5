package io.cloudmart.sim.model.datastore;

import io.cloudmart.sim.core.random.Distribution;

/**
 * A Redis-like cache: one single-threaded server that executes commands one at a time (FIFO),
 * behind a network round trip.
 *
 * @param name        cache name
 * @param roundTrip   network round trip per command, seconds (redis.io: about 200 µs on 1 Gbit/s)
 * @param commandTime server time per command, seconds (redis.io: sub-microsecond to a few µs)
 * @param outages     windows in which the cache is down: reads miss, writes are skipped, and a
 *                    gateway keeping its rate-limit counters here falls back to {@code fault_tolerant}
 */
public record CacheConfig(String name, Distribution roundTrip, Distribution commandTime,
                          java.util.List<io.cloudmart.sim.model.service.Outage> outages) {
    public CacheConfig {
        outages = java.util.List.copyOf(outages);
    }

    /** A cache that never goes down. */
    public CacheConfig(String name, Distribution roundTrip, Distribution commandTime) {
        this(name, roundTrip, commandTime, java.util.List.of());
    }
}
