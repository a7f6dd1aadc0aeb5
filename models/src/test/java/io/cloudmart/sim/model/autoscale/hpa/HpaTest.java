package io.cloudmart.sim.model.autoscale.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The reconcile loop and its normalization against {@code horizontal.go} and the project's oracles 1–4. */
class HpaTest {
    private static final double EPS = 1e-9;
    private static final double REQUEST = 1.0;
    private static final MetricSpec CPU_50 = MetricSpec.cpuUtilization(50);

    /** {@code count} pods started long ago, Ready, each using {@code utilization} % of a 1-core request. */
    private static List<PodMetrics> pods(int count, double utilization, double now) {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(PodMetrics.running("web-" + i, -10_000, now, utilization / 100.0 * REQUEST, REQUEST));
        }
        return pods;
    }

    /** Pods whose CPU utilization makes a 50 % target recommend exactly {@code raw} replicas from {@code count}. */
    private static List<PodMetrics> recommending(int raw, int count, double now) {
        return pods(count, 50.0 * raw / count, now);
    }

    private static Hpa withBehavior(int min, int max, Behavior behavior) {
        return new Hpa(new HpaSpec(min, max, List.of(CPU_50), behavior));
    }

    /** Oracle 1 with default behavior: 80 % against 50 % → 7; the default scale-up limit max(4 + 4, 2 × 4) = 8 allows it. */
    @Test
    void oracle1DefaultBehaviorScalesUpTo7() {
        Hpa hpa = withBehavior(1, 20, Behavior.defaults());
        HpaDecision decision = hpa.reconcile(0, 4, pods(4, 80, 0));
        assertThat(decision.desiredReplicas()).isEqualTo(7);
        assertThat(decision.rawRecommendation()).isEqualTo(7);
        assertThat(decision.stabilizedRecommendation()).isEqualTo(7);
        assertThat(decision.limit()).isEqualTo(ScalingLimit.NONE);
        MetricDecision cpu = decision.metrics().get(0);
        assertThat(cpu.name()).isEqualTo("cpu");
        assertThat(cpu.targetType()).isEqualTo(MetricTargetType.UTILIZATION);
        assertThat(cpu.target()).isEqualTo(50.0);
        assertThat(cpu.currentValue()).isEqualTo(80.0);
        assertThat(cpu.proposal()).isEqualTo(7);
    }

    /** The same default limit caps a stronger signal: 120 % → raw 10, capped at 8 by the scale-up policies. */
    @Test
    void defaultScaleUpPoliciesCapAt8From4() {
        HpaDecision decision = withBehavior(1, 20, Behavior.defaults()).reconcile(0, 4, pods(4, 120, 0));
        assertThat(decision.rawRecommendation()).isEqualTo(10);
        assertThat(decision.desiredReplicas()).isEqualTo(8);
        assertThat(decision.limit()).isEqualTo(ScalingLimit.SCALE_UP_POLICY);
    }

    /** Oracle 2: 54 % against 50 % (ratio 1.08) is within the tolerance: stays 4, limited by the tolerance. */
    @Test
    void oracle2StaysWithinTolerance() {
        HpaDecision decision = withBehavior(1, 20, Behavior.defaults()).reconcile(0, 4, pods(4, 54, 0));
        assertThat(decision.desiredReplicas()).isEqualTo(4);
        assertThat(decision.scales()).isFalse();
        assertThat(decision.limit()).isEqualTo(ScalingLimit.TOLERANCE);
    }

    /**
     * Oracle 3: at 10 replicas, recommendations 10 at t−240 s, 6 at t−60 s and 5 now keep the count at 10 (the
     * highest of the 300 s window) until the 10 ages out: at 300 s it is exactly 300 s old and out of the window
     * ({@code After(cutoff)}), so the count drops to 6, the highest left; the 6 leaves at 480 s.
     */
    @Test
    void oracle3ScaleDownWaitsForTheWindowMaximumToAgeOut() {
        Hpa hpa = withBehavior(1, 20, Behavior.defaults());
        assertThat(hpa.reconcile(0, 10, recommending(10, 10, 0)).desiredReplicas()).isEqualTo(10);
        HpaDecision at180 = hpa.reconcile(180, 10, recommending(6, 10, 180));
        assertThat(at180.rawRecommendation()).isEqualTo(6);
        assertThat(at180.desiredReplicas()).isEqualTo(10);
        assertThat(at180.limit()).isEqualTo(ScalingLimit.SCALE_DOWN_STABILIZED);
        HpaDecision at240 = hpa.reconcile(240, 10, recommending(5, 10, 240));
        assertThat(at240.rawRecommendation()).isEqualTo(5);
        assertThat(at240.stabilizedRecommendation()).isEqualTo(10);
        assertThat(at240.desiredReplicas()).isEqualTo(10);
        assertThat(hpa.reconcile(299, 10, recommending(5, 10, 299)).desiredReplicas()).isEqualTo(10);
        HpaDecision at300 = hpa.reconcile(300, 10, recommending(5, 10, 300));
        assertThat(at300.desiredReplicas()).isEqualTo(6);
        assertThat(at300.limit()).isEqualTo(ScalingLimit.SCALE_DOWN_STABILIZED);
        // at 6 replicas the pods carry the same load: 6 pods recommending 5
        assertThat(hpa.reconcile(479, 6, recommending(5, 6, 479)).desiredReplicas()).isEqualTo(6);
        HpaDecision at480 = hpa.reconcile(480, 6, recommending(5, 6, 480));
        assertThat(at480.desiredReplicas()).isEqualTo(5);
        assertThat(at480.limit()).isEqualTo(ScalingLimit.NONE);
    }

    /** A new HPA records the current count as its first recommendation, so it does not scale down for 300 s. */
    @Test
    void newHpaDoesNotScaleDownWithinTheFirstWindow() {
        Hpa hpa = withBehavior(1, 20, Behavior.defaults());
        assertThat(hpa.reconcile(0, 10, recommending(2, 10, 0)).desiredReplicas()).isEqualTo(10);
        assertThat(hpa.reconcile(285, 10, recommending(2, 10, 285)).desiredReplicas()).isEqualTo(10);
        assertThat(hpa.reconcile(300, 10, recommending(2, 10, 300)).desiredReplicas()).isEqualTo(2);
    }

    /** Oracle 4, legacy path: current 3, raw 20 → min(maxReplicas, max(2 × 3, 4)) = 6. */
    @Test
    void oracle4LegacyScaleUpLimit() {
        Hpa hpa = new Hpa(HpaSpec.of(1, 30, CPU_50));
        HpaDecision decision = hpa.reconcile(0, 3, pods(3, 330, 0));
        assertThat(decision.rawRecommendation()).isEqualTo(20);
        assertThat(decision.desiredReplicas()).isEqualTo(6);
        assertThat(decision.limit()).isEqualTo(ScalingLimit.LEGACY_SCALE_UP_LIMIT);
        HpaDecision fromOne = new Hpa(HpaSpec.of(1, 30, CPU_50)).reconcile(0, 1, pods(1, 1000, 0));
        assertThat(fromOne.desiredReplicas()).as("max(2 × 1, 4)").isEqualTo(4);
        HpaDecision capped = new Hpa(HpaSpec.of(1, 5, CPU_50)).reconcile(0, 3, pods(3, 330, 0));
        assertThat(capped.desiredReplicas()).isEqualTo(5);
        assertThat(capped.limit()).isEqualTo(ScalingLimit.MAX_REPLICAS);
    }

    /**
     * Legacy downscale stabilization keeps the highest recommendation of the last 300 s, counting one exactly
     * 300 s old ({@code !Before(cutoff)}): the initial 10 at 0 s still holds at 300 s and is gone at 301 s.
     */
    @Test
    void legacyStabilizationIncludesTheWindowBoundary() {
        Hpa hpa = new Hpa(HpaSpec.of(1, 30, CPU_50));
        HpaDecision first = hpa.reconcile(0, 10, recommending(5, 10, 0));
        assertThat(first.desiredReplicas()).isEqualTo(10);
        assertThat(first.limit()).isEqualTo(ScalingLimit.SCALE_DOWN_STABILIZED);
        assertThat(hpa.reconcile(300, 10, recommending(5, 10, 300)).desiredReplicas()).isEqualTo(10);
        HpaDecision after = hpa.reconcile(301, 10, recommending(5, 10, 301));
        assertThat(after.desiredReplicas()).isEqualTo(5);
        assertThat(after.limit()).isEqualTo(ScalingLimit.NONE);
    }

    /** Legacy stabilization is a max over the window in both directions: an earlier higher recommendation lifts a scale-up. */
    @Test
    void legacyStabilizationLiftsALaterLowerScaleUp() {
        Hpa hpa = new Hpa(HpaSpec.of(1, 100, CPU_50));
        assertThat(hpa.reconcile(0, 3, pods(3, 330, 0)).desiredReplicas()).isEqualTo(6); // raw 20, capped at 6
        HpaDecision next = hpa.reconcile(15, 6, recommending(10, 6, 15));
        assertThat(next.rawRecommendation()).isEqualTo(10);
        assertThat(next.stabilizedRecommendation()).isEqualTo(20);
        assertThat(next.desiredReplicas()).isEqualTo(12); // max(2 × 6, 4)
    }

    /** Legacy minReplicas clamp applies to the stabilized recommendation. */
    @Test
    void legacyClampsToMinReplicas() {
        Hpa hpa = new Hpa(HpaSpec.of(3, 30, CPU_50));
        hpa.reconcile(0, 5, recommending(5, 5, 0));
        HpaDecision decision = hpa.reconcile(400, 5, recommending(1, 5, 400));
        assertThat(decision.desiredReplicas()).isEqualTo(3);
        assertThat(decision.limit()).isEqualTo(ScalingLimit.MIN_REPLICAS);
    }

    /**
     * A scale-up stabilization window keeps the lowest recommendation: with 60 s, a jump from 4 to 8 waits until the
     * 4s recorded at 0 s are 60 s old.
     */
    @Test
    void scaleUpStabilizationKeepsTheWindowMinimum() {
        Behavior behavior = new Behavior(new ScalingRules(60, null, null), null);
        Hpa hpa = withBehavior(1, 20, behavior);
        assertThat(hpa.reconcile(0, 4, recommending(4, 4, 0)).desiredReplicas()).isEqualTo(4);
        HpaDecision held = hpa.reconcile(15, 4, recommending(8, 4, 15));
        assertThat(held.rawRecommendation()).isEqualTo(8);
        assertThat(held.desiredReplicas()).isEqualTo(4);
        assertThat(held.limit()).isEqualTo(ScalingLimit.SCALE_UP_STABILIZED);
        assertThat(hpa.reconcile(45, 4, recommending(8, 4, 45)).desiredReplicas()).isEqualTo(4);
        HpaDecision released = hpa.reconcile(60, 4, recommending(8, 4, 60));
        assertThat(released.desiredReplicas()).isEqualTo(8);
        assertThat(released.limit()).isEqualTo(ScalingLimit.NONE);
    }

    /**
     * Website example: 80 replicas, scale-down policies {Pods 4 / 60 s, Percent 10 / 60 s}, Max: the Percent
     * policy removes 8 (80 → 72). The 8 removed stay in the 60 s window, so the next step (72 → 64, floor(64.8))
     * comes only at 60 s, then 64 → 57 at 120 s. Below 40 replicas the Pods policy removes more (30 → 26).
     */
    @Test
    void scaleDownPoliciesActPerRollingPeriod() {
        Behavior behavior = new Behavior(null,
                new ScalingRules(0, null, List.of(Policy.pods(4, 60), Policy.percent(10, 60))));
        Hpa hpa = withBehavior(1, 100, behavior);
        int replicas = 80;
        List<Integer> counts = new ArrayList<>();
        for (int t = 0; t <= 120; t += 15) {
            HpaDecision decision = hpa.reconcile(t, replicas, recommending(10, replicas, t));
            assertThat(decision.rawRecommendation()).isLessThan(20);
            assertThat(decision.limit()).isEqualTo(ScalingLimit.SCALE_DOWN_POLICY);
            replicas = decision.desiredReplicas();
            counts.add(replicas);
        }
        assertThat(counts).containsExactly(72, 72, 72, 72, 64, 64, 64, 64, 57);

        Hpa small = withBehavior(1, 100, behavior);
        assertThat(small.reconcile(0, 30, recommending(10, 30, 0)).desiredReplicas()).isEqualTo(26);
    }

    /** Scale-up events enter periodStart too: Pods 4 / 60 s from 10 gives 14, then 14 holds until the event is 60 s old. */
    @Test
    void selectPolicyMinTakesTheSmallestChange() {
        Behavior behavior = new Behavior(
                new ScalingRules(0, SelectPolicy.MIN, List.of(Policy.pods(4, 60), Policy.percent(100, 60))), null);
        Hpa hpa = withBehavior(1, 100, behavior);
        HpaDecision first = hpa.reconcile(0, 10, recommending(40, 10, 0));
        assertThat(first.desiredReplicas()).isEqualTo(14);
        assertThat(first.limit()).isEqualTo(ScalingLimit.SCALE_UP_POLICY);
        assertThat(hpa.reconcile(15, 14, recommending(40, 14, 15)).desiredReplicas()).isEqualTo(14);
        assertThat(hpa.reconcile(45, 14, recommending(40, 14, 45)).desiredReplicas()).isEqualTo(14);
        assertThat(hpa.reconcile(60, 14, recommending(40, 14, 60)).desiredReplicas()).isEqualTo(18);

        Behavior max = new Behavior(new ScalingRules(0, SelectPolicy.MAX, List.of(Policy.pods(4, 60),
                Policy.percent(100, 60))), null);
        assertThat(withBehavior(1, 100, max).reconcile(0, 10, recommending(40, 10, 0)).desiredReplicas()).isEqualTo(20);
    }

    /** Scale-downs free room for scale-ups in the same period: after 10 → 6, Pods 2 / 60 s allows 6 + 4 + 2 = 12. */
    @Test
    void scaleDownEventsEnterTheScaleUpPeriodStart() {
        Behavior behavior = new Behavior(new ScalingRules(0, null, List.of(Policy.pods(2, 60))),
                new ScalingRules(0, null, List.of(Policy.pods(4, 60))));
        Hpa hpa = withBehavior(1, 100, behavior);
        assertThat(hpa.reconcile(0, 10, recommending(2, 10, 0)).desiredReplicas()).isEqualTo(6);
        HpaDecision up = hpa.reconcile(15, 6, recommending(30, 6, 15));
        assertThat(up.desiredReplicas()).isEqualTo(12);
    }

    @Test
    void disabledSelectPolicyBlocksThatDirection() {
        Behavior noDown = new Behavior(null, new ScalingRules(0, SelectPolicy.DISABLED, null));
        Hpa hpa = withBehavior(1, 20, noDown);
        HpaDecision down = hpa.reconcile(0, 10, recommending(2, 10, 0));
        assertThat(down.desiredReplicas()).isEqualTo(10);
        assertThat(down.limit()).isEqualTo(ScalingLimit.SCALING_POLICY_DISABLED);
        assertThat(hpa.reconcile(15, 10, recommending(14, 10, 15)).desiredReplicas()).isEqualTo(14);

        Behavior noUp = new Behavior(new ScalingRules(null, SelectPolicy.DISABLED, null), null);
        HpaDecision up = withBehavior(1, 20, noUp).reconcile(0, 4, recommending(8, 4, 0));
        assertThat(up.desiredReplicas()).isEqualTo(4);
        assertThat(up.limit()).isEqualTo(ScalingLimit.SCALING_POLICY_DISABLED);
    }

    @Test
    void boundsCapTheRateLimitedValue() {
        HpaDecision up = withBehavior(1, 6, Behavior.defaults()).reconcile(0, 4, pods(4, 120, 0));
        assertThat(up.desiredReplicas()).isEqualTo(6);
        assertThat(up.limit()).isEqualTo(ScalingLimit.MAX_REPLICAS);
        Behavior immediateDown = new Behavior(null, new ScalingRules(0, null, null));
        HpaDecision down = withBehavior(3, 20, immediateDown).reconcile(0, 10, recommending(1, 10, 0));
        assertThat(down.desiredReplicas()).isEqualTo(3);
        assertThat(down.limit()).isEqualTo(ScalingLimit.MIN_REPLICAS);
    }

    /** Above maxReplicas the target goes straight to max, below minReplicas to min, without reading any metric. */
    @Test
    void outOfBoundsTargetsGoToTheBoundWithoutMetrics() {
        Hpa hpa = withBehavior(2, 10, Behavior.defaults());
        HpaDecision above = hpa.reconcile(0, 25, List.of());
        assertThat(above.desiredReplicas()).isEqualTo(10);
        assertThat(above.limit()).isEqualTo(ScalingLimit.MAX_REPLICAS);
        assertThat(above.metrics()).isEmpty();
        assertThat(above.rawRecommendation()).isNull();
        HpaDecision below = hpa.reconcile(15, 1, List.of());
        assertThat(below.desiredReplicas()).isEqualTo(2);
        assertThat(below.limit()).isEqualTo(ScalingLimit.MIN_REPLICAS);
    }

    /** A target scaled to 0 by hand is left alone while minReplicas is not 0. */
    @Test
    void zeroReplicasDisableScaling() {
        HpaDecision decision = withBehavior(1, 10, Behavior.defaults()).reconcile(0, 0, List.of());
        assertThat(decision.desiredReplicas()).isZero();
        assertThat(decision.limit()).isEqualTo(ScalingLimit.SCALING_DISABLED);
    }

    /** Several metrics: the highest proposal wins (CPU says 4, requests per second say 6). */
    @Test
    void multipleMetricsTakeTheMaximum() {
        HpaSpec spec = new HpaSpec(1, 20, List.of(CPU_50, MetricSpec.pods("rps", 10)), Behavior.defaults());
        List<PodMetrics> pods = new ArrayList<>();
        for (PodMetrics pod : pods(4, 50, 0)) {
            pods.add(pod.withPodsMetric("rps", 15));
        }
        HpaDecision decision = new Hpa(spec).reconcile(0, 4, pods);
        assertThat(decision.metrics()).extracting(MetricDecision::proposal).containsExactly(4, 6);
        assertThat(decision.metrics().get(1).currentValue()).isCloseTo(15.0, within(EPS));
        assertThat(decision.desiredReplicas()).isEqualTo(6);
    }

    /** A failing metric (memory without requests) blocks a scale-down the other metric proposes, not a scale-up. */
    @Test
    void failingMetricBlocksScaleDownOnly() {
        HpaSpec spec = new HpaSpec(1, 20, List.of(CPU_50, MetricSpec.memoryUtilization(50)),
                new Behavior(null, new ScalingRules(0, null, null)));
        HpaDecision down = new Hpa(spec).reconcile(0, 10, recommending(4, 10, 0));
        assertThat(down.metrics().get(1).valid()).isFalse();
        assertThat(down.metrics().get(1).evaluation()).isInstanceOf(MetricFailure.class);
        assertThat(down.desiredReplicas()).isEqualTo(10);
        assertThat(down.limit()).isEqualTo(ScalingLimit.METRICS_MISSING);
        HpaDecision up = new Hpa(spec).reconcile(0, 4, recommending(7, 4, 0));
        assertThat(up.desiredReplicas()).isEqualTo(7);
    }

    @Test
    void allMetricsFailingMeansNoAction() {
        List<PodMetrics> noSamples = new ArrayList<>();
        for (PodMetrics pod : pods(4, 90, 0)) {
            noSamples.add(pod.withoutSample());
        }
        HpaDecision decision = withBehavior(1, 20, Behavior.defaults()).reconcile(0, 4, noSamples);
        assertThat(decision.desiredReplicas()).isEqualTo(4);
        assertThat(decision.limit()).isEqualTo(ScalingLimit.METRICS_MISSING);
        assertThat(decision.rawRecommendation()).isNull();
    }

    /** Per-direction tolerance (HPAConfigurableTolerance): 0.05 up makes ratio 1.08 scale; down falls back to 0.1. */
    @Test
    void behaviorToleranceOverridesTheClusterTolerance() {
        Behavior behavior = new Behavior(new ScalingRules(null, null, null, 0.05), null);
        HpaDecision up = withBehavior(1, 20, behavior).reconcile(0, 4, pods(4, 54, 0));
        assertThat(up.desiredReplicas()).isEqualTo(5);
        HpaDecision legacy = new Hpa(HpaSpec.of(1, 20, CPU_50)).reconcile(0, 4, pods(4, 54, 0));
        assertThat(legacy.desiredReplicas()).isEqualTo(4);
    }

    /** History stays bounded: over 6 h of 15 s syncs with a wavering load, no more than a window's worth is kept. */
    @Test
    void memoryStaysBounded() {
        Hpa hpa = withBehavior(1, 50, Behavior.defaults());
        int replicas = 5;
        int changes = 0;
        int mostRecommendations = 0;
        int mostEvents = 0;
        for (int step = 0; step < 6 * 240; step++) {
            double t = step * 15.0;
            double utilization = 50 + 45 * Math.sin(step / 7.0);
            HpaDecision decision = hpa.reconcile(t, replicas, pods(replicas, utilization, t));
            changes += decision.scales() ? 1 : 0;
            replicas = decision.desiredReplicas();
            mostRecommendations = Math.max(mostRecommendations, hpa.rememberedRecommendations());
            mostEvents = Math.max(mostEvents, hpa.rememberedScaleEvents());
        }
        assertThat(changes).as("the load makes it scale").isGreaterThan(20);
        assertThat(mostRecommendations).isLessThanOrEqualTo(300 / 15 + 2);
        assertThat(mostEvents).as("events older than the 15 s periods are dropped").isLessThanOrEqualTo(2);
    }

    @Test
    void reconcileRejectsTimeGoingBack() {
        Hpa hpa = withBehavior(1, 20, Behavior.defaults());
        hpa.reconcile(30, 4, pods(4, 50, 30));
        assertThatThrownBy(() -> hpa.reconcile(15, 4, pods(4, 50, 15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not before");
        assertThatThrownBy(() -> hpa.reconcile(45, -1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
