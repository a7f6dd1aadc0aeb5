package io.cloudmart.sim.core.random.dist;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Weibull distribution: time to failure or to completion whose hazard rises (shape &gt; 1,
 * wear-out), stays flat (shape = 1, the exponential with mean = scale) or falls (shape &lt; 1,
 * infant mortality); used for node lifetimes and heavy-ish tailed work.
 *
 * <p>Sampled by inverse transform, {@code scale · (−ln u)^(1/shape)}. Moments use the gamma
 * function: mean = scale Γ(1 + 1/k), variance = scale² [Γ(1 + 2/k) − Γ(1 + 1/k)²], computed through
 * commons-math3's ln Γ(1 + x) so that large shapes, where the bracket is a small difference of
 * numbers near 1, keep their precision.
 */
public final class Weibull implements Distribution {
    /** commons-math3 {@code logGamma1p(x)} is defined for x up to this bound. */
    private static final double LOG_GAMMA_1P_MAX = 1.5;

    private final double shape;
    private final double scale;
    private final double inverseShape;
    private final double mean;
    private final double variance;

    /**
     * @param shape the shape parameter k (dimensionless); finite and {@code > 0}
     * @param scale the scale parameter λ, the 63.2nd percentile (seconds for durations); finite and
     *              {@code > 0}
     */
    public Weibull(double shape, double scale) {
        this.shape = Params.positive("weibull", "shape", shape);
        this.scale = Params.positive("weibull", "scale", scale);
        this.inverseShape = 1.0 / shape;
        double lnG1 = logGammaOnePlus(inverseShape);
        double lnG2 = logGammaOnePlus(2.0 * inverseShape);
        this.mean = scale * Math.exp(lnG1);
        // scale² Γ(1+1/k)² [Γ(1+2/k) / Γ(1+1/k)² − 1], with the bracket via expm1.
        this.variance = mean * mean * Math.expm1(lnG2 - 2.0 * lnG1);
        String hint = "shape " + shape + " is too small";
        Params.finiteMoment("weibull", "mean", mean, hint);
        Params.finiteMoment("weibull", "variance", variance, hint);
    }

    /** ln Γ(1 + x) for x &gt; 0, accurate also for tiny x. */
    private static double logGammaOnePlus(double x) {
        if (x <= LOG_GAMMA_1P_MAX) {
            return org.apache.commons.math3.special.Gamma.logGamma1p(x);
        }
        return org.apache.commons.math3.special.Gamma.logGamma(1.0 + x);
    }

    /** The shape parameter k (dimensionless). */
    public double shape() {
        return shape;
    }

    /** The scale parameter λ (seconds for durations). */
    public double scale() {
        return scale;
    }

    @Override
    public double sample(RandomStream stream) {
        double e = -Math.log(stream.nextOpenDouble());
        return scale * Math.pow(e, inverseShape);
    }

    /** scale · Γ(1 + 1/shape) (seconds for durations). */
    @Override
    public double mean() {
        return mean;
    }

    /** scale² [Γ(1 + 2/shape) − Γ(1 + 1/shape)²], in the unit squared. */
    @Override
    public double variance() {
        return variance;
    }

    @Override
    public String describe() {
        return "weibull(shape=" + Params.format(shape) + ", scale=" + Params.format(scale) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
