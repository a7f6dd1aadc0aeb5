package io.cloudmart.sim.core.random.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.cloudmart.sim.core.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmpiricalTest {
    private static final double[] OBSERVED = {0.01, 0.02, 0.02, 0.05, 0.4};

    @Test
    void momentsAreThoseOfTheSamplesAsAPopulation() {
        Empirical e = new Empirical(new double[] {1, 2, 3, 4});
        SampleCheck.assertRelClose(e.mean(), 2.5, "mean");
        SampleCheck.assertRelClose(e.variance(), 1.25, "population variance (divisor n)");
        assertThat(e.size()).isEqualTo(4);
    }

    @Test
    void aSingleSampleIsAlwaysDrawn() {
        Empirical e = new Empirical(new double[] {0.7});
        RandomStream stream = SampleCheck.stream("single");
        for (int i = 0; i < 1_000; i++) {
            assertThat(e.sample(stream)).isEqualTo(0.7);
        }
        assertThat(e.variance()).isZero();
    }

    @Test
    void copiesTheSamplesInAndOut() {
        double[] input = {1, 2, 3};
        Empirical e = new Empirical(input);
        input[0] = 100;
        e.samples()[1] = 100;
        assertThat(e.samples()).containsExactly(1, 2, 3);
        assertThat(e.mean()).isEqualTo(2.0);
    }

    @Test
    void drawsEachObservationEquallyOften() {
        Empirical e = new Empirical(OBSERVED);
        double[] xs = SampleCheck.draw(e, SampleCheck.stream("empirical"), SampleCheck.DRAWS);
        int[] counts = new int[OBSERVED.length];
        for (double x : xs) {
            int i = indexOf(x);
            assertThat(i).as("%s is one of the observations", x).isNotNegative();
            counts[i]++;
        }
        // 0.02 appears twice in OBSERVED, so it collects the draws of two slots.
        double p = 1.0 / OBSERVED.length;
        double se = Math.sqrt(xs.length * p * (1 - p));
        assertThat((double) counts[0]).isCloseTo(xs.length * p, within(SampleCheck.Z * se));
        assertThat((double) counts[3]).isCloseTo(xs.length * p, within(SampleCheck.Z * se));
        assertThat((double) counts[4]).isCloseTo(xs.length * p, within(SampleCheck.Z * se));
        double p2 = 2 * p;
        assertThat((double) counts[1]).isCloseTo(xs.length * p2,
                within(SampleCheck.Z * Math.sqrt(xs.length * p2 * (1 - p2))));
        SampleCheck.assertMoments(e, xs, populationKurtosis(OBSERVED));
    }

    @Test
    void describesItself() {
        assertThat(new Empirical(new double[] {1, 2, 3, 4}).describe()).isEqualTo("empirical(n=4, mean=2.5)");
    }

    @Test
    void rejectsNullOrEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(null))
                .withMessageContaining("at least one");
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(new double[0]))
                .withMessageContaining("at least one");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-9, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsABadSampleNamingItsIndex(double bad) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Empirical(new double[] {1, bad, 3}))
                .withMessageContaining("empirical samples[1]").withMessageContaining(">= 0");
    }

    @Test
    void zeroSamplesAreAllowed() {
        Empirical e = new Empirical(new double[] {0, 0});
        assertThat(e.mean()).isZero();
        assertThat(e.variance()).isZero();
        assertThat(e.scv()).as("0/0 must not leak out as NaN").isZero();
    }

    private static int indexOf(double x) {
        for (int i = 0; i < OBSERVED.length; i++) {
            if (OBSERVED[i] == x) {
                return i;
            }
        }
        return -1;
    }

    /** μ₄ / σ⁴ of the observations taken as the whole population. */
    private static double populationKurtosis(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double m2 = 0;
        double m4 = 0;
        for (double x : xs) {
            double d = x - mean;
            m2 += d * d / xs.length;
            m4 += d * d * d * d / xs.length;
        }
        return m4 / (m2 * m2);
    }
}
