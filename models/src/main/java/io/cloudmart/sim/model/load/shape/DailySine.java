package io.cloudmart.sim.model.load.shape;

/**
 * A rate that swings smoothly around a mean once per period, the diurnal cycle of shop traffic:
 * {@code rate(t) = mean + amplitude · sin(2π (t − peakAt) / period + π/2)}, which is
 * {@code mean + amplitude · cos(2π (t − peakAt) / period)}: the rate peaks at {@code mean +
 * amplitude} at {@code peakAt} (and every period after or before it) and bottoms out at
 * {@code mean − amplitude} half a period later. {@code amplitude <= mean} keeps the rate
 * non-negative; a larger amplitude is refused, not clipped, because clipping would silently change
 * the mean.
 *
 * <p>Drawn by thinning with a bound per chunk (see {@link ArrivalProcess#poisson}).
 *
 * @param mean      average rate over a period, requests per second; finite, {@code >= 0}
 * @param amplitude half the peak-to-trough swing, requests per second; {@code 0 <= amplitude <= mean}
 * @param period    length of one cycle, seconds; finite, {@code > 0}; {@link #DAY_SECONDS} (24 h, a
 *                  day) when not given
 * @param peakAt    a time of peak rate, seconds from the start (for a run starting at midnight and
 *                  an evening peak at 20:00, 72 000); any finite value, taken modulo the period
 */
public record DailySine(double mean, double amplitude, double period, double peakAt) implements RateShape {
    /** Default period: one day, 86 400 s (the diurnal cycle). */
    public static final double DAY_SECONDS = 86_400.0;

    private static final double TWO_PI = 2 * Math.PI;

    public DailySine {
        ShapeArgs.nonNegative("dailySine", "mean", mean);
        ShapeArgs.nonNegative("dailySine", "amplitude", amplitude);
        ShapeArgs.positive("dailySine", "period", period);
        ShapeArgs.finite("dailySine", "peakAt", peakAt);
        if (amplitude > mean) {
            throw new IllegalArgumentException("dailySine amplitude must be <= mean (the rate would go below 0), got amplitude="
                    + amplitude + ", mean=" + mean);
        }
    }

    /** A daily cycle: {@code period} = {@link #DAY_SECONDS}. */
    public DailySine(double mean, double amplitude, double peakAt) {
        this(mean, amplitude, DAY_SECONDS, peakAt);
    }

    @Override
    public double rateAt(double t) {
        ShapeArgs.time(t);
        return Math.max(0.0, mean + amplitude * Math.cos(phase(t)));
    }

    /** {@code mean + amplitude} if a peak lies in the window, else the larger end (the rate has no other local maximum). */
    @Override
    public double maxRate(double from, double to) {
        ShapeArgs.window(from, to);
        double firstPeak = peakAt + Math.ceil((from - peakAt) / period) * period;
        if (firstPeak <= to) {
            return mean + amplitude;
        }
        return Math.max(rateAt(from), rateAt(to));
    }

    /** {@code mean·(to − from) + amplitude·period/(2π)·[sin(phase(to)) − sin(phase(from))]}. */
    @Override
    public double integral(double from, double to) {
        ShapeArgs.window(from, to);
        return mean * (to - from) + amplitude * period / TWO_PI * (Math.sin(phase(to)) - Math.sin(phase(from)));
    }

    /** {@code +∞} when the amplitude is 0 (a constant rate), else {@code t}. */
    @Override
    public double constantUntil(double t) {
        ShapeArgs.time(t);
        return amplitude == 0.0 ? Double.POSITIVE_INFINITY : t;
    }

    @Override
    public String describe() {
        return "dailySine(mean=" + ShapeArgs.format(mean) + ", amplitude=" + ShapeArgs.format(amplitude)
                + ", period=" + ShapeArgs.format(period) + ", peakAt=" + ShapeArgs.format(peakAt) + ")";
    }

    private double phase(double t) {
        return TWO_PI * (t - peakAt) / period;
    }
}
