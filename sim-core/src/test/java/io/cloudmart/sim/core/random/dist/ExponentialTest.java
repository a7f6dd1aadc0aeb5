package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExponentialTest {
    /** μ₄ / σ⁴ of the exponential (excess kurtosis 6). */
    private static final double KURTOSIS = 9.0;

    @Test
    void analyticMomentsAreMeanAndMeanSquared() {
        Exponential e = new Exponential(0.1);
        ExponentialDistribution reference = new ExponentialDistribution(SampleCheck.stream("ref"), 0.1);
        SampleCheck.assertRelClose(e.mean(), reference.getNumericalMean(), "mean");
        SampleCheck.assertRelClose(e.variance(), reference.getNumericalVariance(), "variance");
        SampleCheck.assertRelClose(e.variance(), 0.01, "variance = mean²");
        SampleCheck.assertRelClose(e.scv(), 1.0, "scv");
        SampleCheck.assertRelClose(e.rate(), 10.0, "rate");
    }

    @Test
    void samplesMatchTheMomentsAndTheCdf() {
        Exponential e = new Exponential(0.1);
        double[] xs = SampleCheck.draw(e, SampleCheck.stream("exponential"), SampleCheck.DRAWS);
        SampleCheck.assertMoments(e, xs, KURTOSIS);
        // Median mean·ln 2, where the density is 1/(2·mean).
        SampleCheck.assertQuantile(xs, 0.5, 0.1 * Math.log(2.0), 0.5 / 0.1);
        SampleCheck.assertFollows(xs,
                new ExponentialDistribution(SampleCheck.stream("ref"), 0.1), e.describe());
    }

    @Test
    void describesItself() {
        assertThat(new Exponential(0.1).describe()).isEqualTo("exponential(mean=0.1)");
        assertThat(new Exponential(2.5).toString()).isEqualTo("exponential(mean=2.5)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonPositiveOrNonFiniteMean(double mean) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Exponential(mean))
                .withMessageContaining("exponential mean").withMessageContaining("> 0");
    }
}
