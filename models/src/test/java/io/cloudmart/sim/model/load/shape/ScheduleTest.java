package io.cloudmart.sim.model.load.shape;

import static io.cloudmart.sim.model.load.shape.PoissonCheck.EPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Held and ramped segments (k6 {@code ramping-arrival-rate} stages) with the last level holding.
 * The example: 10/s for 60 s, a ramp 10 → 50/s over 100 s, a jump to 20/s held for 40 s, and 20/s
 * for ever after t = 200 s.
 */
class ScheduleTest {
    private final Schedule schedule = new Schedule(List.of(
            Segment.hold(60, 10), Segment.ramp(100, 10, 50), Segment.hold(40, 20)));

    @Test
    void rateAtByHand() {
        assertThat(schedule.rateAt(0)).isEqualTo(10);
        assertThat(schedule.rateAt(59.9)).isEqualTo(10);
        assertThat(schedule.rateAt(60)).isEqualTo(10);
        assertThat(schedule.rateAt(85)).isCloseTo(20, within(EPS));
        assertThat(schedule.rateAt(110)).isCloseTo(30, within(EPS));
        assertThat(schedule.rateAt(159.99)).isCloseTo(49.996, within(EPS));
        assertThat(schedule.rateAt(160)).as("jump down to the held 20/s").isEqualTo(20);
        assertThat(schedule.rateAt(200)).as("last level holds").isEqualTo(20);
        assertThat(schedule.rateAt(1e7)).isEqualTo(20);
        assertThat(schedule.end()).isEqualTo(200);
    }

    @Test
    void integralByHand() {
        assertThat(schedule.integral(0, 60)).isCloseTo(600, within(EPS));
        assertThat(schedule.integral(60, 160)).as("trapezoid 100 s × (10 + 50) / 2").isCloseTo(3000, within(EPS));
        assertThat(schedule.integral(60, 110)).isCloseTo(1000, within(EPS));
        assertThat(schedule.integral(50, 70)).as("100 + ∫0..10 (10 + 0.4x) dx").isCloseTo(220, within(EPS));
        assertThat(schedule.integral(160, 200)).isCloseTo(800, within(EPS));
        assertThat(schedule.integral(200, 300)).as("tail").isCloseTo(2000, within(EPS));
        assertThat(schedule.integral(0, 300)).isCloseTo(6400, within(EPS));
        assertThat(schedule.integral(123, 123)).isZero();
    }

    @Test
    void maxRateIncludesJumpsAndTail() {
        assertThat(schedule.maxRate(0, 59)).isEqualTo(10);
        assertThat(schedule.maxRate(0, 60)).isEqualTo(10);
        assertThat(schedule.maxRate(60, 110)).isCloseTo(30, within(EPS));
        assertThat(schedule.maxRate(100, 170)).as("left limit before the jump at 160").isCloseTo(50, within(EPS));
        assertThat(schedule.maxRate(165, 400)).isEqualTo(20);
        assertThat(schedule.maxRate(0, 1000)).isCloseTo(50, within(EPS));
        Schedule up = new Schedule(List.of(Segment.hold(10, 1), Segment.hold(10, 7)));
        assertThat(up.maxRate(5, 10)).as("right side of a jump at the window's end").isEqualTo(7);
    }

    @Test
    void constantUntilMarksHeldSegmentsOnly() {
        assertThat(schedule.constantUntil(10)).isEqualTo(60);
        assertThat(schedule.constantUntil(60)).as("a ramp starts at 60").isEqualTo(60);
        assertThat(schedule.constantUntil(100)).isEqualTo(100);
        assertThat(schedule.constantUntil(170)).as("last segment holds for ever").isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(schedule.constantUntil(250)).isEqualTo(Double.POSITIVE_INFINITY);
        Schedule endsInRamp = new Schedule(List.of(Segment.ramp(10, 0, 5)));
        assertThat(endsInRamp.constantUntil(3)).isEqualTo(3);
        assertThat(endsInRamp.constantUntil(10)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(endsInRamp.rateAt(99)).isEqualTo(5);
    }

    @Test
    void describesSegments() {
        assertThat(schedule.describe()).isEqualTo(
                "schedule(hold(duration=60, rate=10), ramp(duration=100, from=10, to=50), hold(duration=40, rate=20))");
    }

    /** k6 stages: ramp 0 → 100/s in 60 s, stay 120 s, ramp down to 0 in 30 s; then no load. */
    @Test
    void k6StylesBuilder() {
        Schedule k6 = Schedule.startingAt(0).rampTo(60, 100).rampTo(120, 100).rampTo(30, 0).build();
        assertThat(k6.segments()).containsExactly(Segment.ramp(60, 0, 100), Segment.hold(120, 100), Segment.ramp(30, 100, 0));
        assertThat(k6.integral(0, 210)).isCloseTo(3000 + 12000 + 1500, within(EPS));
        assertThat(k6.rateAt(211)).isZero();
        assertThat(ArrivalProcess.poisson(k6, PoissonCheck.stream("schedule.k6")).nextAfter(210.5))
                .as("no arrivals after a final target of 0").isEqualTo(Double.POSITIVE_INFINITY);
        Schedule jumps = Schedule.startingAt(5).hold(10).hold(10, 40).build();
        assertThat(jumps.segments()).containsExactly(Segment.hold(10, 5), Segment.hold(10, 40));
    }

    @Test
    void refusesBadSegments() {
        assertThatThrownBy(() -> new Schedule(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segment.hold(0, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> Segment.ramp(5, -1, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> Segment.ramp(5, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> Schedule.startingAt(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.startingAt(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Forty replications of [0, 400): every window's count is Poisson(40 · ∫ rate). */
    @Test
    void countsInWindowsMatchIntegral() {
        double[] edges = {0, 30, 60, 85, 110, 135, 160, 180, 200, 400};
        int replications = 40;
        long[] counts = PoissonCheck.counts(schedule, PoissonCheck.stream("schedule.counts"), edges, replications);
        PoissonCheck.assertCountsMatch(schedule, edges, counts, replications);
    }

    /**
     * The ramp's instantaneous rate is linear: ten 10 s sub-windows of the ramp each hold their own
     * trapezoid's count, and the least-squares slope of the observed rates against the windows'
     * midpoints is 0.4 /s² within its 99.9% interval (a step or a smoothed ramp fails one of them).
     */
    @Test
    void rampIsLinear() {
        Schedule ramp = new Schedule(List.of(Segment.hold(60, 10), Segment.ramp(100, 10, 50)));
        double[] edges = new double[11];
        for (int k = 0; k <= 10; k++) {
            edges[k] = 60 + 10 * k;
        }
        int replications = 100;
        long[] counts = PoissonCheck.counts(ramp, PoissonCheck.stream("schedule.ramp"), edges, replications);
        PoissonCheck.assertCountsMatch(ramp, edges, counts, replications);

        double exposure = replications * 10.0;
        double meanMid = 110;
        double sxx = 0;
        double sxy = 0;
        double varianceNumerator = 0;
        for (int k = 0; k < 10; k++) {
            double dx = edges[k] + 5 - meanMid;
            double observedRate = counts[k] / exposure;
            sxx += dx * dx;
            sxy += dx * observedRate;
            varianceNumerator += dx * dx * ramp.integral(edges[k], edges[k + 1]) * replications / (exposure * exposure);
        }
        double slope = sxy / sxx;
        double se = Math.sqrt(varianceNumerator) / sxx;
        assertThat(slope).as("slope of the ramp, /s² (standard error %.5f)", se).isCloseTo(0.4, within(PoissonCheck.Z_999 * se));
        assertThat(se).as("the slope check must be sharp enough to mean something").isLessThan(0.01);
    }

    /**
     * Held segments are drawn exactly as the original {@code io.cloudmart.sim.model.load.ArrivalSchedule}
     * draws its stages (reproduced below), draw for draw: switching {@code OpenLoopLoad} over keeps
     * the same arrival times, so the golden results need not move.
     */
    @Test
    void heldSegmentsMatchTheOriginalStagesDrawForDraw() {
        double[] durations = {30, 60, 45};
        double[] rates = {5, 20, 2};
        Schedule held = new Schedule(List.of(Segment.hold(30, 5), Segment.hold(60, 20), Segment.hold(45, 2)));
        ArrivalProcess process = ArrivalProcess.poisson(held, PoissonCheck.stream("schedule.same"));
        OriginalStages original = new OriginalStages(durations, rates, PoissonCheck.stream("schedule.same"));
        double a = 0;
        double b = 0;
        for (int i = 0; i < 5000; i++) {
            a = process.nextAfter(a);
            b = original.nextAfter(b);
            assertThat(a).as("arrival %d", i).isEqualTo(b);
        }
        assertThat(a).as("the run went well past the last stage's start").isGreaterThan(135);
    }

    /** A copy of {@code ArrivalSchedule}'s algorithm (package-private there). */
    private static final class OriginalStages {
        private final double[] stageEnds;
        private final double[] rates;
        private final RandomStream stream;

        OriginalStages(double[] durations, double[] rates, RandomStream stream) {
            this.stream = stream;
            this.rates = rates;
            int n = durations.length;
            stageEnds = new double[n];
            double end = 0;
            for (int i = 0; i < n; i++) {
                end += durations[i];
                stageEnds[i] = i == n - 1 ? Double.POSITIVE_INFINITY : end;
            }
        }

        double nextAfter(double now) {
            double t = now;
            int stage = 0;
            while (t >= stageEnds[stage]) {
                stage++;
            }
            while (true) {
                double candidate = t - Math.log(stream.nextOpenDouble()) / rates[stage];
                if (candidate < stageEnds[stage]) {
                    return candidate;
                }
                t = stageEnds[stage];
                stage++;
            }
        }
    }
}
