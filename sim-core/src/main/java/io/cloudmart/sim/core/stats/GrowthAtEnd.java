package io.cloudmart.sim.core.stats;

/**
 * Whether a level (requests in flight, a queue) was still growing over the last third of a run: the least-squares
 * line through its values over that third rises, end to end, by at least {@value #MIN_RELATIVE_RISE} of the
 * level's mean there, by at least {@value #MIN_NOISE_RISE} times the values' scatter about the line (their
 * residual standard deviation), and by at least {@value #MIN_ABSOLUTE_RISE} (in the level's unit); with fewer
 * than {@value #MIN_POINTS} values in that third nothing is said.
 *
 * <p>[CHOICE] Why these two thresholds: a queue that grows without bound from the start grows about linearly,
 * N(t) ≈ (λ − μ)·t, so over the last third its rise is 1/3 of its end level and 0.4 of its mean there, whatever the
 * rates; a queue that has settled has a fitted rise near 0 against its level. 0.25 sits between the two with room
 * for noise. The absolute floor keeps a small, noisy level (an M/M/1 at ρ = 0.7 holds about 2 requests) from
 * tripping the relative rule by chance. A regression t-test was not used: successive values of a queue are
 * strongly correlated, so the slope's standard error would be far too small and a stable queue would often
 * "rise significantly". The scatter about the line is not shrunk by that correlation: a settled queue's rise is
 * of the order of its scatter, a queue growing without end rises by many times it (an M/M/1 at ρ = 1.2 over 10
 * minutes: about 430 against a scatter of a few tens). The minimum of points keeps a 2-minute run of 10 s
 * buckets (4 values in its last third, through which a line rises by chance) from being judged at all.
 */
public final class GrowthAtEnd {
    /** Fitted rise over the last third, as a share of the mean level there, from which the level is "growing". */
    public static final double MIN_RELATIVE_RISE = 0.25;
    /** Fitted rise over the last third, in the level's unit (requests), below which nothing is said. */
    public static final double MIN_ABSOLUTE_RISE = 5;
    /** Fitted rise over the last third, in residual standard deviations, below which it is scatter. */
    public static final double MIN_NOISE_RISE = 3;
    /** Fewest points in the last third for a line to mean anything. */
    public static final int MIN_POINTS = 10;

    private GrowthAtEnd() {
    }

    /**
     * @param rise    the fitted line's rise over the last third (slope × its length), in the level's unit
     * @param level   the mean of the values in the last third
     * @param scatter the residual standard deviation of the values about the line
     * @param points  how many values the line went through
     * @param growing true when all three thresholds are passed
     */
    public record Verdict(double rise, double level, double scatter, int points, boolean growing) {
        /** Nothing to judge (too few points). */
        static final Verdict NONE = new Verdict(Double.NaN, Double.NaN, Double.NaN, 0, false);
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
        double slope = sxy / sxx;
        double ss = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= from && times[i] <= end && !Double.isNaN(values[i])) {
                double residual = values[i] - (meanV + slope * (times[i] - meanT));
                ss += residual * residual;
            }
        }
        double scatter = Math.sqrt(ss / (n - 2));
        double rise = slope * (end - from);
        boolean growing = rise >= MIN_ABSOLUTE_RISE && rise >= MIN_RELATIVE_RISE * Math.abs(meanV)
                && rise >= MIN_NOISE_RISE * scatter;
        return new Verdict(rise, meanV, scatter, n, growing);
    }
}
