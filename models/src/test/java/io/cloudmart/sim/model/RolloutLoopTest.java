package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Priority;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.OpenLoopLoad;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.mesh.ConnectionPoolSettings;
import io.cloudmart.sim.model.mesh.DestinationPolicy;
import io.cloudmart.sim.model.mesh.HttpRoute;
import io.cloudmart.sim.model.mesh.LbPolicy;
import io.cloudmart.sim.model.mesh.MeshConfig;
import io.cloudmart.sim.model.mesh.MtlsMode;
import io.cloudmart.sim.model.mesh.RetryPolicy;
import io.cloudmart.sim.model.mesh.SidecarSettings;
import io.cloudmart.sim.model.mesh.WeightedDestination;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.CanarySpec;
import io.cloudmart.sim.model.rollout.canary.CanaryStep;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;

/** The rollout controller over a running shop: Argo's canary steps, replica math and analysis on live traffic. */
class RolloutLoopTest {
    private static final int REPLICAS = 5;
    private static final double START = 120;
    private static final double END = 900;
    private static final double PAUSE = 60;

    /** setWeight 20, pause, analysis (success rate ≥ 95 % over 60 s), setWeight 30, pause, setWeight 70, pause. */
    /** Success rate ≥ 95 %, one measurement. */
    private static final MetricSpec SUCCESS_RATE = MetricSpec.named("success-rate").withSuccessCondition("result >= 0.95");

    private static RolloutConfig rollout(boolean dynamicStableScale, MetricSpec success) {
        List<CanaryStep> steps = List.of(new CanaryStep.SetWeight(20), CanaryStep.Pause.forSeconds(PAUSE),
                new CanaryStep.Analysis(), new CanaryStep.SetWeight(30), CanaryStep.Pause.forSeconds(PAUSE),
                new CanaryStep.SetWeight(70), CanaryStep.Pause.forSeconds(PAUSE));
        return new RolloutConfig("api", "api", "stable", "canary", START, CanarySpec.withDefaults(REPLICAS, steps).withDynamicStableScale(dynamicStableScale),
                Map.of(2, List.of(new AnalysisMetric(success, VersionMetric.SUCCESS_RATE, 60))), List.of(), List.of());
    }

    private static Shop shop(double canaryErrorRate, boolean dynamicStableScale, MetricSpec metric) {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", new PodShape(4, 512, 4),
                List.of(new Endpoint("get", List.of(new Step.Work(new Exponential(0.02))), 0.0)),
                List.of(new VersionConfig("stable", REPLICAS, 0, 1), new VersionConfig("canary", 0, canaryErrorRate, 1)));
        DestinationPolicy policy = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.LEAST_REQUEST,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of(HttpRoute.split(List.of(
                        new WeightedDestination("stable", 100), new WeightedDestination("canary", 0)))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 50)), List.of(new Journey("visit", 1, "front", "get")));
        SidecarSettings sidecars = SidecarSettings.defaults().withHopLatency(new Constant(0)).withMtlsMode(MtlsMode.DISABLE);
        return new Shop(load, List.of(front, api), Backends.NONE, null, new MeshConfig(sidecars, Map.of("api", policy)),
                null, List.of(rollout(dynamicStableScale, metric)));
    }

    /** What the cluster looked like at one second: the canary's mesh weight and its pods (not terminating). */
    private record Sample(double at, int canaryWeight, int canaryPods, int readyCanaryPods, int stablePods) {
    }

    private record Run(RolloutSummary summary, List<Sample> samples, List<ControlEvent> journal) {
        Sample at(double t) {
            return samples.stream().filter(s -> s.at >= t).findFirst().orElseThrow();
        }
    }

    private static Run run(double canaryErrorRate) {
        return run(canaryErrorRate, false);
    }

    private static Run run(double canaryErrorRate, boolean dynamicStableScale) {
        return run(canaryErrorRate, dynamicStableScale, SUCCESS_RATE);
    }

    private static Run run(double canaryErrorRate, boolean dynamicStableScale, MetricSpec metric) {
        Simulation sim = new Simulation(new RunSettings("rollout", 7, 0, END, 100, 10));
        Shop shop = shop(canaryErrorRate, dynamicStableScale, metric);
        ShopWiring wiring = new ShopWiring(shop, sim);
        new OpenLoopLoad(shop.load(), sim, wiring::entry).start();
        List<Sample> samples = new ArrayList<>();
        // added after the control plane: runs after the rollout's reconcile of the same second
        sim.every(1, Priority.LAST, "probe", () -> {
            int weight = wiring.mesh().routes("api").get(0).destinations().stream()
                    .filter(d -> d.subset().equals("canary")).mapToInt(WeightedDestination::weight).sum();
            var pods = wiring.service("api").pods();
            samples.add(new Sample(sim.now(), weight,
                    (int) pods.stream().filter(p -> p.version().name().equals("canary") && p.state() != PodState.TERMINATING).count(),
                    (int) pods.stream().filter(p -> p.version().name().equals("canary") && p.state() == PodState.READY).count(),
                    (int) pods.stream().filter(p -> p.version().name().equals("stable") && p.state() != PodState.TERMINATING).count()));
        });
        ReplicationResult result = sim.run();
        RolloutSummary summary = result.attachments().get(RolloutReport.class).orElseThrow().rollouts().get(0);
        return new Run(summary, samples, result.controlEvents());
    }

    private static int ceilShare(int weight) {
        return (int) Math.ceil(weight * REPLICAS / 100.0);
    }

    /** Oracle: 10 % errors under successRate ≥ 0.95 fail the first measurement, and Argo aborts at once. */
    @Test
    void aBadReleaseIsAbortedAtItsFirstMeasurementAndScaledAwayAfterTheDelay() {
        Run run = run(0.10);
        RolloutSummary s = run.summary;
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.ABORTED);
        assertThat(s.measurements()).hasSize(1);
        RolloutSummary.Measurement first = s.measurements().get(0);
        assertThat(first.phase()).isEqualTo(AnalysisPhase.FAILED);
        assertThat(first.value()).isBetween(0.80, 0.95);
        assertThat(s.atSeconds()).isEqualTo(first.atSeconds());
        assertThat(s.why()).startsWith("STEP_ANALYSIS");
        // no initialDelay: the run measures as the analysis step starts
        assertThat(first.atSeconds()).isEqualTo(s.stepStarts().get(2).atSeconds());
        double abortedAt = s.atSeconds();
        assertThat(run.at(abortedAt).canaryWeight()).isZero();
        assertThat(run.at(abortedAt - 1).canaryWeight()).isEqualTo(20);
        int delay = RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS;
        assertThat(run.at(abortedAt + delay - 1).canaryPods()).isEqualTo(ceilShare(20));
        assertThat(run.at(abortedAt + delay).canaryPods()).isZero();
        assertThat(run.at(END - 1).stablePods()).isEqualTo(REPLICAS);
        assertThat(s.canaryRequests()).isPositive();
        assertThat(s.canaryErrors()).isPositive().isLessThan(s.canaryRequests());
        // the journal holds the measurement with its value and phase, and the abort
        assertThat(run.journal).anySatisfy(e -> {
            assertThat(e.controller()).isEqualTo("rollout/api");
            assertThat(e.decision()).isEqualTo("measurement");
            assertThat(e.inputs()).containsEntry("phase", "Failed").containsEntry("metric", "success-rate");
        });
        assertThat(run.journal).anySatisfy(e -> assertThat(e.decision()).isEqualTo("Aborted"));
    }

    /** A healthy release passes its analysis and is promoted after the last step; the old pods go after the delay. */
    @Test
    void aHealthyReleaseIsPromotedAfterTheLastStep() {
        Run run = run(0);
        RolloutSummary s = run.summary;
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PROMOTED);
        assertThat(s.measurements()).singleElement().satisfies(m -> assertThat(m.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL));
        assertThat(s.stepStarts()).extracting(RolloutSummary.StepStart::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        double lastPauseStart = s.stepStarts().get(6).atSeconds();
        assertThat(s.atSeconds()).isGreaterThanOrEqualTo(lastPauseStart + PAUSE);
        assertThat(run.at(s.atSeconds()).canaryWeight()).isEqualTo(100);
        assertThat(run.at(END - 1).canaryPods()).isEqualTo(REPLICAS);
        assertThat(run.at(s.atSeconds() + RolloutDefaults.SCALE_DOWN_DELAY_SECONDS + 1).stablePods()).isZero();
        assertThat(s.canaryErrors()).isZero();
    }

    /**
     * The canary's share of requests follows its weight × time: arrivals are Poisson (50 per second) and the router
     * sends each to the canary with probability weight / 100, so the canary's count is Poisson with mean
     * 50 × ∫ weight(t) / 100 dt (thinning); it must lie within 4 standard deviations of that. The probe samples the
     * weight each second after the rollout's reconcile, so each sample holds for the second that follows it.
     */
    @Test
    void theCanarysShareOfRequestsMatchesItsWeightOverTime() {
        Run run = run(0);
        double expected = 0;
        for (Sample sample : run.samples) {
            expected += 50 * sample.canaryWeight() / 100.0;
        }
        assertThat(expected).isGreaterThan(10_000); // the steps 20, 30, 70 and 100 % after promotion all count
        assertThat((double) run.summary.canaryRequests()).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(4 * Math.sqrt(expected)));
        // and a weight that is 10 points off would be told apart: the interval is narrower than that difference
        assertThat(4 * Math.sqrt(expected)).isLessThan(0.1 * expected);
    }

    /** Traffic-routed replica math: during each pause the canary has ceil(weight × replicas / 100) pods, all Ready. */
    @Test
    void theCanaryPodCountFollowsTheCeilingOfItsWeightShare() {
        Run run = run(0);
        RolloutSummary s = run.summary;
        for (int pauseStep : List.of(1, 4, 6)) {
            double start = s.stepStarts().get(pauseStep).atSeconds();
            for (double t = start; t < start + PAUSE; t++) {
                Sample sample = run.at(t);
                assertThat(sample.canaryPods()).as("at %s s, weight %d", t, sample.canaryWeight())
                        .isEqualTo(ceilShare(sample.canaryWeight()));
                assertThat(sample.readyCanaryPods()).isEqualTo(sample.canaryPods());
            }
        }
        // 20, 30, 70 of 5 pods: 1, 2, 4 (rounding down would give 1, 1, 3)
        assertThat(List.of(1, 4, 6)).map(i -> run.at(s.stepStarts().get(i).atSeconds()).canaryPods())
                .containsExactly(1, 2, 4);
    }

    /**
     * dynamicStableScale: the stable version keeps ceil((100 − weight) × replicas / 100) pods during each pause
     * (80, 70, 30 % of 5: 4, 4, 2), where it keeps all 5 without it.
     */
    @Test
    void withDynamicStableScaleTheStableVersionShrinksAsTheCanaryGrows() {
        Run run = run(0, true);
        RolloutSummary s = run.summary;
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PROMOTED);
        assertThat(List.of(1, 4, 6)).map(i -> run.at(s.stepStarts().get(i).atSeconds() + PAUSE / 2).stablePods())
                .containsExactly(4, 4, 2);
        Run fixed = run(0);
        assertThat(List.of(1, 4, 6)).map(i -> fixed.at(fixed.summary.stepStarts().get(i).atSeconds() + PAUSE / 2)
                .stablePods()).containsExactly(REPLICAS, REPLICAS, REPLICAS);
    }

    /** interval 30 s, count 3: three measurements 30 s apart, the step ends with the third, Successful. */
    @Test
    void aMetricWithIntervalAndCountIsMeasuredOnItsScheduleAndTheStepWaitsForIt() {
        Run run = run(0, false, SUCCESS_RATE.withInterval(30).withCount(3));
        RolloutSummary s = run.summary;
        double analysisStart = s.stepStarts().get(2).atSeconds();
        assertThat(s.measurements()).extracting(RolloutSummary.Measurement::atSeconds)
                .containsExactly(analysisStart, analysisStart + 30, analysisStart + 60);
        assertThat(s.measurements()).allSatisfy(m -> assertThat(m.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL));
        assertThat(s.stepStarts().get(3).atSeconds()).isEqualTo(analysisStart + 60);
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PROMOTED);
    }

    /**
     * Both conditions set and neither holds (80 % success: not ≥ 95 %, not < 50 %): Inconclusive, which pauses the
     * rollout (InconclusiveAnalysisRun) with the canary keeping its 20 % rather than aborting.
     */
    @Test
    void anInconclusiveAnalysisPausesTheRollout() {
        Run run = run(0.2, false, SUCCESS_RATE.withFailureCondition("result < 0.5"));
        RolloutSummary s = run.summary;
        assertThat(s.measurements()).singleElement()
                .satisfies(m -> assertThat(m.phase()).isEqualTo(AnalysisPhase.INCONCLUSIVE));
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PAUSED);
        assertThat(s.why()).isEqualTo("InconclusiveAnalysisRun");
        assertThat(s.atSeconds()).isEqualTo(s.measurements().get(0).atSeconds());
        assertThat(run.at(END - 1).canaryWeight()).isEqualTo(20);
        assertThat(run.at(END - 1).canaryPods()).isEqualTo(ceilShare(20));
    }
}
