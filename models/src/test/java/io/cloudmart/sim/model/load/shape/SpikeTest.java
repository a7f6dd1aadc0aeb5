package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trapezoid spike on a base rate. The flash sale: 10/s, from t = 600 s up to 100/s in 30 s,
 * 100/s for 120 s, back to 10/s in 60 s (at 810 s).
 */
class SpikeTest {
    private final Spike sale = new Spike(10, 100, 600, 30, 120, 60);

    @Test
    void rateAtByHand() {
        assertThat(sale.rateAt(0)).isEqualTo(10);
        assertThat(sale.rateAt(599.9)).isEqualTo(10);
        assertThat(sale.rateAt(600)).isEqualTo(10);
        assertThat(sale.rateAt(615)).isCloseTo(55, within(EPS));
        assertThat(sale.rateAt(630)).isEqualTo(100);
        assertThat(sale.rateAt(749.9)).isEqualTo(100);
        assertThat(sale.rateAt(750)).isEqualTo(100);
        assertThat(sale.rateAt(780)).isCloseTo(55, within(EPS));
        assertThat(sale.rateAt(810)).isEqualTo(10);
        assertThat(sale.rateAt(1e6)).isEqualTo(10);
        assertThat(sale.end()).isEqualTo(810);
    }

    @Test
    void integralAndBoundByHand() {
        // base 10 × 1000 s, plus the trapezoid of height 90: 30·90/2 + 120·90 + 60·90/2
        assertThat(sale.integral(0, 1000)).isCloseTo(10_000 + 1350 + 10_800 + 2700, within(EPS));
        assertThat(sale.integral(600, 630)).isCloseTo(30 * 55, within(EPS));
        assertThat(sale.maxRate(0, 599)).isEqualTo(10);
        assertThat(sale.maxRate(0, 601)).isCloseTo(13, within(EPS));
        assertThat(sale.maxRate(0, 1e4)).isEqualTo(100);
        assertThat(sale.maxRate(800, 900)).isCloseTo(25, within(EPS));
        assertThat(sale.constantUntil(0)).isEqualTo(600);
        assertThat(sale.constantUntil(610)).isEqualTo(610);
        assertThat(sale.constantUntil(700)).isEqualTo(750);
        assertThat(sale.constantUntil(810)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    /** Zero ramps are jumps, and a spike at time 0 has no leading base segment. */
    @Test
    void jumpsAndEdgeCases() {
        Spike square = new Spike(5, 50, 10, 0, 5, 0);
        assertThat(square.rateAt(9.999)).isEqualTo(5);
        assertThat(square.rateAt(10)).isEqualTo(50);
        assertThat(square.rateAt(14.999)).isEqualTo(50);
        assertThat(square.rateAt(15)).isEqualTo(5);
        assertThat(square.integral(0, 20)).isCloseTo(5 * 20 + 45 * 5, within(EPS));
        assertThat(square.constantUntil(0)).isEqualTo(10);
        assertThat(square.constantUntil(10)).isEqualTo(15);
        assertThat(square.constantUntil(15)).isEqualTo(Double.POSITIVE_INFINITY);
        Spike atStart = new Spike(1, 9, 0, 2, 0, 2);
        assertThat(atStart.rateAt(0)).isEqualTo(1);
        assertThat(atStart.rateAt(2)).isEqualTo(9);
        assertThat(atStart.integral(0, 4)).isCloseTo(4 + 16, within(EPS));
        Spike dip = new Spike(100, 0, 10, 0, 5, 0);
        assertThat(dip.rateAt(12)).as("a peak below base is a dip").isZero();
        assertThat(sale.describe()).isEqualTo("spike(base=10, peak=100, at=600, rampUp=30, hold=120, rampDown=60)");
    }

    @Test
    void refusesBadArguments() {
        assertThatThrownBy(() -> new Spike(10, 100, 5, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rampUp + hold + rampDown");
        assertThatThrownBy(() -> new Spike(-1, 100, 5, 1, 1, 1)).hasMessageContaining("base");
        assertThatThrownBy(() -> new Spike(1, 100, -5, 1, 1, 1)).hasMessageContaining("at");
        assertThatThrownBy(() -> new Spike(1, 100, 5, Double.NaN, 1, 1)).hasMessageContaining("rampUp");
        assertThatThrownBy(() -> new Spike(1, 100, 5, 1, -1, 1)).hasMessageContaining("hold");
        assertThatThrownBy(() -> new Spike(1, 100, 5, 1, 1, -1)).hasMessageContaining("rampDown");
    }

    /** Twenty replications of [500, 900): every phase of the spike holds Poisson(20 · ∫ rate). */
    @Test
    void countsInWindowsMatchIntegral() {
        double[] edges = {500, 600, 615, 630, 690, 750, 780, 810, 900};
        int replications = 20;
        long[] counts = PoissonCheck.counts(sale, PoissonCheck.stream("spike.counts"), edges, replications);
        PoissonCheck.assertCountsMatch(sale, edges, counts, replications);
    }

    /**
     * Thinning is unbiased at sharp edges: a 100× spike whose ramps last 0.1 s and 0.05 s,
     * straddling the 60 s chunk boundary, counted in narrow windows on both sides of each edge
     * over 2 000 replications. Run three ways: as the spike is (held parts exact, ramps thinned),
     * with its constant pieces hidden so that everything is thinned, and with chunks from 0.01 s
     * to an hour (the law must not depend on the chunk).
     */
    @ParameterizedTest(name = "chunk {0} s")
    @ValueSource(doubles = {0.01, 60, 3600})
    void thinningIsUnbiasedAtSharpEdges(double chunk) {
        Spike sharp = new Spike(2, 200, 59.7, 0.1, 0.5, 0.05);
        double[] edges = {59.0, 59.6, 59.7, 59.75, 59.8, 59.9, 60.0, 60.1, 60.3, 60.325, 60.35, 60.4, 61.0, 62.0};
        int replications = 2000;
        RateShape thinnedEverywhere = new HiddenPieces(sharp);
        long[] exact = PoissonCheck.counts(sharp, PoissonCheck.stream("spike.sharp.exact"), chunk, edges, replications);
        PoissonCheck.assertCountsMatch(sharp, edges, exact, replications);
        long[] thinned = PoissonCheck.counts(thinnedEverywhere, PoissonCheck.stream("spike.sharp.thinned"), chunk, edges, replications);
        PoissonCheck.assertCountsMatch(sharp, edges, thinned, replications);
    }

    /** The same rate with {@link RateShape#constantUntil} left at its default: no piece is drawn exactly. */
    static final class HiddenPieces implements RateShape {
        private final RateShape shape;

        HiddenPieces(RateShape shape) {
            this.shape = shape;
        }

        @Override
        public double rateAt(double t) {
            return shape.rateAt(t);
        }

        @Override
        public double maxRate(double from, double to) {
            return shape.maxRate(from, to);
        }

        @Override
        public double integral(double from, double to) {
            return shape.integral(from, to);
        }

        @Override
        public String describe() {
            return "hidden(" + shape.describe() + ")";
        }
    }
}
