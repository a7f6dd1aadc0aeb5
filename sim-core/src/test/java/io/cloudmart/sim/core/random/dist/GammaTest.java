package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GammaTest {

    @Test
    void integerShapeHasTheErlangMoments() {
        Gamma g = new Gamma(4.0, 1.0);
        Erlang e = new Erlang(4, 1.0);
        SampleCheck.assertRelClose(g.mean(), e.mean(), "mean");
        SampleCheck.assertRelClose(g.variance(), 0.25, "variance");
        SampleCheck.assertRelClose(g.scale(), 0.25, "scale = mean / shape");
        SampleCheck.assertRelClose(g.scv(), 0.25, "scv = 1 / shape");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 2.5})
    void analyticMomentsAgreeWithCommonsMath(double shape) {
        Gamma g = new Gamma(shape, 0.2);
        GammaDistribution reference = new GammaDistribution(SampleCheck.stream("ref"), shape, 0.2 / shape);
        SampleCheck.assertRelClose(g.mean(), reference.getNumericalMean(), "mean");
        SampleCheck.assertRelClose(g.variance(), reference.getNumericalVariance(), "variance");
    }

    /** 0.3 exercises the shape &lt; 1 boost, 1 the exponential case, 2.5 and 40 the plain method. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 2.5, 40.0})
    void samplesMatchTheMoments(double shape) {
        Gamma g = new Gamma(shape, 0.2);
        double[] xs = SampleCheck.draw(g, SampleCheck.stream("gamma" + shape), SampleCheck.DRAWS);
        SampleCheck.assertMoments(g, xs, 3.0 + 6.0 / shape);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 2.5})
    void samplesFollowTheGammaCdf(double shape) {
        Gamma g = new Gamma(shape, 0.2);
        double[] xs = SampleCheck.draw(g, SampleCheck.stream("gammaKs" + shape), SampleCheck.KS_DRAWS);
        SampleCheck.assertFollows(xs,
                new GammaDistribution(SampleCheck.stream("ref"), shape, 0.2 / shape), g.describe());
    }

    @Test
    void describesItself() {
        assertThat(new Gamma(0.5, 0.2).describe()).isEqualTo("gamma(shape=0.5, mean=0.2)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadShape(double shape) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Gamma(shape, 1.0))
                .withMessageContaining("gamma shape").withMessageContaining("> 0");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadMean(double mean) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Gamma(2.0, mean))
                .withMessageContaining("gamma mean").withMessageContaining("> 0");
    }

    @Test
    void rejectsAShapeWhoseVarianceOverflows() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Gamma(1e-300, 1e10))
                .withMessageContaining("overflows");
    }
}
