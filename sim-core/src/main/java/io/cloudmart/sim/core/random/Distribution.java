package io.cloudmart.sim.core.random;

/**
 * A probability distribution of a non-negative quantity (a duration in seconds, a size, a count).
 *
 * <p>Implementations are immutable and hold no generator: the caller passes the stream to draw
 * from, so one distribution can be shared by components that each own their stream.
 */
public interface Distribution {
    /** One sample drawn from {@code stream}. */
    double sample(RandomStream stream);

    /** The exact mean of the distribution. */
    double mean();

    /** The exact variance of the distribution. */
    double variance();

    /** The squared coefficient of variation, variance / mean². */
    default double scv() {
        double m = mean();
        return variance() / (m * m);
    }

    /** A short text such as {@code exponential(mean=0.1)}, in seconds. */
    String describe();
}
