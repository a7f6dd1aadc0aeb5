package io.cloudmart.sim.model.load.shape;

/**
 * Another shape with every rate multiplied by a constant factor, made by {@link RateShape#scaled}:
 * "twice Black Friday" without rewriting the schedule. Times, ramps and jumps stay where they were.
 */
final class ScaledRate implements RateShape {
    private final RateShape inner;
    private final double factor;

    /**
     * @param inner  the shape to scale
     * @param factor multiplier of every rate, finite and {@code >= 0} (dimensionless)
     */
    ScaledRate(RateShape inner, double factor) {
        if (inner == null) {
            throw new IllegalArgumentException("scaled shape needs a shape to scale");
        }
        this.inner = inner;
        this.factor = ShapeArgs.nonNegative("scaled", "factor", factor);
    }

    @Override
    public double rateAt(double t) {
        return factor * inner.rateAt(t);
    }

    @Override
    public double maxRate(double from, double to) {
        return factor * inner.maxRate(from, to);
    }

    @Override
    public double integral(double from, double to) {
        return factor * inner.integral(from, to);
    }

    /** The inner shape's constant stretches; with factor 0 the rate is 0 for ever. */
    @Override
    public double constantUntil(double t) {
        double end = inner.constantUntil(t);
        return factor == 0.0 ? Double.POSITIVE_INFINITY : end;
    }

    /** Scaling again multiplies the factors instead of nesting wrappers. */
    @Override
    public RateShape scaled(double more) {
        ShapeArgs.nonNegative("scaled", "factor", more);
        return new ScaledRate(inner, factor * more);
    }

    @Override
    public String describe() {
        return "scaled(factor=" + ShapeArgs.format(factor) + ", " + inner.describe() + ")";
    }
}
