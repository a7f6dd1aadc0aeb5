package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogNormalTest {
    /** Median of the typical call: 100 ms. */
    private static final double MEDIAN = 0.1;
    /** 99th percentile of the typical call: 1 s. */
    private static final double P99 = 1.0;
    /** Absolute tolerance for a CDF value computed by commons-math3 (erf based). */
    private static final double CDF_EPS = 1e-12;

    private final LogNormal dist = LogNormal.fromMedianAndP99(MEDIAN, P99);

    @Test
    void z99IsTheStandardNormalQuantile() {
        NormalDistribution normal = new NormalDistribution(SampleCheck.stream("ref"), 0.0, 1.0);
        assertThat(LogNormal.Z_99).isCloseTo(normal.inverseCumulativeProbability(0.99), within(1e-9));
        assertThat(normal.cumulativeProbability(LogNormal.Z_99)).isCloseTo(0.99, within(CDF_EPS));
    }

    @Test
    void muAndSigmaComeFromMedianAndP99() {
        SampleCheck.assertRelClose(dist.mu(), Math.log(0.1), "mu");
        SampleCheck.assertRelClose(dist.sigma(), Math.log(10.0) / LogNormal.Z_99, "sigma");
        assertThat(dist.median()).isEqualTo(MEDIAN);
        assertThat(dist.p99()).isEqualTo(P99);
    }

    @Test
    void analyticMomentsAgreeWithCommonsMath() {
        LogNormalDistribution reference = reference();
        assertThat(reference.cumulativeProbability(MEDIAN)).isCloseTo(0.5, within(CDF_EPS));
        assertThat(reference.cumulativeProbability(P99)).isCloseTo(0.99, within(CDF_EPS));
        SampleCheck.assertRelClose(dist.mean(), reference.getNumericalMean(), "mean");
        SampleCheck.assertRelClose(dist.variance(), reference.getNumericalVariance(), "variance");
        assertThat(dist.mean()).as("the right tail pulls the mean above the median").isGreaterThan(MEDIAN);
    }

    @Test
    void samplesMatchTheMomentsQuantilesAndCdf() {
        double[] xs = SampleCheck.draw(dist, SampleCheck.stream("lognormal"), SampleCheck.DRAWS);
        SampleCheck.assertMoments(dist, xs, kurtosis(dist.sigma()));
        // At 400k draws 5 standard errors of the empirical p99 are about 3 % of 1 s.
        SampleCheck.assertQuantile(xs, 0.99, P99, reference().density(P99));
        SampleCheck.assertQuantile(xs, 0.5, MEDIAN, reference().density(MEDIAN));
        SampleCheck.assertFollows(xs, reference(), dist.describe());
    }

    @Test
    void describesItself() {
        assertThat(dist.describe()).isEqualTo("lognormal(median=0.1, p99=1)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadMedian(double median) {
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.fromMedianAndP99(median, 1.0))
                .withMessageContaining("lognormal median");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.05, 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsP99NotAboveMedian(double p99) {
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.fromMedianAndP99(0.1, p99))
                .withMessageContaining("lognormal p99").withMessageContaining("> median");
    }

    @Test
    void rejectsASpreadWhoseVarianceOverflows() {
        assertThatIllegalArgumentException().isThrownBy(() -> LogNormal.fromMedianAndP99(1e-100, 1e100))
                .withMessageContaining("overflows");
    }

    private LogNormalDistribution reference() {
        return new LogNormalDistribution(SampleCheck.stream("ref"), dist.mu(), dist.sigma());
    }

    /** μ₄ / σ⁴ of a log-normal: e^{4s²} + 2e^{3s²} + 3e^{2s²} − 3. */
    private static double kurtosis(double sigma) {
        double s2 = sigma * sigma;
        return Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    }
}
