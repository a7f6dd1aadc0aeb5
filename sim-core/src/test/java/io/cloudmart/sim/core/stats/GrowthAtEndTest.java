package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class GrowthAtEndTest {
    /** N(t) = 2·t over [0, 300]: the last third [200, 300] rises by 200 around a mean of 500, 0.4 of it. */
    @Test
    void linearGrowthFromEmptyRisesAThirdOfItsEndLevel() {
        double[] t = new double[31];
        double[] v = new double[31];
        for (int i = 0; i < t.length; i++) {
            t[i] = 10 * i;
            v[i] = 2 * t[i];
        }
        GrowthAtEnd.Verdict verdict = GrowthAtEnd.judge(t, v, 0, 300);
        assertThat(verdict.rise()).isCloseTo(200, within(1e-9));
        assertThat(verdict.level()).isCloseTo(500, within(1e-9));
        assertThat(verdict.points()).isEqualTo(11);
        assertThat(verdict.growing()).isTrue();
    }

    /** A settled level with noise: no warning (100 noisy series around 40). */
    @Test
    void aSettledNoisyLevelIsNotGrowing() {
        for (int seed = 0; seed < 100; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] t = new double[60];
            double[] v = new double[60];
            for (int i = 0; i < t.length; i++) {
                t[i] = 10 * i + 5;
                v[i] = 40 + 8 * (random.nextDouble() - 0.5);
            }
            assertThat(GrowthAtEnd.judge(t, v, 0, 600).growing()).as("seed %d", seed).isFalse();
        }
    }

    /** A small level that doubles (1 → 2 requests) passes the relative and scatter rules but not the absolute floor. */
    @Test
    void aSmallRiseIsBelowTheFloor() {
        double[] t = new double[11];
        double[] v = new double[11];
        for (int i = 0; i < t.length; i++) {
            t[i] = 200 + 10 * i;
            v[i] = 1 + 0.1 * i;
        }
        GrowthAtEnd.Verdict verdict = GrowthAtEnd.judge(t, v, 0, 300);
        assertThat(verdict.rise()).isGreaterThan(verdict.level() * GrowthAtEnd.MIN_RELATIVE_RISE);
        assertThat(verdict.growing()).isFalse();
    }

    /** A queue that grew early and has stopped growing (a step before the last third) is not "still growing". */
    @Test
    void growthThatStoppedBeforeTheLastThirdIsNotReported() {
        double[] t = new double[30];
        double[] v = new double[30];
        for (int i = 0; i < t.length; i++) {
            t[i] = 10 * i + 10;
            v[i] = t[i] < 150 ? t[i] : 150;
        }
        assertThat(GrowthAtEnd.judge(t, v, 0, 300).growing()).isFalse();
    }

    /** A rise as large as the scatter about the line is scatter, even when it passes the relative rule. */
    @Test
    void aRiseOfTheOrderOfTheScatterIsNotGrowth() {
        double[] t = new double[12];
        double[] v = new double[12];
        for (int i = 0; i < t.length; i++) {
            t[i] = 200 + 9 * i;
            v[i] = 10 + i + (i % 2 == 0 ? 8 : -8); // fitted rise 7.4, level 15.5, scatter 8.7
        }
        GrowthAtEnd.Verdict verdict = GrowthAtEnd.judge(t, v, 0, 300);
        assertThat(verdict.rise()).isGreaterThan(GrowthAtEnd.MIN_ABSOLUTE_RISE)
                .isGreaterThan(GrowthAtEnd.MIN_RELATIVE_RISE * verdict.level());
        assertThat(verdict.rise()).isLessThan(GrowthAtEnd.MIN_NOISE_RISE * verdict.scatter());
        assertThat(verdict.growing()).isFalse();
    }

    /** Under 10 points in the last third (a 2-minute run of 10 s buckets has 4): nothing is said. */
    @Test
    void tooFewPointsSayNothing() {
        double[] t = {210, 240, 270, 300};
        assertThat(GrowthAtEnd.judge(t, new double[] {0, 100, 200, 300}, 0, 300).points()).isZero();
        assertThat(GrowthAtEnd.judge(t, new double[] {0, 100, 200, 300}, 0, 300).growing()).isFalse();
    }
}
