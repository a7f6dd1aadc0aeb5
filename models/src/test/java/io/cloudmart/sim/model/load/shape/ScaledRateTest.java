package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link RateShape#scaled}: every rate times a factor, times unchanged (the {@code --set} hook). */
class ScaledRateTest {
    private final Spike sale = new Spike(10, 100, 600, 30, 120, 60);

    @Test
    void multipliesEveryQuantity() {
        RateShape triple = sale.scaled(3);
        assertThat(triple.rateAt(615)).isCloseTo(165, within(EPS));
        assertThat(triple.maxRate(0, 1e4)).isEqualTo(300);
        assertThat(triple.integral(0, 1000)).isCloseTo(3 * sale.integral(0, 1000), within(EPS));
        assertThat(triple.constantUntil(0)).as("times unchanged").isEqualTo(600);
        assertThat(triple.describe()).isEqualTo("scaled(factor=3, " + sale.describe() + ")");
        RateShape again = triple.scaled(0.5);
        assertThat(again.rateAt(700)).isCloseTo(150, within(EPS));
        assertThat(again.describe()).as("factors multiply, wrappers do not nest").startsWith("scaled(factor=1.5, spike(");
    }

    @Test
    void zeroFactorMeansNoArrivals() {
        RateShape none = new DailySine(10, 5, 0).scaled(0);
        assertThat(none.rateAt(123)).isZero();
        assertThat(none.constantUntil(123)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ArrivalProcess.poisson(none, PoissonCheck.stream("scaled.zero")).nextAfter(0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void refusesBadFactors() {
        assertThatThrownBy(() -> sale.scaled(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
        assertThatThrownBy(() -> sale.scaled(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sale.scaled(2).scaled(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Half the flash sale: counts per phase are Poisson(½ ∫ rate). */
    @Test
    void countsMatchScaledIntegral() {
        RateShape half = sale.scaled(0.5);
        double[] edges = {500, 600, 630, 750, 810, 900};
        int replications = 20;
        long[] counts = PoissonCheck.counts(half, PoissonCheck.stream("scaled.counts"), edges, replications);
        for (int k = 0; k < counts.length; k++) {
            PoissonCheck.assertPoisson(counts[k], replications * 0.5 * sale.integral(edges[k], edges[k + 1]), "window " + k);
        }
    }
}
