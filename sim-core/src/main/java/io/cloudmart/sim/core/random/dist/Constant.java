package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * A deterministic quantity: every sample is the same value (for example a fixed 0.1 s service
 * time in a hand-computable scenario).
 *
 * <p>Zero is allowed (an instantaneous step). The stream is not consumed, so switching a component
 * between a constant and a random time does not shift the numbers of any other stream.
 */
public final class Constant implements Distribution {
    private final double value;

    /**
     * @param value the value every sample returns, in the unit of the quantity modelled (seconds
     *              for durations); finite and {@code >= 0}
     */
    public Constant(double value) {
        this.value = Params.nonNegative("constant", "value", value);
    }

    /** The value every sample returns (seconds for durations). */
    public double value() {
        return value;
    }

    @Override
    public double sample(RandomStream stream) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0.0;
    }

    /** Always 0, also for {@code constant(0)} where variance / mean² would be 0/0. */
    @Override
    public double scv() {
        return 0.0;
    }

    @Override
    public String describe() {
        return "constant(value=" + Params.format(value) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
