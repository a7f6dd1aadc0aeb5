package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cloudmart.sim.core.random.RandomStream;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErlangTest {
    /** So many phases that a plain product of uniforms would underflow to 0 (about e^-5000). */
    private static final int HUGE_K = 5_000;
    /** Draws of the huge-k Erlang: each costs HUGE_K uniforms. */
    private static final int HUGE_K_DRAWS = 2_000;

    @Test
    void fourPhasesOfTotalMeanOneHaveVarianceOneQuarter() {
        Erlang e = new Erlang(4, 1.0);
        SampleCheck.assertRelClose(e.mean(), 1.0, "mean");
        SampleCheck.assertRelClose(e.variance(), 0.25, "variance");
        SampleCheck.assertRelClose(e.scv(), 0.25, "scv = 1/k");
        assertThat(e.k()).isEqualTo(4);
    }

    @Test
    void samplesMatchTheMomentsAndTheGammaCdf() {
        Erlang e = new Erlang(4, 1.0);
        double[] xs = SampleCheck.draw(e, SampleCheck.stream("erlang"), SampleCheck.DRAWS);
        SampleCheck.assertMoments(e, xs, 3.0 + 6.0 / 4);
        SampleCheck.assertFollows(xs,
                new GammaDistribution(SampleCheck.stream("ref"), 4.0, 0.25), e.describe());
    }

    @Test
    void onePhaseDrawsExactlyTheExponential() {
        RandomStream a = SampleCheck.stream("k1");
        RandomStream b = SampleCheck.stream("k1");
        Erlang erlang = new Erlang(1, 0.3);
        Exponential exponential = new Exponential(0.3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(erlang.sample(a)).isEqualTo(exponential.sample(b));
        }
    }

    @Test
    void manyPhasesDoNotUnderflow() {
        Erlang e = new Erlang(HUGE_K, 2.0);
        // draw() fails on any infinite sample, which is what log(0) of an underflowed product gives.
        double[] xs = SampleCheck.draw(e, SampleCheck.stream("hugeK"), HUGE_K_DRAWS);
        SampleCheck.assertMoments(e, xs, 3.0 + 6.0 / HUGE_K);
    }

    @Test
    void describesItself() {
        assertThat(new Erlang(4, 0.2).describe()).isEqualTo("erlang(k=4, mean=0.2)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsKBelowOne(int k) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Erlang(k, 1.0))
                .withMessageContaining("erlang k").withMessageContaining(">= 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsBadMean(double mean) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Erlang(2, mean))
                .withMessageContaining("erlang mean").withMessageContaining("> 0");
    }

    /** A huge k must not cost k draws per sample: above 64 phases the Gamma sampler takes over. */
    @Test
    void hugeKSamplesInConstantTimeWithTheRightMoments() {
        Erlang erlang = new Erlang(100_000_000, 0.001);
        RandomStream stream = new RandomStream("huge-k", 5);
        double sum = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            sum += erlang.sample(stream);
        }
        assertThat(sum / n).isCloseTo(0.001, org.assertj.core.api.Assertions.within(1e-6));
    }
}
