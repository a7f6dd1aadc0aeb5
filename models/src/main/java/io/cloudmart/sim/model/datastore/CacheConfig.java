package io.cloudmart.sim.model.datastore;

import io.cloudmart.sim.core.random.Distribution;

/**
 * A Redis-like cache: one single-threaded server that executes commands one at a time (FIFO),
 * behind a network round trip.
 *
 * @param name        cache name
 * @param roundTrip   network round trip per command, seconds (redis.io: about 200 µs on 1 Gbit/s)
 * @param commandTime server time per command, seconds (redis.io: sub-microsecond to a few µs)
 */
public record CacheConfig(String name, Distribution roundTrip, Distribution commandTime) {
}
