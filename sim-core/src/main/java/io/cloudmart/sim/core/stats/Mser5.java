package io.cloudmart.sim.core.stats;

/**
 * The warm-up cut by MSER-5 (White 1997; White, Cobb &amp; Spratt 2000): the observations are grouped into batch
 * means of {@value #BATCH}, and the cut is the number of leading batches d whose removal minimises
 * <pre>  MSER(d) = Σ_{j&gt;d} (Z_j − Z̄_d)² / (m − d)²</pre>
 * (Z_j the batch means, m their number, Z̄_d the mean of those kept): the squared standard error of the mean of
 * what remains, so a transient that pulls the mean away is cut, and cutting more than that only costs precision.
 * The search covers d = 0 … ⌊m/2⌋ (White's rule: a minimum in the second half means the run is too short for
 * its transient); ties go to the smaller cut. A trailing partial batch is left out.
 */
public final class Mser5 {
    /** Observations per batch mean: MSER-5's 5. */
    public static final int BATCH = 5;
    /** Fewest batch means worth searching: with fewer, the cut is 0 and {@link Cut#judged()} is false. */
    public static final int MIN_BATCHES = 4;

    private Mser5() {
    }

    /**
     * The cut.
     *
     * @param observations how many leading observations to discard ({@code BATCH × batches})
     * @param batches      how many leading batch means were discarded
     * @param statistic    MSER at that cut (the squared standard error of the remaining mean), NaN when not judged
     * @param judged       false when the series was too short to search ({@link #MIN_BATCHES})
     * @param atSearchEnd  true when the minimum sat at the end of the search (the last allowed batch): the
     *                     transient may be longer than half the run
     */
    public record Cut(int observations, int batches, double statistic, boolean judged, boolean atSearchEnd) {
    }

    /** The MSER-5 cut of {@code series}, observations in time order (no NaN: the caller leaves gaps out). */
    public static Cut cut(double[] series) {
        for (double v : series) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("MSER-5 needs observations without NaN; leave gaps out first");
            }
        }
        int m = series.length / BATCH;
        if (m < MIN_BATCHES) {
            return new Cut(0, 0, Double.NaN, false, false);
        }
        double[] z = new double[m];
        for (int j = 0; j < m; j++) {
            double sum = 0;
            for (int i = 0; i < BATCH; i++) {
                sum += series[j * BATCH + i];
            }
            z[j] = sum / BATCH;
        }
        int last = m / 2;
        int best = 0;
        double bestStatistic = Double.POSITIVE_INFINITY;
        for (int d = 0; d <= last; d++) {
            double statistic = statistic(z, d);
            if (statistic < bestStatistic) { // strictly: a tie keeps the smaller cut
                bestStatistic = statistic;
                best = d;
            }
        }
        return new Cut(best * BATCH, best, bestStatistic, true, best == last && best > 0);
    }

    /** MSER(d) of the batch means {@code z}: Σ_{j≥d} (z_j − mean)² / (m − d)². */
    static double statistic(double[] z, int d) {
        int kept = z.length - d;
        double mean = 0;
        for (int j = d; j < z.length; j++) {
            mean += z[j];
        }
        mean /= kept;
        double ss = 0;
        for (int j = d; j < z.length; j++) {
            ss += (z[j] - mean) * (z[j] - mean);
        }
        return ss / ((double) kept * kept);
    }
}
