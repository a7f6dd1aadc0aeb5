package io.cloudmart.sim.core.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One independent source of random numbers, owned by one random purpose in one replication
 * (for example the arrivals of the load generator).
 *
 * <p>Backed by the JDK's {@code L64X128MixRandom} (a LXM generator: fast, 2^192 period, passes
 * BigCrush), and exposed as a commons-math3 {@link org.apache.commons.math3.random.RandomGenerator}
 * so that commons-math3 samplers can draw from it. Re-seeding is refused: a stream's seed is fixed
 * by {@link SeedDerivation} when it is created.
 */
public final class RandomStream implements org.apache.commons.math3.random.RandomGenerator {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private final String name;
    private final RandomGenerator generator;

    /** Creates the stream {@code name} from an already derived 64-bit seed. */
    public RandomStream(String name, long seed) {
        this.name = name;
        this.generator = FACTORY.create(seed);
    }

    /** The stream's name, as asked for in {@link RandomStreams#stream(String)}. */
    public String name() {
        return name;
    }

    /** A uniform double in [0, 1). */
    @Override
    public double nextDouble() {
        return generator.nextDouble();
    }

    /** A uniform double in (0, 1): safe to take the logarithm of. */
    public double nextOpenDouble() {
        double u;
        do {
            u = generator.nextDouble();
        } while (u == 0.0);
        return u;
    }

    @Override
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    @Override
    public int nextInt() {
        return generator.nextInt();
    }

    @Override
    public long nextLong() {
        return generator.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return generator.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return generator.nextFloat();
    }

    @Override
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        generator.nextBytes(bytes);
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded once, from the scenario seed");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded once, from the scenario seed");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded once, from the scenario seed");
    }
}
