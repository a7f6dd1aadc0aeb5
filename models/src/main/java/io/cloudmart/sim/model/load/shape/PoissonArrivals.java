package io.cloudmart.sim.model.load.shape;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Arrival times of a non-homogeneous Poisson process with intensity given by a {@link RateShape}.
 *
 * <p>Two exact constructions, chosen piece by piece. Where the shape says its rate is constant
 * ({@link RateShape#constantUntil}), the gap is one exponential draw at that rate; if it overshoots
 * the end of the constant piece, the search restarts there (memorylessness), exactly like the
 * original {@code ArrivalSchedule}. Elsewhere it thins (Lewis and Shedler, "Simulation of
 * nonhomogeneous Poisson processes by thinning", Naval Research Logistics Quarterly 26(3), 1979):
 * time is cut into chunks on a fixed grid of {@code chunkSeconds}; in each chunk candidates come
 * from a homogeneous process at the chunk's bound M = {@link RateShape#maxRate}, and a candidate at
 * s is kept with probability λ(s)/M. Restarting at a chunk end or after a rejection is again
 * justified by memorylessness, so the result is exact, not an approximation, and a tight bound per
 * chunk keeps it cheap around spikes. A candidate whose rate exceeds its bound means the shape's
 * {@code maxRate} is wrong, and fails loudly.
 *
 * <p>Per arrival: no allocation; one uniform per exponential candidate plus one per thinning test.
 */
final class PoissonArrivals implements ArrivalProcess {
    /** Relative slack allowed between a candidate's rate and its chunk bound (rounding only). */
    private static final double BOUND_TOLERANCE = 1e-9;

    private final RateShape shape;
    private final RandomStream stream;
    private final double chunk;
    /** The last bound computed, valid on [boundFrom, boundTo]. */
    private double boundFrom = Double.NaN;
    private double boundTo = Double.NaN;
    private double bound;

    PoissonArrivals(RateShape shape, RandomStream stream, double chunkSeconds) {
        if (shape == null || stream == null) {
            throw new IllegalArgumentException("a Poisson arrival process needs a rate shape and a random stream");
        }
        this.shape = shape;
        this.stream = stream;
        this.chunk = ShapeArgs.positive("arrivals", "chunkSeconds", chunkSeconds);
    }

    @Override
    public double nextAfter(double now, double horizon) {
        ShapeArgs.time(now);
        ShapeArgs.horizon(horizon);
        double t = now;
        while (t <= horizon && t < Double.POSITIVE_INFINITY) {
            double constantEnd = shape.constantUntil(t);
            double pieceEnd = constantEnd > t ? constantEnd : chunkEnd(t);
            double rate = constantEnd > t ? shape.rateAt(t) : boundOn(t, pieceEnd);
            if (rate > 0) {
                double candidate = t - Math.log(stream.nextOpenDouble()) / rate;
                if (candidate < pieceEnd) {
                    if (candidate > horizon) {
                        return Double.POSITIVE_INFINITY;
                    }
                    if (constantEnd > t || accept(candidate, rate)) {
                        return candidate;
                    }
                    t = candidate;
                    continue;
                }
            }
            t = pieceEnd;
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The end of the grid chunk holding {@code t}: always after {@code t}. */
    private double chunkEnd(double t) {
        return (ShapeArgs.cell(t, chunk) + 1) * chunk;
    }

    /** An upper bound of the rate on [t, to], reusing the last one while it covers the window. */
    private double boundOn(double t, double to) {
        if (!(t >= boundFrom && to == boundTo)) {
            bound = shape.maxRate(t, to);
            boundFrom = t;
            boundTo = to;
        }
        return bound;
    }

    /** The thinning test: keep the candidate at {@code s} with probability λ(s) / bound. */
    private boolean accept(double s, double upper) {
        double rate = shape.rateAt(s);
        if (rate > upper * (1 + BOUND_TOLERANCE)) {
            throw new IllegalStateException(shape.describe() + ": rate " + rate + " at t=" + s
                    + " s exceeds its maxRate bound " + upper + " on [" + boundFrom + ", " + boundTo + "]");
        }
        return stream.nextDouble() * upper < rate;
    }
}
