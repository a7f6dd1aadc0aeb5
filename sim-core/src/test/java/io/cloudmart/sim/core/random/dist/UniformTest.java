package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniformTest {
    /** μ₄ / σ⁴ of a uniform: ((b−a)⁴/80) / ((b−a)²/12)² = 9/5. */
    private static final double KURTOSIS = 1.8;

    @Test
    void analyticMomentsMatchClosedForm() {
        Uniform u = new Uniform(0.05, 0.15);
        UniformRealDistribution reference = new UniformRealDistribution(SampleCheck.stream("ref"), 0.05, 0.15);
        SampleCheck.assertRelClose(u.mean(), 0.1, "mean");
        SampleCheck.assertRelClose(u.variance(), 0.01 / 12.0, "variance");
        SampleCheck.assertRelClose(u.variance(), reference.getNumericalVariance(), "variance vs commons-math3");
    }

    @Test
    void samplesStayInRangeAndMatchTheMomentsAndTheCdf() {
        Uniform u = new Uniform(0.05, 0.15);
        double[] xs = SampleCheck.draw(u, SampleCheck.stream("uniform"), SampleCheck.DRAWS);
        DoubleSummaryStatistics range = Arrays.stream(xs).summaryStatistics();
        assertThat(range.getMin()).isGreaterThanOrEqualTo(0.05);
        assertThat(range.getMax()).isLessThanOrEqualTo(0.15);
        SampleCheck.assertMoments(u, xs, KURTOSIS);
        SampleCheck.assertFollows(xs,
                new UniformRealDistribution(SampleCheck.stream("ref"), 0.05, 0.15), u.describe());
    }

    @Test
    void minMayBeZero() {
        Uniform u = new Uniform(0.0, 1.0);
        assertThat(u.min()).isZero();
        assertThat(u.max()).isEqualTo(1.0);
        assertThat(u.describe()).isEqualTo("uniform(min=0, max=1)");
    }

    @Test
    void describesItself() {
        assertThat(new Uniform(0.05, 0.15).describe()).isEqualTo("uniform(min=0.05, max=0.15)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNegativeOrNonFiniteMin(double min) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Uniform(min, 1.0))
                .withMessageContaining("uniform min");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsMaxNotAboveMinOrNonFinite(double max) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Uniform(0.5, max))
                .withMessageContaining("uniform max").withMessageContaining("> min");
    }
}
