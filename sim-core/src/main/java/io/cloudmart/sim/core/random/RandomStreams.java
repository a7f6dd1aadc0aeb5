package io.cloudmart.sim.core.random;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named random streams of one replication: the only way a model gets randomness.
 *
 * <p>Each name gets its own stream, seeded from (scenario seed, replication, name), so adding a
 * random source to one component does not shift the numbers another component draws, and
 * replication k draws the same numbers whether it runs alone or beside others.
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;
    private final Map<String, RandomStream> streams = new LinkedHashMap<>();

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    /** The stream called {@code name}, created on first use. Names are by convention {@code component.purpose}. */
    public RandomStream stream(String name) {
        return streams.computeIfAbsent(name, n -> new RandomStream(n, SeedDerivation.derive(seed, replication, n)));
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }
}
