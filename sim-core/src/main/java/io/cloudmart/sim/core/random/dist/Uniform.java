package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The continuous uniform distribution on [min, max]: a bounded quantity about which only the range
 * is known, for example a jittered retry back-off.
 *
 * <p>Sampled as {@code min + (max − min) · u} with {@code u} uniform on [0, 1); rounding can make a
 * sample equal to {@code max}, which has probability zero in the model and does not matter.
 */
public final class Uniform implements Distribution {
    private final double min;
    private final double max;
    private final double width;

    /**
     * @param min the lower bound, inclusive (seconds for durations); finite and {@code >= 0}
     * @param max the upper bound (same unit); finite and {@code > min}
     */
    public Uniform(double min, double max) {
        this.min = Params.nonNegative("uniform", "min", min);
        if (!Double.isFinite(max) || max <= min) {
            throw new IllegalArgumentException(
                    "uniform max must be finite and > min (" + min + "), got " + max);
        }
        this.max = max;
        this.width = max - min;
    }

    /** The lower bound, inclusive (seconds for durations). */
    public double min() {
        return min;
    }

    /** The upper bound (seconds for durations). */
    public double max() {
        return max;
    }

    @Override
    public double sample(RandomStream stream) {
        return min + width * stream.nextDouble();
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    /** (max − min)² / 12, in the unit squared. */
    @Override
    public double variance() {
        return width * width / 12.0;
    }

    @Override
    public String describe() {
        return "uniform(min=" + Params.format(min) + ", max=" + Params.format(max) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
