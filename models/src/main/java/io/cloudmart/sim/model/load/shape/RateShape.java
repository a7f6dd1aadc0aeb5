package io.cloudmart.sim.model.load.shape;

/**
 * The arrival rate λ(t) of an open-loop load, as a function of simulation time: the intensity of a
 * non-homogeneous Poisson process whose arrivals {@link ArrivalProcess#poisson} draws.
 *
 * <p>Times are simulation seconds from the start of the run ({@code t >= 0}; negative times are
 * refused); rates are requests per second ({@code >= 0}). Implementations are immutable and hold
 * no random stream, so one shape can be shared, described in a report and plotted.
 *
 * <p>The four methods must agree: {@link #integral} is ∫ {@link #rateAt}, {@link #maxRate} bounds
 * {@link #rateAt} from above, and {@link #constantUntil} only claims intervals on which
 * {@link #rateAt} really is constant. {@link ArrivalProcess#poisson} relies on all four, and fails
 * loudly when a drawn point shows {@link #maxRate} was too low.
 */
public interface RateShape {
    /** The rate at time {@code t} (s), requests per second. */
    double rateAt(double t);

    /**
     * An upper bound of {@link #rateAt} on the closed window [{@code from}, {@code to}] (s), in
     * requests per second; the tighter the bound, the fewer candidates thinning rejects. A shape
     * with jumps includes the limits on both sides of each jump inside the window.
     */
    double maxRate(double from, double to);

    /**
     * ∫ rate over [{@code from}, {@code to}] (s): the expected number of arrivals in the window,
     * requests (the mean of the Poisson count there).
     */
    double integral(double from, double to);

    /**
     * The end (s) of the longest interval [{@code t}, end) on which the rate stays equal to
     * {@code rateAt(t)}, {@code Double.POSITIVE_INFINITY} if it never changes again, or {@code t}
     * itself when the rate is not constant just after {@code t}. Piecewise-constant stretches are
     * drawn exactly, by memorylessness, instead of by thinning. The default claims nothing.
     */
    default double constantUntil(double t) {
        ShapeArgs.time(t);
        return t;
    }

    /**
     * This shape with every rate multiplied by {@code factor} (finite, {@code >= 0}): the hook for
     * a {@code --set load.scale=2}-style override. Times and the shape's form are unchanged.
     */
    default RateShape scaled(double factor) {
        return new ScaledRate(this, factor);
    }

    /** A short, locale-independent text such as {@code constant(rate=30)}; times in seconds, rates per second. */
    String describe();
}
