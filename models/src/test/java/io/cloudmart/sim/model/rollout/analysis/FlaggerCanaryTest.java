package io.cloudmart.sim.model.rollout.analysis;

import static io.cloudmart.sim.model.rollout.analysis.FlaggerDecision.ADVANCE;
import static io.cloudmart.sim.model.rollout.analysis.FlaggerDecision.HOLD;
import static io.cloudmart.sim.model.rollout.analysis.FlaggerDecision.PROMOTE;
import static io.cloudmart.sim.model.rollout.analysis.FlaggerDecision.ROLLBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Flagger's per-interval decisions (fluxcd/flagger pkg/controller/scheduler.go, scheduler_metrics.go). */
class FlaggerCanaryTest {
    /** Flagger's example: every minute, 5 failed checks, +10 % up to 50 %, success rate ≥ 99 %, P99 ≤ 500 ms. */
    private static final FlaggerAnalysisSpec PODINFO = new FlaggerAnalysisSpec(60, 5, 10, 50, OptionalDouble.of(99),
            OptionalDouble.of(500));

    private static List<FlaggerDecision> run(FlaggerCanary canary, double successRate, double p99, int intervals) {
        List<FlaggerDecision> decisions = new ArrayList<>();
        for (int i = 0; i < intervals && !canary.finished(); i++) {
            decisions.add(canary.onInterval(successRate, p99));
        }
        return decisions;
    }

    @Test
    void aHealthyCanaryAdvancesByStepWeightAndPromotesAtMaxWeight() {
        FlaggerCanary canary = new FlaggerCanary(PODINFO);
        assertThat(run(canary, 99.9, 120, 100)).containsExactly(ADVANCE, ADVANCE, ADVANCE, ADVANCE, ADVANCE, PROMOTE);
        assertThat(canary.canaryWeight()).isEqualTo(50);
        assertThatThrownBy(() -> canary.onInterval(100, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingCanaryHoldsThenRollsBackOneIntervalAfterTheThresholdthFailure() {
        FlaggerCanary canary = new FlaggerCanary(PODINFO);
        assertThat(run(canary, 90, 120, 100)).containsExactly(ADVANCE, HOLD, HOLD, HOLD, HOLD, HOLD, ROLLBACK);
        assertThat(canary.failedChecks()).isEqualTo(5);
        assertThat(canary.canaryWeight()).isZero();
    }

    @Test
    void failedChecksAccumulateAcrossPassingOnes() {
        FlaggerCanary canary = new FlaggerCanary(new FlaggerAnalysisSpec(60, 2, 10, 50, OptionalDouble.of(99),
                OptionalDouble.empty()));
        assertThat(canary.onInterval(100, 0)).isEqualTo(ADVANCE);
        assertThat(canary.onInterval(98, 0)).isEqualTo(HOLD);
        assertThat(canary.onInterval(100, 0)).isEqualTo(ADVANCE);
        assertThat(canary.onInterval(98, 0)).isEqualTo(HOLD);
        assertThat(canary.onInterval(100, 0)).as("2 failed checks reached, though not in a row").isEqualTo(ROLLBACK);
    }

    @Test
    void boundsAreInclusiveAndEitherMetricCanFailTheCheck() {
        FlaggerCanary canary = new FlaggerCanary(PODINFO);
        canary.onInterval(100, 0);
        assertThat(canary.onInterval(99, 500)).as("exactly min and max pass").isEqualTo(ADVANCE);
        assertThat(canary.onInterval(100, 501)).as("P99 above max").isEqualTo(HOLD);
        assertThat(canary.onInterval(98.9, 100)).as("success rate below min").isEqualTo(HOLD);
    }

    @Test
    void noDataIsAFailedCheck() {
        FlaggerCanary canary = new FlaggerCanary(PODINFO);
        canary.onInterval(Double.NaN, Double.NaN);
        assertThat(canary.onInterval(Double.NaN, 100)).isEqualTo(HOLD);
        assertThat(canary.onInterval(100, Double.NaN)).isEqualTo(HOLD);
        assertThat(canary.failedChecks()).isEqualTo(2);
    }

    @Test
    void aStepPastMaxWeightIsKeptThenPromotes() {
        FlaggerCanary canary = new FlaggerCanary(new FlaggerAnalysisSpec(60, 1, 30, 50, OptionalDouble.of(99),
                OptionalDouble.empty()));
        assertThat(run(canary, 100, 0, 10)).containsExactly(ADVANCE, ADVANCE, PROMOTE);
        assertThat(canary.canaryWeight()).as("30 + 30, Flagger caps at 100 only").isEqualTo(60);
    }

    @Test
    void defaultsAndLimitsAsFlaggersGetters() {
        FlaggerAnalysisSpec spec = new FlaggerAnalysisSpec(5, 0, 10, 100, OptionalDouble.empty(), OptionalDouble.empty());
        assertThat(spec.intervalSeconds()).isEqualTo(10);
        assertThat(spec.threshold()).isEqualTo(1);
        assertThat(FlaggerAnalysisSpec.DEFAULT_INTERVAL_SECONDS).isEqualTo(60);
        assertThatThrownBy(() -> new FlaggerAnalysisSpec(60, 1, 0, 50, OptionalDouble.empty(), OptionalDouble.empty()))
                .hasMessage("analysis.stepWeight must be in 1..100, was 0");
    }

    @Test
    void stepWeightsAreWalkedInOrderAndTheirLastIsTheMaxWeight() {
        FlaggerAnalysisSpec spec = new FlaggerAnalysisSpec(60, 1, 0, 0, List.of(5, 10, 25, 50), OptionalDouble.empty(),
                OptionalDouble.empty());
        assertThat(spec.maxWeight()).isEqualTo(50);
        FlaggerCanary canary = new FlaggerCanary(spec);
        List<Integer> weights = new ArrayList<>();
        while (canary.onInterval(true) == ADVANCE) {
            weights.add(canary.canaryWeight());
        }
        assertThat(weights).containsExactly(5, 10, 25, 50);
        assertThat(canary.finished()).isTrue();
        // nextStepWeight: from a weight not in the list, straight to 100; past the list at 100, a step of 1
        assertThat(spec.nextStepWeight(7)).isEqualTo(93);
        assertThat(spec.nextStepWeight(100)).isEqualTo(1);
        assertThatThrownBy(() -> new FlaggerAnalysisSpec(60, 1, 0, 0, List.of(10, 5), OptionalDouble.empty(),
                OptionalDouble.empty())).hasMessageContaining("must ascend");
    }

    @Test
    void onlyIntervalsWithTrafficOnTheCanaryCheck() {
        FlaggerCanary canary = new FlaggerCanary(new FlaggerAnalysisSpec(60, 1, 50, 100, OptionalDouble.empty(),
                OptionalDouble.empty()));
        assertThat(canary.checksThisInterval()).as("weight 0: Flagger starts the analysis without a check").isFalse();
        assertThat(canary.onInterval(false)).isEqualTo(ADVANCE);
        assertThat(canary.checksThisInterval()).isTrue();
        assertThat(canary.onInterval(false)).isEqualTo(HOLD);
        assertThat(canary.checksThisInterval()).as("threshold reached: the next interval rolls back").isFalse();
        assertThat(canary.onInterval(true)).isEqualTo(ROLLBACK);
    }
}
