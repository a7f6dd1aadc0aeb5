package io.cloudmart.sim.core.run;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A figure's mean over replications with its 95% confidence half-width (Student t with n − 1
 * degrees of freedom). The half-width is NaN with fewer than two replications.
 */
public record Estimate(double mean, double halfWidth95, int n) {

    /** The estimate from one value per replication; NaN values (no observation) are left out. */
    public static Estimate of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(mean, Double.NaN, 1);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double stdErr = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new Estimate(mean, t * stdErr, n);
    }

    /** True when {@code value} lies inside mean ± half-width. */
    public boolean covers(double value) {
        return Math.abs(value - mean) <= halfWidth95;
    }
}
