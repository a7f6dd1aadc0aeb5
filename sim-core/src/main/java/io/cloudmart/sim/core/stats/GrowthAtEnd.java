package io.cloudmart.sim.core.stats;

/**
 * Whether a level (requests in flight, a queue) was still growing over the last third of a run: the least-squares
 * line through its values over that third rises, end to end, by at least {@value #MIN_RELATIVE_RISE} of the
 * level's mean there and by at least {@value #MIN_ABSOLUTE_RISE} (in the level's unit).
 *
 * <p>[CHOICE] Why these two thresholds: a queue that grows without bound from the start grows about linearly,
 * N(t) ≈ (λ − μ)·t, so over the last third its rise is 1/3 of its end level and 0.4 of its mean there, whatever the
 * rates; a queue that has settled has a fitted rise near 0 against its level. 0.25 sits between the two with room
 * for noise. The absolute floor keeps a small, noisy level (an M/M/1 at ρ = 0.7 holds about 2 requests) from
 * tripping the relative rule by chance. A regression t-test was not used: successive values of a queue are
 * strongly correlated, so its standard error would be far too small and a stable queue would often "rise
 * significantly".
 */
public final class GrowthAtEnd {
    /** Fitted rise over the last third, as a share of the mean level there, from which the level is "growing". */
    public static final double MIN_RELATIVE_RISE = 0.25;
    /** Fitted rise over the last third, in the level's unit (requests), below which nothing is said. */
    public static final double MIN_ABSOLUTE_RISE = 5;
    /** Fewest points in the last third for a line to mean anything. */
    public static final int MIN_POINTS = 3;

    private GrowthAtEnd() {
    }

    /**
     * @param rise    the fitted line's rise over the last third (slope × its length), in the level's unit
     * @param level   the mean of the values in the last third
     * @param points  how many values the line went through
     * @param growing true when both thresholds are passed
     */
    public record Verdict(double rise, double level, int points, boolean growing) {
        /** Nothing to judge (too few points). */
        static final Verdict NONE = new Verdict(Double.NaN, Double.NaN, 0, false);
    }

    /**
     * Judges the values {@code values[i]} at times {@code times[i]} (seconds, increasing) from {@code start} to
     * {@code end}: the last third is [start + 2/3·(end − start), end]. NaN values (not measured) are left out.
     */
    public static Verdict judge(double[] times, double[] values, double start, double end) {
        if (times.length != values.length) {
            throw new IllegalArgumentException("one time per value: " + times.length + " vs " + values.length);
        }
        double from = start + 2.0 / 3.0 * (end - start);
        int n = 0;
        double sumT = 0;
        double sumV = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= from && times[i] <= end && !Double.isNaN(values[i])) {
                n++;
                sumT += times[i];
                sumV += values[i];
            }
        }
        if (n < MIN_POINTS) {
            return Verdict.NONE;
        }
        double meanT = sumT / n;
        double meanV = sumV / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= from && times[i] <= end && !Double.isNaN(values[i])) {
                sxy += (times[i] - meanT) * (values[i] - meanV);
                sxx += (times[i] - meanT) * (times[i] - meanT);
            }
        }
        if (sxx == 0) {
            return Verdict.NONE;
        }
        double rise = sxy / sxx * (end - from);
        boolean growing = rise >= MIN_ABSOLUTE_RISE && rise >= MIN_RELATIVE_RISE * Math.abs(meanV);
        return new Verdict(rise, meanV, n, growing);
    }
}
