package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class Mser5Test {
    /**
     * Four batches by hand: means 10, 2, 1, 3. MSER(0) = (36+4+9+1)/4² = 3.125, MSER(1) = (0+1+1)/3² = 0.222,
     * MSER(2) = (1+1)/2² = 0.5 (the search stops at ⌊4/2⌋ = 2): the cut is one batch, 5 observations.
     */
    @Test
    void handComputedFourBatches() {
        double[] series = {10, 10, 10, 10, 10, 1, 3, 2, 2, 2, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3};
        Mser5.Cut cut = Mser5.cut(series);
        assertThat(cut.batches()).isEqualTo(1);
        assertThat(cut.observations()).isEqualTo(5);
        assertThat(cut.statistic()).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(cut.judged()).isTrue();
        assertThat(cut.atSearchEnd()).isFalse();
        assertThat(Mser5.statistic(new double[] {10, 2, 1, 3}, 0)).isCloseTo(3.125, within(1e-12));
        assertThat(Mser5.statistic(new double[] {10, 2, 1, 3}, 2)).isCloseTo(0.5, within(1e-12));
    }

    /** Equal statistics: the smaller cut wins (10, then three batches of 1: MSER(1) = MSER(2) = 0). */
    @Test
    void tiesKeepTheSmallerCut() {
        double[] series = {10, 10, 10, 10, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertThat(Mser5.cut(series).batches()).isEqualTo(1);
    }

    /**
     * 5 + 20·e^(−t/50) + N(0, 1): the transient is larger than the noise until t = 50·ln 20 ≈ 150. The cut lands
     * after it, and well inside the searched half (it is not a run too short for its transient).
     */
    @Test
    void cutsAnExponentialTransientDecayingOntoALevel() {
        SplittableRandom random = new SplittableRandom(11);
        double[] series = new double[2000];
        for (int t = 0; t < series.length; t++) {
            series[t] = 5 + 20 * Math.exp(-t / 50.0) + gaussian(random);
        }
        Mser5.Cut cut = Mser5.cut(series);
        assertThat(cut.observations()).isBetween(150, 600);
        assertThat(cut.atSearchEnd()).isFalse();
    }

    /** Stationary noise: the cut stays near 0 (20 series; none cut a tenth, the mean cut is a few batches). */
    @Test
    void leavesAStationarySeriesNearlyWhole() {
        double sum = 0;
        for (int seed = 0; seed < 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] series = new double[2000];
            for (int t = 0; t < series.length; t++) {
                series[t] = 5 + gaussian(random);
            }
            Mser5.Cut cut = Mser5.cut(series);
            assertThat(cut.observations()).as("seed %d", seed).isLessThan(200);
            sum += cut.observations();
        }
        assertThat(sum / 20).isLessThan(60);
    }

    @Test
    void tooShortASeriesIsNotJudged() {
        Mser5.Cut cut = Mser5.cut(new double[19]);
        assertThat(cut.judged()).isFalse();
        assertThat(cut.observations()).isZero();
    }

    @Test
    void refusesGaps() {
        assertThatThrownBy(() -> Mser5.cut(new double[] {1, Double.NaN})).isInstanceOf(IllegalArgumentException.class);
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
