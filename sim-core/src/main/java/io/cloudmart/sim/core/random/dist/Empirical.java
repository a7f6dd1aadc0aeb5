package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The empirical distribution of a set of observations: each sample is one of the observations,
 * chosen uniformly (a bootstrap draw). Used to replay measured latencies or sizes without fitting
 * a parametric model.
 *
 * <p>The observations are copied, so later changes to the caller's array have no effect. The mean
 * and variance are those of the observations as a population (divisor n, not n − 1), which are
 * the exact moments of the bootstrap distribution.
 */
public final class Empirical implements Distribution {
    private final double[] samples;
    private final double mean;
    private final double variance;

    /**
     * @param samples the observations (seconds for durations); at least one, each finite and
     *                {@code >= 0}
     */
    public Empirical(double[] samples) {
        if (samples == null || samples.length == 0) {
            throw new IllegalArgumentException("empirical samples must hold at least one value");
        }
        this.samples = samples.clone();
        double sum = 0.0;
        for (int i = 0; i < this.samples.length; i++) {
            Params.nonNegative("empirical", "samples[" + i + "]", this.samples[i]);
            sum += this.samples[i];
        }
        this.mean = sum / this.samples.length;
        // Two passes: the direct E[X²] − mean² loses digits when the spread is small.
        double squares = 0.0;
        for (double x : this.samples) {
            double dev = x - mean;
            squares += dev * dev;
        }
        this.variance = squares / this.samples.length;
        Params.finiteMoment("empirical", "mean", mean, "samples are too large");
        Params.finiteMoment("empirical", "variance", variance, "samples are too large");
    }

    /** The number of observations. */
    public int size() {
        return samples.length;
    }

    /** A copy of the observations, in the order given. */
    public double[] samples() {
        return samples.clone();
    }

    @Override
    public double sample(RandomStream stream) {
        return samples[stream.nextInt(samples.length)];
    }

    /** The mean of the observations (seconds for durations). */
    @Override
    public double mean() {
        return mean;
    }

    /** The population variance of the observations (divisor n), in the unit squared. */
    @Override
    public double variance() {
        return variance;
    }

    /** variance / mean², and 0 when every observation is 0 (where the ratio would be 0/0). */
    @Override
    public double scv() {
        return mean == 0.0 ? 0.0 : variance / (mean * mean);
    }

    @Override
    public String describe() {
        return "empirical(n=" + samples.length + ", mean=" + Params.format(mean) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
