package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Erlang distribution: the sum of {@code k} independent exponential phases of mean
 * {@code mean / k}, a service time less variable than exponential (squared coefficient of
 * variation 1/k) that keeps queueing formulas tractable.
 *
 * <p>Sampled as {@code -(mean / k) · ln(u1 · u2 · … · uk)}: one logarithm per draw instead of k.
 * A product of many uniforms underflows (its logarithm is about −k), so the running product is
 * folded into a sum of logarithms whenever it gets small; this keeps any {@code k} exact.
 */
public final class Erlang implements Distribution {
    /**
     * When the running product of uniforms drops below this, its logarithm is banked and the
     * product restarts at 1. Each uniform is at least 2⁻⁵³ ≈ 1.1e-16, so the product stays far
     * above the smallest normal double (2.2e-308) and never loses precision.
     */
    private static final double FOLD_THRESHOLD = 1e-200;

    private final int k;
    private final double mean;
    private final double phaseMean;
    private final Gamma largeK;

    /**
     * @param k    the number of exponential phases; {@code >= 1} ({@code k = 1} is exponential)
     * @param mean the mean of the total, in seconds for durations; finite and {@code > 0}
     */
    public Erlang(int k, double mean) {
        if (k < 1) {
            throw new IllegalArgumentException("erlang k must be >= 1, got " + k);
        }
        this.k = k;
        this.mean = Params.positive("erlang", "mean", mean);
        this.phaseMean = mean / k;
        this.largeK = k > PHASES_BY_HAND ? new Gamma(k, mean) : null;
    }

    /** Above this many phases, samples come from {@link Gamma} (Marsaglia–Tsang), whose cost does not grow with k. */
    static final int PHASES_BY_HAND = 64;

    /** The number of exponential phases. */
    public int k() {
        return k;
    }

    @Override
    public double sample(RandomStream stream) {
        if (k > PHASES_BY_HAND) {
            return largeK.sample(stream); // same law, constant time: Erlang(k) is Gamma(shape k)
        }
        double product = 1.0;
        double logSum = 0.0;
        for (int i = 0; i < k; i++) {
            product *= stream.nextOpenDouble();
            if (product < FOLD_THRESHOLD) {
                logSum += Math.log(product);
                product = 1.0;
            }
        }
        return -phaseMean * (logSum + Math.log(product));
    }

    /** The mean of the total (seconds for durations). */
    @Override
    public double mean() {
        return mean;
    }

    /** mean² / k, in the unit squared. */
    @Override
    public double variance() {
        return mean * phaseMean;
    }

    @Override
    public String describe() {
        return "erlang(k=" + k + ", mean=" + Params.format(mean) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
