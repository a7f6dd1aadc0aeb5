package io.cloudmart.sim.scenario.spec;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A probability distribution as the scenario wrote it, checked but not yet turned into a sampler.
 *
 * <p>The names and parameters are those of the scenario reference: {@code constant(value)},
 * {@code exponential(mean)}, {@code uniform(min, max)}, {@code lognormal(median, p99)},
 * {@code erlang(k, mean)}, {@code gamma(shape, mean)}, {@code weibull(shape, scale)} and
 * {@code empirical(file)}. Time parameters are in seconds; {@code k} and {@code shape} are
 * dimensionless.
 *
 * @param name    the distribution name, lower case, e.g. {@code exponential}
 * @param params  parameter name to value in base units (seconds for times), in the order written;
 *                empty for {@code empirical}
 * @param samples the samples of an {@code empirical} distribution, seconds, in file order; an empty
 *                array for every other distribution. Copied on the way in and out.
 * @param text    the distribution as written, e.g. {@code exponential(mean=100ms)}
 */
public record DistributionSpec(String name, Map<String, Double> params, double[] samples, String text) {

    public DistributionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        params = Copies.orderedMap(params, "params");
        samples = samples == null ? new double[0] : samples.clone();
    }

    /** A copy of the empirical samples, seconds; empty unless {@link #name()} is {@code empirical}. */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /**
     * The value of parameter {@code param} in base units (seconds for times).
     *
     * @throws IllegalArgumentException if this distribution has no such parameter
     */
    public double param(String param) {
        Double value = params.get(param);
        if (value == null) {
            throw new IllegalArgumentException(name + " has no parameter '" + param + "'; it has " + params.keySet());
        }
        return value;
    }

    /** Equal when name, parameters, samples and text are equal (samples compared element by element). */
    @Override
    public boolean equals(Object other) {
        return other instanceof DistributionSpec that
                && name.equals(that.name)
                && params.equals(that.params)
                && Arrays.equals(samples, that.samples)
                && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, params, Arrays.hashCode(samples), text);
    }

    @Override
    public String toString() {
        return "DistributionSpec[" + text + " -> " + name + params
                + (samples.length == 0 ? "" : ", " + samples.length + " samples") + "]";
    }
}
