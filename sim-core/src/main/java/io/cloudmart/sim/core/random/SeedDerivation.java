package io.cloudmart.sim.core.random;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of a named stream from (scenario seed, replication index, stream name).
 *
 * <p>The three parts are folded through the SplitMix64 finaliser, so nearby scenario seeds,
 * neighbouring replications and similar names still give unrelated seeds. The name is hashed with
 * 64-bit FNV-1a over its UTF-8 bytes: stable across JVMs, unlike {@link String#hashCode()} mixing
 * alone.
 */
public final class SeedDerivation {
    private SeedDerivation() {
    }

    /** The seed of stream {@code name} in replication {@code replication} of a run seeded {@code seed}. */
    public static long derive(long seed, int replication, String name) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ (replication * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL));
        return mix(h ^ fnv1a(name));
    }

    static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
