package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The log-normal distribution: a right-skewed latency whose logarithm is normal, the usual model of
 * a service or database call with a long tail.
 *
 * <p>Parameterised the way latencies are usually specified, by the median and the 99th percentile:
 * {@code mu = ln(median)} and {@code sigma = ln(p99 / median) / z0.99}, where z0.99 is the 0.99
 * quantile of the standard normal. Samples are {@code exp(mu + sigma · Z)} with Z standard normal
 * from the stream.
 */
public final class LogNormal implements Distribution {
    /**
     * The 0.99 quantile of the standard normal distribution, Φ⁻¹(0.99). Checked in the tests
     * against commons-math3 {@code NormalDistribution.inverseCumulativeProbability(0.99)}.
     */
    public static final double Z_99 = 2.3263478740408408;

    private final double median;
    private final double p99;
    private final double mu;
    private final double sigma;
    private final double mean;
    private final double variance;

    private LogNormal(double median, double p99) {
        this.median = median;
        this.p99 = p99;
        this.mu = Math.log(median);
        this.sigma = Math.log(p99 / median) / Z_99;
        double s2 = sigma * sigma;
        this.mean = Math.exp(mu + 0.5 * s2);
        // (e^{σ²} − 1) e^{2μ + σ²}, with expm1 so that a narrow spread (small σ) keeps its precision.
        this.variance = Math.expm1(s2) * Math.exp(2.0 * mu + s2);
        String hint = "p99 / median = " + (p99 / median) + " is too wide";
        Params.finiteMoment("lognormal", "mean", mean, hint);
        Params.finiteMoment("lognormal", "variance", variance, hint);
    }

    /**
     * The log-normal whose median and 99th percentile are the given values.
     *
     * @param median the 50th percentile (seconds for durations); finite and {@code > 0}
     * @param p99    the 99th percentile (same unit); finite and {@code > median}
     */
    public static LogNormal fromMedianAndP99(double median, double p99) {
        Params.positive("lognormal", "median", median);
        if (!Double.isFinite(p99) || p99 <= median) {
            throw new IllegalArgumentException(
                    "lognormal p99 must be finite and > median (" + median + "), got " + p99);
        }
        return new LogNormal(median, p99);
    }

    /** The mean of ln X (ln of seconds for durations). */
    public double mu() {
        return mu;
    }

    /** The standard deviation of ln X (dimensionless). */
    public double sigma() {
        return sigma;
    }

    /** The median, exp(mu) (seconds for durations). */
    public double median() {
        return median;
    }

    /** The 99th percentile (seconds for durations). */
    public double p99() {
        return p99;
    }

    @Override
    public double sample(RandomStream stream) {
        return Math.exp(mu + sigma * stream.nextGaussian());
    }

    /** exp(mu + sigma² / 2), above the median because of the right tail. */
    @Override
    public double mean() {
        return mean;
    }

    /** (exp(sigma²) − 1) · exp(2 mu + sigma²), in the unit squared. */
    @Override
    public double variance() {
        return variance;
    }

    @Override
    public String describe() {
        return "lognormal(median=" + Params.format(median) + ", p99=" + Params.format(p99) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
