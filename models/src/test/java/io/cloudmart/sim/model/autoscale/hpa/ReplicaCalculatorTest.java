package io.cloudmart.sim.model.autoscale.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-metric replica proposal against {@code replica_calculator.go} and the project's oracles 1 and 2. */
class ReplicaCalculatorTest {
    private static final double EPS = 1e-9;
    /** Sync time; the default pods started 1000 s before, well past the 300 s CPU initialization period. */
    private static final double NOW = 1000.0;
    private static final ReplicaCalculator CALCULATOR = new ReplicaCalculator(HpaControllerSettings.defaults());

    /** A pod Ready since its start at 0 s, with a fresh CPU sample. */
    private static PodMetrics pod(String name, double usageCores, double requestCores) {
        return PodMetrics.running(name, 0.0, NOW, usageCores, requestCores);
    }

    private static List<PodMetrics> pods(int count, double usageCores, double requestCores) {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(pod("web-" + i, usageCores, requestCores));
        }
        return pods;
    }

    private static List<PodMetrics> plus(List<PodMetrics> pods, PodMetrics... more) {
        List<PodMetrics> all = new ArrayList<>(pods);
        all.addAll(List.of(more));
        return all;
    }

    private static ReplicaCalculation calculate(MetricSpec metric, int current, List<PodMetrics> pods) {
        MetricEvaluation evaluation = CALCULATOR.evaluate(metric, current, pods, NOW);
        assertThat(evaluation).as("evaluation").isInstanceOf(ReplicaCalculation.class);
        return (ReplicaCalculation) evaluation;
    }

    private static MetricFailure fail(MetricSpec metric, int current, List<PodMetrics> pods) {
        MetricEvaluation evaluation = CALCULATOR.evaluate(metric, current, pods, NOW);
        assertThat(evaluation).as("evaluation").isInstanceOf(MetricFailure.class);
        return (MetricFailure) evaluation;
    }

    /** Oracle 1: 4 pods at 400 m of 500 m, target 50 % → 80 %, ratio 1.6, ceil(1.6 × 4) = 7. */
    @Test
    void oracle1UtilizationAboveTarget() {
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 4, pods(4, 0.4, 0.5));
        assertThat(result.currentUtilization()).isEqualTo(80);
        assertThat(result.currentAverageValue()).isCloseTo(0.4, within(EPS));
        assertThat(result.usageRatio()).isCloseTo(1.6, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(7);
        assertThat(result.readyPods()).isEqualTo(4);
        assertThat(result.withinTolerance()).isFalse();
    }

    /** Oracle 2: usage 270 m → 54 %, ratio 1.08 within the 0.1 tolerance → stays at 4. */
    @Test
    void oracle2WithinTolerance() {
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 4, pods(4, 0.27, 0.5));
        assertThat(result.currentUtilization()).isEqualTo(54);
        assertThat(result.usageRatio()).isCloseTo(1.08, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(4);
        assertThat(result.withinTolerance()).isTrue();
    }

    /** Ratio 1.09 (and 0.91) is inside [0.9, 1.1]; 1.11 and 0.89 are out: ceil(1.11 × 10) = 12, ceil(0.89 × 10) = 9. */
    @ParameterizedTest(name = "usage {0} cores of 1 → {1} replicas")
    @CsvSource({"1.09, 10, true", "1.11, 12, false", "0.91, 10, true", "0.89, 9, false"})
    void toleranceBand(double usage, int expected, boolean held) {
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(100), 10, pods(10, usage, 1.0));
        assertThat(result.desiredReplicas()).isEqualTo(expected);
        assertThat(result.withinTolerance()).isEqualTo(held);
    }

    /**
     * 159 m of 200 m is 79 % (79.5 truncated). Against a 72 % target the truncated ratio 79/72 = 1.097 is within the
     * tolerance, where 79.5/72 = 1.104 would have scaled to 2.
     */
    @Test
    void utilizationIsTruncatedToAnIntegerPercent() {
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(72), 1, List.of(pod("web-0", 0.159, 0.2)));
        assertThat(result.currentUtilization()).isEqualTo(79);
        assertThat(result.usageRatio()).isCloseTo(79.0 / 72.0, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(1);
    }

    /** Utilization is Σusage / Σrequest, not the mean of per-pod ratios: (100 + 900) / (200 + 300) = 200 %, not 175 %. */
    @Test
    void utilizationIsARatioOfSums() {
        List<PodMetrics> pods = List.of(pod("a", 0.1, 0.2), pod("b", 0.9, 0.3));
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(100), 2, pods);
        assertThat(result.currentUtilization()).isEqualTo(200);
        assertThat(result.desiredReplicas()).isEqualTo(4);
    }

    /**
     * Scale-up with 2 pods missing samples: they count at 0, so 4 pods at 60 % (ratio 1.2) become 1200 m over
     * 3000 m = 40 %, the direction flips and the count stays 6 (the ready pods alone would have said 5).
     */
    @Test
    void missingPodsOnScaleUpCountAtZeroAndCannotFlipTheDirection() {
        List<PodMetrics> pods = plus(pods(4, 0.3, 0.5), pod("new-0", 0, 0.5).withoutSample(),
                pod("new-1", 0, 0.5).withoutSample());
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 6, pods);
        assertThat(result.missingPods()).isEqualTo(2);
        assertThat(result.readyPods()).isEqualTo(4);
        assertThat(result.usageRatio()).isCloseTo(1.2, within(EPS));
        assertThat(result.currentUtilization()).as("status reports the original utilization").isEqualTo(60);
        assertThat(result.desiredReplicas()).isEqualTo(6);
    }

    /**
     * Missing pods on scale-up with a strong signal: 4 pods at 200 % of 250 m + 2 missing pods of 500 m at 0 →
     * 2000 m / 2000 m = 100 % → ceil(2.0 × 6) = 12, where the ready pods alone would ask for ceil(4 × 4) = 16.
     */
    @Test
    void missingPodsOnScaleUpEnterTheCount() {
        List<PodMetrics> pods = plus(pods(4, 0.5, 0.25), pod("new-0", 0, 0.5).withoutSample(),
                pod("new-1", 0, 0.5).withoutSample());
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 6, pods);
        assertThat(result.currentUtilization()).isEqualTo(200);
        assertThat(result.desiredReplicas()).isEqualTo(12);
        assertThat(calculate(MetricSpec.cpuUtilization(50), 4, pods(4, 0.5, 0.25)).desiredReplicas()).isEqualTo(16);
    }

    /**
     * Scale-down with 2 of 10 pods missing: they count at 100 % of their request, so 8 pods at 10 % (ratio 0.2)
     * become (400 + 1000) / 5000 = 28 % → ceil(0.56 × 10) = 6, not ceil(0.2 × 8) = 2.
     */
    @Test
    void missingPodsOnScaleDownCountAtTheirRequest() {
        List<PodMetrics> pods = plus(pods(8, 0.05, 0.5), pod("m-0", 0, 0.5).withoutSample(),
                pod("m-1", 0, 0.5).withoutSample());
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 10, pods);
        assertThat(result.currentUtilization()).isEqualTo(10);
        assertThat(result.desiredReplicas()).isEqualTo(6);
    }

    /**
     * Current Kubernetes fills missing pods on a scale-down at max(100 %, target) of the request: with a 150 %
     * target, 4 pods at 50 % + 1 missing at 150 % → 1750 / 2500 = 70 % → ceil(70/150 × 5) = 3 (at 100 % it would be 2).
     */
    @Test
    void missingPodsOnScaleDownUseTheTargetWhenAbove100Percent() {
        List<PodMetrics> pods = plus(pods(4, 0.25, 0.5), pod("m-0", 0, 0.5).withoutSample());
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(150), 5, pods);
        assertThat(result.desiredReplicas()).isEqualTo(3);
    }

    /**
     * Pending pods are set aside and count at 0 on a scale-up: 4 pods at 80 % + 2 Pending → 1600 / 3000 = 53 %,
     * ratio 1.06, within the tolerance → 6. Without the Pending pods the same load asks for 7.
     */
    @Test
    void pendingPodsDampenAScaleUp() {
        List<PodMetrics> ready = pods(4, 0.4, 0.5);
        ReplicaCalculation withPending = calculate(MetricSpec.cpuUtilization(50), 6,
                plus(ready, PodMetrics.pending("p-0", 0.5), PodMetrics.pending("p-1", 0.5)));
        assertThat(withPending.ignoredPods()).isEqualTo(2);
        assertThat(withPending.currentUtilization()).isEqualTo(80);
        assertThat(withPending.desiredReplicas()).isEqualTo(6);
        assertThat(calculate(MetricSpec.cpuUtilization(50), 4, ready).desiredReplicas()).isEqualTo(7);
    }

    /** On a scale-down set-aside pods stay out: 4 pods at 10 % + 2 Pending → ceil(0.2 × 4) = 1. */
    @Test
    void pendingPodsStayOutOfAScaleDown() {
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 6,
                plus(pods(4, 0.05, 0.5), PodMetrics.pending("p-0", 0.5), PodMetrics.pending("p-1", 0.5)));
        assertThat(result.ignoredPods()).isEqualTo(2);
        assertThat(result.desiredReplicas()).isEqualTo(1);
    }

    /**
     * Pods within the CPU initialization period that are not Ready are set aside even with a sample (their
     * start-up spike is not trusted) and count at 0: 4 pods at 100 % + 2 young ones at 100 % → 2000 / 3000 = 66 %
     * → ceil(1.32 × 6) = 8, where counting the young pods' samples would give 12.
     */
    @Test
    void initializingNotReadyPodsAreIgnoredAndCountAtZeroOnScaleUp() {
        PodMetrics young0 = PodMetrics.running("young-0", NOW - 60, NOW, 0.5, 0.5).withReadiness(false, NOW - 60, NOW - 60);
        PodMetrics young1 = PodMetrics.running("young-1", NOW - 60, NOW, 0.5, 0.5).withReadiness(false, NOW - 60, NOW - 60);
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 6, plus(pods(4, 0.5, 0.5), young0, young1));
        assertThat(result.ignoredPods()).isEqualTo(2);
        assertThat(result.readyPods()).isEqualTo(4);
        assertThat(result.currentUtilization()).isEqualTo(100);
        assertThat(result.desiredReplicas()).isEqualTo(8);

        ReplicaCalculation trusted = calculate(MetricSpec.cpuUtilization(50), 6, pods(6, 0.5, 0.5));
        assertThat(trusted.desiredReplicas()).isEqualTo(12);
    }

    /**
     * A Ready pod inside the initialization period is used only once a full sample window has passed since it
     * became Ready: transition at −20 s, window 15 s → a sample ending at −10 s is ignored, one ending now is used.
     */
    @Test
    void initializingReadyPodNeedsOneWindowAfterItsTransition() {
        PodMetrics young = PodMetrics.running("young", NOW - 60, NOW, 0.5, 0.5).withReadiness(true, NOW - 20, NOW - 60);
        MetricSpec cpu = MetricSpec.cpuUtilization(50);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), young.withSample(NOW - 10, 15))).ignoredPods()).isEqualTo(1);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), young.withSample(NOW - 5, 15))).ignoredPods()).isZero();
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), young.withSample(NOW, 15))).ignoredPods()).isZero();
    }

    /**
     * After the initialization period, a NotReady pod is set aside only if it never became Ready (its last
     * transition within the 30 s initial readiness delay of its start); one that went unready later is counted.
     */
    @Test
    void oldNotReadyPodIsIgnoredOnlyIfItWasNeverReady() {
        MetricSpec cpu = MetricSpec.cpuUtilization(50);
        PodMetrics neverReady = pod("old", 0.5, 0.5).withReadiness(false, 10.0, 0.0);
        PodMetrics wentUnready = pod("old", 0.5, 0.5).withReadiness(false, 100.0, 0.0);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), neverReady)).ignoredPods()).isEqualTo(1);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), wentUnready)).ignoredPods()).isZero();
    }

    /** A pod without a Ready condition or without a start time is set aside for CPU. */
    @Test
    void podWithoutConditionOrStartTimeIsIgnoredForCpu() {
        MetricSpec cpu = MetricSpec.cpuUtilization(50);
        PodMetrics noCondition = pod("x", 0.5, 0.5).withReadiness(null, null, 0.0);
        PodMetrics noStart = pod("x", 0.5, 0.5).withReadiness(true, 0.0, null);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), noCondition)).ignoredPods()).isEqualTo(1);
        assertThat(calculate(cpu, 5, plus(pods(4, 0.5, 0.5), noStart)).ignoredPods()).isEqualTo(1);
    }

    /**
     * Memory Utilization over whole pods, by hand: 3 pods, each app at 300 MiB plus the sidecar at its 128 MiB request
     * = 428 MiB, requesting 256 + 128 = 384 MiB: Σ usage / Σ requests = 1284 / 1152 = 111.46 %, truncated to 111;
     * target 70 → ratio 111 / 70 = 1.5857, ceil(3 × 1.5857) = ceil(4.757) = 5.
     */
    @Test
    void memoryUtilizationByHand() {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pods.add(pod("web-" + i, 0.1, 0.5).withMemory(300 + 128, 256.0 + 128));
        }
        ReplicaCalculation result = calculate(MetricSpec.memoryUtilization(70), 3, pods);
        assertThat(result.currentUtilization()).isEqualTo(111);
        assertThat(result.usageRatio()).isCloseTo(111.0 / 70, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(5);
    }

    /**
     * Memory AverageValue, by hand: 4 pods at 500, 520, 480 and 510 MiB average 502.5 MiB; target 400 MiB → ratio
     * 1.25625, ceil(4 × 1.25625) = ceil(5.025) = 6. Within the tolerance (430 MiB against 400: 1.075) nothing moves.
     */
    @Test
    void memoryAverageValueByHand() {
        double[] usages = {500, 520, 480, 510};
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < usages.length; i++) {
            pods.add(pod("web-" + i, 0.1, 0.5).withMemory(usages[i], 256.0));
        }
        ReplicaCalculation result = calculate(MetricSpec.memoryAverageValue(400), 4, pods);
        assertThat(result.currentAverageValue()).isCloseTo(502.5, within(1e-6));
        assertThat(result.usageRatio()).isCloseTo(1.25625, within(1e-9));
        assertThat(result.desiredReplicas()).isEqualTo(6);
        List<PodMetrics> near = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            near.add(pod("web-" + i, 0.1, 0.5).withMemory(430, 256.0));
        }
        ReplicaCalculation held = calculate(MetricSpec.memoryAverageValue(400), 4, near);
        assertThat(held.withinTolerance()).isTrue();
        assertThat(held.desiredReplicas()).isEqualTo(4);
    }

    /** Memory skips the readiness rules: young NotReady pods count with their samples (only Pending is set aside). */
    @Test
    void memoryIgnoresReadiness() {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(PodMetrics.running("web-" + i, NOW - 60, NOW, 0, 0.5).withReadiness(false, NOW - 60, NOW - 60)
                    .withMemory(384, 512.0));
        }
        ReplicaCalculation result = calculate(MetricSpec.memoryUtilization(50), 4, pods);
        assertThat(result.ignoredPods()).isZero();
        assertThat(result.currentUtilization()).isEqualTo(75);
        assertThat(result.desiredReplicas()).isEqualTo(6);
        assertThat(result.currentAverageValue()).isCloseTo(384, within(1e-6));
    }

    /** Terminating and Failed pods are left out entirely: 4 pods at 80 % → 7, whatever the other two report. */
    @Test
    void deletingAndFailedPodsAreDiscarded() {
        List<PodMetrics> pods = plus(pods(4, 0.4, 0.5), pod("gone", 0.0, 0.5).markedForDeletion(),
                pod("crashed", 0.0, 0.5).withPhase(PodPhase.FAILED));
        ReplicaCalculation result = calculate(MetricSpec.cpuUtilization(50), 6, pods);
        assertThat(result.discardedPods()).isEqualTo(2);
        assertThat(result.ignoredPods()).isZero();
        assertThat(result.desiredReplicas()).isEqualTo(7);
    }

    /** Any pod without a CPU request makes a CPU Utilization metric invalid; AverageValue does not need requests. */
    @Test
    void missingRequestInvalidatesUtilizationOnly() {
        List<PodMetrics> pods = plus(pods(3, 0.4, 0.5), pod("no-request", 0.4, 0.5).withCpu(0.4, null));
        MetricFailure failure = fail(MetricSpec.cpuUtilization(50), 4, pods);
        assertThat(failure.reason()).isEqualTo("FailedGetResourceMetric");
        assertThat(failure.message()).contains("missing request for cpu").contains("no-request");
        assertThat(calculate(MetricSpec.cpuAverageValue(0.2), 4, pods).desiredReplicas()).isEqualTo(8);
    }

    @Test
    void noPodsOrNoUsableSamplesFail() {
        assertThat(fail(MetricSpec.cpuUtilization(50), 2, List.of()).message()).contains("no pods");
        List<PodMetrics> allPending = List.of(PodMetrics.pending("p-0", 0.5), PodMetrics.pending("p-1", 0.5));
        assertThat(fail(MetricSpec.cpuUtilization(50), 2, allPending).message()).contains("did not receive metrics");
        List<PodMetrics> noSamples = List.of(pod("a", 0.1, 0.5).withoutSample());
        assertThat(fail(MetricSpec.cpuUtilization(50), 1, noSamples).message()).contains("did not receive metrics");
    }

    /** CPU AverageValue: 4 pods at 0.3 cores against 0.2 → ratio 1.5 → 6; the status reports 0.3 cores. */
    @Test
    void cpuAverageValue() {
        ReplicaCalculation result = calculate(MetricSpec.cpuAverageValue(0.2), 4, pods(4, 0.3, 0.5));
        assertThat(result.currentUtilization()).isNull();
        assertThat(result.currentAverageValue()).isCloseTo(0.3, within(EPS));
        assertThat(result.usageRatio()).isCloseTo(1.5, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(6);
    }

    /** CPU AverageValue keeps the CPU readiness rules: the young NotReady pod is set aside and counts at 0. */
    @Test
    void cpuAverageValueAppliesReadinessRules() {
        PodMetrics young = PodMetrics.running("young", NOW - 60, NOW, 0.9, 0.5).withReadiness(false, NOW - 60, NOW - 60);
        ReplicaCalculation result = calculate(MetricSpec.cpuAverageValue(0.2), 5, plus(pods(4, 0.3, 0.5), young));
        assertThat(result.ignoredPods()).isEqualTo(1);
        assertThat(result.desiredReplicas()).isEqualTo(6); // 1200 m / 5 = 240 m → ratio 1.2 → ceil(1.2 × 5)
    }

    /** Pods metric: 4 pods at 15 req/s against 10 → 6; readiness does not matter for custom metrics. */
    @Test
    void podsMetricAverageValue() {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(pod("web-" + i, 0, 0.5).withReadiness(false, NOW - 60, NOW - 60).withPodsMetric("rps", 15));
        }
        ReplicaCalculation result = calculate(MetricSpec.pods("rps", 10), 4, pods);
        assertThat(result.currentAverageValue()).isCloseTo(15, within(EPS));
        assertThat(result.ignoredPods()).isZero();
        assertThat(result.desiredReplicas()).isEqualTo(6);
    }

    /**
     * A pod without the Pods metric is missing; on a scale-down it counts at the target: 3 pods at 2 req/s + 1 at
     * 10 → 4 req/s → ratio 0.4 → ceil(1.6) = 2, not ceil(0.2 × 3) = 1. The status still reports 2 req/s.
     */
    @Test
    void podsMetricMissingOnScaleDownCountsAtTarget() {
        List<PodMetrics> pods = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pods.add(pod("web-" + i, 0, 0.5).withPodsMetric("rps", 2));
        }
        pods.add(pod("silent", 0, 0.5));
        ReplicaCalculation result = calculate(MetricSpec.pods("rps", 10), 4, pods);
        assertThat(result.missingPods()).isEqualTo(1);
        assertThat(result.currentAverageValue()).isCloseTo(2, within(EPS));
        assertThat(result.desiredReplicas()).isEqualTo(2);
    }

    @Test
    void duplicatePodNamesAreRejected() {
        assertThatThrownBy(() -> CALCULATOR.evaluate(MetricSpec.cpuUtilization(50), 2,
                List.of(pod("same", 0.1, 0.5), pod("same", 0.1, 0.5)), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
    }

    @Test
    void milliConversionRoundsUpButSnapsBinaryNoise() {
        assertThat(ReplicaCalculator.toMilli(0.159, 1000)).isEqualTo(159);
        assertThat(ReplicaCalculator.toMilli(1.0 / 3.0, 1000)).isEqualTo(334);
        assertThat(ReplicaCalculator.toMilli(0.0, 1000)).isZero();
    }
}
