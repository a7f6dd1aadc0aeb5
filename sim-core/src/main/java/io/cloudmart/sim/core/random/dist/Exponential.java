package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The exponential distribution: memoryless inter-arrival times of a Poisson process (an open
 * workload at rate 1/mean) and the service time of an M/M/c queue.
 *
 * <p>Sampled by inverse transform, {@code -mean · ln(u)} with {@code u} uniform on (0, 1): one
 * uniform and one logarithm per draw, no object allocated. Its squared coefficient of variation
 * is exactly 1.
 */
public final class Exponential implements Distribution {
    private final double mean;

    /** @param mean the mean, in seconds for durations (1 / rate); finite and {@code > 0} */
    public Exponential(double mean) {
        this.mean = Params.positive("exponential", "mean", mean);
    }

    @Override
    public double sample(RandomStream stream) {
        return -mean * Math.log(stream.nextOpenDouble());
    }

    /** The mean, in the unit of the quantity (seconds for durations). */
    @Override
    public double mean() {
        return mean;
    }

    /** mean², in the unit squared. */
    @Override
    public double variance() {
        return mean * mean;
    }

    /** The rate 1 / mean, per second for durations. */
    public double rate() {
        return 1.0 / mean;
    }

    @Override
    public String describe() {
        return "exponential(mean=" + Params.format(mean) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
