package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A sinusoidal cycle around a mean: mean + amplitude · cos(2π (t − peakAt) / period). */
class DailySineTest {
    /** An hour-long cycle around 100/s, ±40/s, peaking at 900 s (a quarter in). */
    private final DailySine hourly = new DailySine(100, 40, 3600, 900);

    @Test
    void rateAtByHand() {
        assertThat(hourly.rateAt(900)).as("peak").isCloseTo(140, within(EPS));
        assertThat(hourly.rateAt(4500)).as("a period later").isCloseTo(140, within(EPS));
        assertThat(hourly.rateAt(2700)).as("trough half a period after the peak").isCloseTo(60, within(EPS));
        assertThat(hourly.rateAt(0)).as("mean a quarter period before the peak").isCloseTo(100, within(EPS));
        assertThat(hourly.rateAt(1800)).isCloseTo(100, within(EPS));
        assertThat(hourly.rateAt(1500)).as("100 + 40 cos(π/3)").isCloseTo(120, within(EPS));
    }

    @Test
    void integralByHand() {
        assertThat(hourly.integral(0, 3600)).as("a whole period").isCloseTo(360_000, within(1e-6));
        assertThat(hourly.integral(123, 3723)).as("any whole period").isCloseTo(360_000, within(1e-6));
        assertThat(hourly.integral(900, 1800)).as("peak to mean: 100·900 + 40·3600/(2π)")
                .isCloseTo(90_000 + 40 * 3600 / (2 * Math.PI), within(1e-6));
        assertThat(hourly.integral(1800, 2700)).isCloseTo(90_000 - 40 * 3600 / (2 * Math.PI), within(1e-6));
    }

    @Test
    void maxRateIsThePeakOrTheHigherEnd() {
        assertThat(hourly.maxRate(0, 3600)).isEqualTo(140);
        assertThat(hourly.maxRate(4400, 4600)).as("contains the peak at 4500").isEqualTo(140);
        assertThat(hourly.maxRate(1000, 2000)).as("falling: left end").isEqualTo(hourly.rateAt(1000));
        assertThat(hourly.maxRate(2000, 3000)).as("around the trough: higher end")
                .isEqualTo(Math.max(hourly.rateAt(2000), hourly.rateAt(3000)));
        for (double from = 0; from < 7200; from += 37) {
            double to = from + 60;
            double bound = hourly.maxRate(from, to);
            for (double t = from; t <= to; t += 0.5) {
                assertThat(hourly.rateAt(t)).as("rate at %s within bound on [%s, %s]", t, from, to).isLessThanOrEqualTo(bound + EPS);
            }
        }
    }

    @Test
    void defaultsAndValidation() {
        DailySine daily = new DailySine(5, 5, 72_000);
        assertThat(daily.period()).isEqualTo(86_400);
        assertThat(daily.rateAt(72_000 + 43_200)).as("amplitude = mean reaches 0 at the trough").isCloseTo(0, within(EPS));
        assertThat(daily.describe()).isEqualTo("dailySine(mean=5, amplitude=5, period=86400, peakAt=72000)");
        assertThatThrownBy(() -> new DailySine(10, 10.5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amplitude must be <= mean");
        assertThatThrownBy(() -> new DailySine(10, -1, 0)).hasMessageContaining("amplitude");
        assertThatThrownBy(() -> new DailySine(-1, 0, 0)).hasMessageContaining("mean");
        assertThatThrownBy(() -> new DailySine(10, 1, 0, 0)).hasMessageContaining("period");
        assertThatThrownBy(() -> new DailySine(10, 1, Double.NaN)).hasMessageContaining("peakAt");
        assertThat(new DailySine(7, 0, 0).constantUntil(5)).as("no swing: constant").isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(hourly.constantUntil(5)).isEqualTo(5);
    }

    /** One default day, 3/s ± 2.5/s peaking at 18:00: every two-hour window holds Poisson(∫ rate). */
    @Test
    void countsOverADayMatchIntegral() {
        DailySine day = new DailySine(3, 2.5, 64_800);
        double[] edges = new double[13];
        for (int k = 0; k <= 12; k++) {
            edges[k] = 7200.0 * k;
        }
        long[] counts = PoissonCheck.counts(day, PoissonCheck.stream("sine.day"), edges, 1);
        PoissonCheck.assertCountsMatch(day, edges, counts, 1);
    }

    /** Forty fast cycles, counted in quarters: the thinning follows the curve whatever the chunk. */
    @Test
    void countsPerQuarterWithShortAndLongChunks() {
        DailySine fast = new DailySine(50, 50, 40, 10);
        double[] edges = {0, 10, 20, 30, 40};
        int replications = 40;
        long[] shortChunks = PoissonCheck.counts(fast, PoissonCheck.stream("sine.short"), 1, edges, replications);
        PoissonCheck.assertCountsMatch(fast, edges, shortChunks, replications);
        long[] longChunks = PoissonCheck.counts(fast, PoissonCheck.stream("sine.long"), 1000, edges, replications);
        PoissonCheck.assertCountsMatch(fast, edges, longChunks, replications);
    }
}
