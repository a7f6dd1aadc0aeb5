package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The paired-t and Welch half-widths against hand computation (t quantiles from the printed tables). */
class PairedDifferenceTest {
    private static final double T_975_DF3 = 3.182446;
    private static final double T_975_DF4 = 2.776445;

    @Test
    void pairedHalfWidthIsStudentTOfTheDifferences() {
        // differences 1, 1, 2, 1: mean 1.25, s = 0.5, standard error 0.25
        PairedDifference d = PairedDifference.of(new double[] {1, 2, 3, 4}, new double[] {2, 3, 5, 5});
        assertThat(d.difference()).isEqualTo(1.25);
        assertThat(d.pairedHalfWidth95()).isCloseTo(T_975_DF3 * 0.25, within(1e-6));
        assertThat(d.baseline()).isEqualTo(2.5);
        assertThat(d.variant()).isEqualTo(3.75);
        assertThat(d.significant()).isTrue();
    }

    @Test
    void welchWithEqualVariancesAndSizesHasTwiceNMinusOneDegreesOfFreedom() {
        // variances 1/3 each: standard error sqrt(2/3), Welch–Satterthwaite df = 4
        PairedDifference d = PairedDifference.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(d.unpairedHalfWidth95()).isCloseTo(T_975_DF4 * Math.sqrt(2.0 / 3), within(1e-6));
        // every pair moved by exactly 3: pairing removes all the noise
        assertThat(d.pairedHalfWidth95()).isZero();
    }

    @Test
    void identicalValuesDifferByExactlyZeroAndAreNotSignificant() {
        double[] same = {3.5, 1.25, 8};
        PairedDifference d = PairedDifference.of(same, same.clone());
        assertThat(d.difference()).isZero();
        assertThat(d.pairedHalfWidth95()).isZero();
        assertThat(d.significant()).isFalse();
    }

    @Test
    void aReplicationWithoutAValueDropsItsPairAndOneAloneGivesNoInterval() {
        PairedDifference d = PairedDifference.of(new double[] {1, Double.NaN}, new double[] {2, 4});
        assertThat(d.pairs()).isEqualTo(1);
        assertThat(d.difference()).isEqualTo(1);
        assertThat(d.pairedHalfWidth95()).isNaN();
        assertThat(d.unpairedHalfWidth95()).isNaN();
        assertThat(d.significant()).isFalse();
    }
}
