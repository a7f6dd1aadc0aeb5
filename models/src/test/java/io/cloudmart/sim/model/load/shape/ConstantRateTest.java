package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/** A constant rate: a homogeneous Poisson process, the minimal scenario's {@code load.rate}. */
class ConstantRateTest {
    private final ConstantRate thirty = new ConstantRate(30);

    @Test
    void analyticValues() {
        assertThat(thirty.rateAt(0)).isEqualTo(30);
        assertThat(thirty.rateAt(1e6)).isEqualTo(30);
        assertThat(thirty.integral(2, 12)).isCloseTo(300, within(EPS));
        assertThat(thirty.integral(5, 5)).isZero();
        assertThat(thirty.maxRate(0, 1e9)).isEqualTo(30);
        assertThat(thirty.constantUntil(17)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(thirty.describe()).isEqualTo("constant(rate=30)");
        assertThat(new ConstantRate(0.125).describe()).isEqualTo("constant(rate=0.125)");
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> new ConstantRate(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate");
        assertThatThrownBy(() -> new ConstantRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConstantRate(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thirty.rateAt(-0.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time");
        assertThatThrownBy(() -> thirty.integral(3, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }

    /** One hour at 30/s: each ten-minute window holds Poisson(18 000) arrivals. */
    @Test
    void countsInWindowsArePoisson() {
        double[] edges = {0, 600, 1200, 1800, 2400, 3000, 3600};
        long[] counts = PoissonCheck.counts(thirty, PoissonCheck.stream("constant.counts"), edges, 1);
        PoissonCheck.assertCountsMatch(thirty, edges, counts, 1);
    }

    /** Counts in one second over 4 000 replications: mean 30 and variance 30, not evenly spaced starts. */
    @Test
    void countsHavePoissonDispersion() {
        RandomStream stream = PoissonCheck.stream("constant.dispersion");
        double[] edges = {100, 101};
        long[] perReplication = new long[4000];
        long total = 0;
        for (int r = 0; r < perReplication.length; r++) {
            long[] c = new long[1];
            PoissonCheck.addCounts(ArrivalProcess.poisson(thirty, stream), edges, c);
            perReplication[r] = c[0];
            total += c[0];
        }
        PoissonCheck.assertPoisson(total, 30.0 * perReplication.length, "total");
        PoissonCheck.assertPoissonDispersion(perReplication, 30, "constant(30) on one second");
    }

    @Test
    void zeroRateHasNoArrivals() {
        ArrivalProcess none = ArrivalProcess.poisson(new ConstantRate(0), PoissonCheck.stream("constant.zero"));
        assertThat(none.nextAfter(0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
