package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;
import java.util.Arrays;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Statistical checks shared by the distribution tests: draws a large sample from a fixed-seed
 * stream and compares its moments, quantiles and shape with the distribution's exact values.
 *
 * <p>Every tolerance is a number of standard errors of the estimator at the sample size used, not
 * a fixed percentage, so a test is as strict as the sample allows. With {@link #Z} = 5 a correct
 * implementation fails with probability below 1e-6 per check (normal approximation); the seeds
 * are fixed, so the outcome is reproducible anyway.
 */
final class SampleCheck {
    /** Standard errors allowed between an estimate and the exact value. */
    static final double Z = 5.0;
    /** Draws per moment check: the mean's standard error is σ / 632. */
    static final int DRAWS = 400_000;
    /** Draws used for a Kolmogorov–Smirnov check (a CDF evaluation each, so kept smaller). */
    static final int KS_DRAWS = 50_000;
    /**
     * Asymptotic critical value of √n · D for the one-sample Kolmogorov–Smirnov test at
     * α = 0.001 (the Kolmogorov distribution's 0.999 quantile, 1.9495).
     */
    static final double KS_CRITICAL_ALPHA_0_001 = 1.9495;
    /** Relative tolerance for comparing analytic formulas with closed forms or commons-math3. */
    static final double EPS = 1e-12;
    /** Scenario-like seed from which the test streams are made. */
    static final long SEED = 20_240_601L;

    private SampleCheck() {
    }

    /** A fresh stream with the fixed test seed; {@code purpose} keeps tests independent. */
    static RandomStream stream(String purpose) {
        return new RandomStreams(SEED, 0).stream("test." + purpose);
    }

    /** {@code n} samples of {@code dist}, each checked to be finite and non-negative. */
    static double[] draw(Distribution dist, RandomStream stream, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double x = dist.sample(stream);
            if (!(Double.isFinite(x) && x >= 0.0)) { // one assertion per draw would be slow
                assertThat(x).as("draw %d of %s", i, dist.describe()).isFinite().isNotNegative();
            }
            xs[i] = x;
        }
        return xs;
    }

    /**
     * Asserts that the sample mean and the sample variance of {@code xs} agree with
     * {@code dist.mean()} and {@code dist.variance()} within {@link #Z} standard errors.
     *
     * <p>The mean's standard error is √(σ²/n). The unbiased sample variance s² has
     * Var(s²) = (μ₄ − σ⁴ (n − 3)/(n − 1)) / n, which needs the fourth central moment μ₄; the caller
     * passes the exact kurtosis μ₄ / σ⁴ of the distribution (an estimate from the sample would be
     * unreliable for heavy tails such as the log-normal's).
     */
    static void assertMoments(Distribution dist, double[] xs, double kurtosis) {
        int n = xs.length;
        double mean = 0.0;
        double m2 = 0.0;
        for (int i = 0; i < n; i++) { // Welford: stable for large n
            double delta = xs[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (xs[i] - mean);
        }
        double sampleVariance = m2 / (n - 1);
        double sigma2 = dist.variance();
        double meanSe = Math.sqrt(sigma2 / n);
        double varianceSe = sigma2 * Math.sqrt((kurtosis - (n - 3.0) / (n - 1.0)) / n);
        assertThat(mean).as("sample mean of %d draws of %s (SE %.3g)", n, dist.describe(), meanSe)
                .isCloseTo(dist.mean(), within(Z * meanSe));
        assertThat(sampleVariance)
                .as("sample variance of %d draws of %s (SE %.3g)", n, dist.describe(), varianceSe)
                .isCloseTo(sigma2, within(Z * varianceSe));
    }

    /**
     * Asserts that the empirical {@code p}-quantile of {@code xs} is within {@link #Z} standard
     * errors of {@code expected}. The standard error of a sample quantile is
     * √(p (1 − p) / n) / f(x_p), with f the density at the quantile.
     */
    static void assertQuantile(double[] xs, double p, double expected, double densityAtQuantile) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        double observed = sorted[(int) Math.ceil(p * sorted.length) - 1];
        double se = Math.sqrt(p * (1.0 - p) / xs.length) / densityAtQuantile;
        assertThat(observed).as("empirical %s-quantile of %d draws (SE %.3g)", p, xs.length, se)
                .isCloseTo(expected, within(Z * se));
    }

    /**
     * Asserts that the first {@link #KS_DRAWS} samples pass a Kolmogorov–Smirnov test against the
     * reference CDF at level 0.001: a check of the whole shape, not only the first two moments.
     */
    static void assertFollows(double[] xs, RealDistribution reference, String what) {
        double[] head = Arrays.copyOf(xs, Math.min(xs.length, KS_DRAWS));
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(stream("ks"));
        double d = ks.kolmogorovSmirnovStatistic(reference, head);
        double critical = KS_CRITICAL_ALPHA_0_001 / Math.sqrt(head.length);
        assertThat(d).as("Kolmogorov–Smirnov distance of %s from the reference", what)
                .isLessThan(critical);
    }

    /** Asserts {@code actual} equals {@code expected} within {@link #EPS} relative. */
    static void assertRelClose(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(EPS * Math.abs(expected)));
    }
}
