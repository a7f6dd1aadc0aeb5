package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.cloudmart.sim.core.random.RandomStream;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeibullTest {
    /**
     * Relative tolerance against commons-math3, whose variance Γ(1+2/k) − Γ(1+1/k)² loses about
     * log10(1/bracket) digits by cancellation for large shapes.
     */
    private static final double COMMONS_MATH_REL_TOL = 1e-9;
    /** A shape so large that the variance is a difference of two numbers within 1e-8 of 1. */
    private static final double HUGE_SHAPE = 1e4;
    /** Relative size of the next term of the large-shape expansion Var ≈ scale² π² / (6 k²). */
    private static final double ASYMPTOTIC_REL_TOL = 1e-3;

    @Test
    void shapeOneIsTheExponentialWithMeanScale() {
        Weibull w = new Weibull(1.0, 0.3);
        SampleCheck.assertRelClose(w.mean(), 0.3, "mean");
        SampleCheck.assertRelClose(w.variance(), 0.09, "variance");
        RandomStream a = SampleCheck.stream("shape1");
        RandomStream b = SampleCheck.stream("shape1");
        Exponential e = new Exponential(0.3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(w.sample(a)).isEqualTo(e.sample(b));
        }
    }

    @Test
    void shapeTwoIsTheRayleigh() {
        Weibull w = new Weibull(2.0, 1.0);
        SampleCheck.assertRelClose(w.mean(), Math.sqrt(Math.PI) / 2.0, "mean = √π / 2");
        SampleCheck.assertRelClose(w.variance(), 1.0 - Math.PI / 4.0, "variance = 1 − π/4");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.5, 3.0, 50.0})
    void analyticMomentsAgreeWithCommonsMath(double shape) {
        Weibull w = new Weibull(shape, 0.2);
        WeibullDistribution reference = new WeibullDistribution(SampleCheck.stream("ref"), shape, 0.2);
        assertThat(w.mean()).isCloseTo(reference.getNumericalMean(),
                within(COMMONS_MATH_REL_TOL * reference.getNumericalMean()));
        assertThat(w.variance()).isCloseTo(reference.getNumericalVariance(),
                within(COMMONS_MATH_REL_TOL * reference.getNumericalVariance()));
    }

    @Test
    void hugeShapeKeepsTheVariancePrecise() {
        Weibull w = new Weibull(HUGE_SHAPE, 1.0);
        double asymptotic = Math.PI * Math.PI / (6.0 * HUGE_SHAPE * HUGE_SHAPE);
        assertThat(w.variance()).isCloseTo(asymptotic, within(ASYMPTOTIC_REL_TOL * asymptotic));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.7, 1.5})
    void samplesMatchTheMomentsAndTheCdf(double shape) {
        Weibull w = new Weibull(shape, 0.2);
        double[] xs = SampleCheck.draw(w, SampleCheck.stream("weibull" + shape), SampleCheck.DRAWS);
        SampleCheck.assertMoments(w, xs, kurtosis(shape));
        SampleCheck.assertFollows(xs,
                new WeibullDistribution(SampleCheck.stream("ref"), shape, 0.2), w.describe());
    }

    @Test
    void describesItself() {
        assertThat(new Weibull(1.5, 0.2).describe()).isEqualTo("weibull(shape=1.5, scale=0.2)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadShape(double shape) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Weibull(shape, 1.0))
                .withMessageContaining("weibull shape").withMessageContaining("> 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadScale(double scale) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Weibull(1.5, scale))
                .withMessageContaining("weibull scale").withMessageContaining("> 0");
    }

    @Test
    void rejectsAShapeWhoseMomentsOverflow() {
        // Γ(1 + 2/0.001) = 2000! is far beyond the largest double.
        assertThatIllegalArgumentException().isThrownBy(() -> new Weibull(0.001, 1.0))
                .withMessageContaining("overflows");
    }

    /** μ₄ / σ⁴ from the raw moments E[Xʳ] = Γ(1 + r/k) (scale 1; the ratio does not depend on it). */
    private static double kurtosis(double shape) {
        double m1 = Gamma.gamma(1 + 1 / shape);
        double m2 = Gamma.gamma(1 + 2 / shape);
        double m3 = Gamma.gamma(1 + 3 / shape);
        double m4 = Gamma.gamma(1 + 4 / shape);
        double var = m2 - m1 * m1;
        double mu4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * Math.pow(m1, 4);
        return mu4 / (var * var);
    }
}
