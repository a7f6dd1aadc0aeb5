package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The gamma distribution with a real shape, parameterised by shape and mean: a service time whose
 * squared coefficient of variation, 1 / shape, can be set freely (below 1 for steadier work than
 * exponential, above 1 for burstier work). Integer shapes give the {@link Erlang}.
 *
 * <p>Sampled with the squeeze-and-reject method of Marsaglia and Tsang, "A simple method for
 * generating gamma variables", ACM TOMS 26(3), 2000, drawing its normals and uniforms from the
 * stream (about 1.03 normals per draw for shape ≥ 1). For shape &lt; 1 it uses their boost: draw
 * with shape + 1 and multiply by {@code u^(1/shape)}. The scale is {@code mean / shape}.
 */
public final class Gamma implements Distribution {
    /** The squeeze constant of Marsaglia–Tsang: accept at once if u &lt; 1 − 0.0331 x⁴. */
    private static final double SQUEEZE = 0.0331;

    private final double shape;
    private final double mean;
    private final double scale;
    /** d = a − 1/3 for the shape a actually sampled (shape, or shape + 1 when boosted). */
    private final double d;
    /** c = 1 / sqrt(9 d). */
    private final double c;
    /** Whether shape &lt; 1, so that samples are boosted by u^(1/shape). */
    private final boolean boosted;
    private final double inverseShape;

    /**
     * @param shape the shape parameter (dimensionless; 1 / squared coefficient of variation);
     *              finite and {@code > 0}
     * @param mean  the mean, in seconds for durations; finite and {@code > 0}
     */
    public Gamma(double shape, double mean) {
        this.shape = Params.positive("gamma", "shape", shape);
        this.mean = Params.positive("gamma", "mean", mean);
        this.scale = mean / shape;
        Params.finiteMoment("gamma", "variance", mean * scale, "shape " + shape + " is too small");
        this.boosted = shape < 1.0;
        double sampledShape = boosted ? shape + 1.0 : shape;
        this.d = sampledShape - 1.0 / 3.0;
        this.c = 1.0 / Math.sqrt(9.0 * d);
        this.inverseShape = 1.0 / shape;
    }

    /** The shape parameter (dimensionless). */
    public double shape() {
        return shape;
    }

    /** The scale parameter, mean / shape (seconds for durations). */
    public double scale() {
        return scale;
    }

    @Override
    public double sample(RandomStream stream) {
        double g = standardSample(stream);
        if (boosted) {
            g *= Math.pow(stream.nextOpenDouble(), inverseShape);
        }
        return scale * g;
    }

    /** One gamma(shape = d + 1/3, scale = 1) variate, by Marsaglia–Tsang rejection. */
    private double standardSample(RandomStream stream) {
        while (true) {
            double x = stream.nextGaussian();
            double t = 1.0 + c * x;
            if (t <= 0.0) {
                continue;
            }
            double v = t * t * t;
            double u = stream.nextOpenDouble();
            double x2 = x * x;
            if (u < 1.0 - SQUEEZE * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** The mean (seconds for durations). */
    @Override
    public double mean() {
        return mean;
    }

    /** shape · scale² = mean² / shape, in the unit squared. */
    @Override
    public double variance() {
        return mean * scale;
    }

    @Override
    public String describe() {
        return "gamma(shape=" + Params.format(shape) + ", mean=" + Params.format(mean) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
