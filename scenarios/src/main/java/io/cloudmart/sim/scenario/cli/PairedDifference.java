package io.cloudmart.sim.scenario.cli;

import org.apache.commons.math3.distribution.TDistribution;

import io.cloudmart.sim.core.run.Estimate;

/**
 * How a variant's figure differs from the baseline's over replications: the mean of the differences
 * {@code variant_i − baseline_i}, its 95% Student-t half-width over the pairs (common random numbers: replication
 * {@code i} of both drew from the same streams), and, for comparison, the half-width two independent runs would give
 * (Welch's, with Welch–Satterthwaite degrees of freedom). Pairing removes what the two runs share, so its interval is
 * narrower whenever they move together (Law, Simulation Modeling and Analysis, §10.2, "paired-t" and "Welch").
 *
 * @param pairs the replications with a value on both sides; half-widths are NaN with fewer than two
 */
record PairedDifference(double baseline, double variant, double difference, double pairedHalfWidth95,
                        double unpairedHalfWidth95, int pairs) {

    /** From the two runs' values in replication order (same length); NaN entries (no value) drop their pair. */
    static PairedDifference of(double[] baseline, double[] variant) {
        if (baseline.length != variant.length) {
            throw new IllegalArgumentException("pairs need as many baseline as variant values");
        }
        int n = 0;
        for (int i = 0; i < baseline.length; i++) {
            if (!Double.isNaN(baseline[i]) && !Double.isNaN(variant[i])) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0, k = 0; i < baseline.length; i++) {
            if (!Double.isNaN(baseline[i]) && !Double.isNaN(variant[i])) {
                a[k] = baseline[i];
                b[k] = variant[i];
                d[k] = variant[i] - baseline[i];
                k++;
            }
        }
        Estimate paired = Estimate.of(d);
        return new PairedDifference(Estimate.of(a).mean(), Estimate.of(b).mean(), paired.mean(),
                paired.halfWidth95(), welch(a, b), n);
    }

    /** True when the paired 95% interval leaves out zero; never with fewer than two pairs. */
    boolean significant() {
        return pairs >= 2 && Math.abs(difference) > pairedHalfWidth95;
    }

    /** Welch's 95% half-width of mean(b) − mean(a) for independent samples; 0 when neither varies. */
    static double welch(double[] a, double[] b) {
        int n = a.length;
        int m = b.length;
        if (n < 2 || m < 2) {
            return Double.NaN;
        }
        double va = variance(a) / n;
        double vb = variance(b) / m;
        double se2 = va + vb;
        if (se2 == 0) {
            return 0;
        }
        double df = se2 * se2 / (va * va / (n - 1) + vb * vb / (m - 1));
        return new TDistribution(null, df).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
