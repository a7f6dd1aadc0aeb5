package io.cloudmart.sim.model.load.shape;

/**
 * A rate that never changes: a homogeneous Poisson process, the {@code load.rate} of a minimal
 * scenario and k6's {@code constant-arrival-rate} executor (whose {@code rate} per
 * {@code timeUnit}, default {@code 1s}, is the same quantity; k6 spaces those starts evenly, we
 * draw them as Poisson arrivals).
 *
 * @param rate requests per second, finite and {@code >= 0} (0 means no arrivals at all)
 */
public record ConstantRate(double rate) implements RateShape {
    public ConstantRate {
        ShapeArgs.nonNegative("constant", "rate", rate);
    }

    @Override
    public double rateAt(double t) {
        ShapeArgs.time(t);
        return rate;
    }

    @Override
    public double maxRate(double from, double to) {
        ShapeArgs.window(from, to);
        return rate;
    }

    @Override
    public double integral(double from, double to) {
        ShapeArgs.window(from, to);
        return rate * (to - from);
    }

    /** Always {@code +∞}: the rate holds for ever, so every gap is one exponential draw. */
    @Override
    public double constantUntil(double t) {
        ShapeArgs.time(t);
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public String describe() {
        return "constant(rate=" + ShapeArgs.format(rate) + ")";
    }
}
