package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import io.cloudmart.sim.model.rollout.BlueGreenRelease;
import io.cloudmart.sim.model.rollout.PreviewTest;
import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.VersionMetric;
import io.cloudmart.sim.model.rollout.analysis.MetricSpec;
import io.cloudmart.sim.model.rollout.canary.BlueGreenSpec;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;
import io.cloudmart.sim.model.service.VersionMetrics;

/** The blue-green controller over a running shop: the preview beside the active stack, the switch, the figures. */
class BlueGreenLoopTest {
    private static final int REPLICAS = 5;
    private static final double START = 120;
    private static final double END = 600;
    private static final double RATE = 50;
    private static final double TEST_RATE = 10;

    /** Success rate ≥ 95 % over 60 s, measured once 60 s after the preview is Ready. */
    private static final MetricSpec SUCCESS_RATE = MetricSpec.named("success-rate").withSuccessCondition("result >= 0.95")
            .withInitialDelay(60);

    private static RolloutConfig rollout(boolean analysis, boolean test) {
        BlueGreenSpec spec = BlueGreenSpec.withDefaults(REPLICAS);
        List<AnalysisMetric> metrics = List.of();
        if (analysis) {
            spec = spec.withPrePromotionAnalysis();
            metrics = List.of(new AnalysisMetric(SUCCESS_RATE, VersionMetric.SUCCESS_RATE, 60));
        }
        return RolloutConfig.blueGreen("api", "api", "blue", "green", START,
                new BlueGreenRelease(spec, "api", "api-preview", metrics,
                        test ? Optional.of(new PreviewTest("get", TEST_RATE)) : Optional.empty()), List.of());
    }

    private static Shop shop(double greenErrorRate, RolloutConfig rollout) {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", new PodShape(4, 512, 4),
                List.of(new Endpoint("get", List.of(new Step.Work(new Exponential(0.02))), 0.0)),
                List.of(new VersionConfig("blue", REPLICAS, 0, 1), new VersionConfig("green", 0, greenErrorRate, 1)));
        DestinationPolicy policy = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.LEAST_REQUEST,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of(HttpRoute.split(List.of(
                        new WeightedDestination("blue", 100), new WeightedDestination("green", 0)))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, RATE)), List.of(new Journey("visit", 1, "front", "get")));
        SidecarSettings sidecars = SidecarSettings.defaults().withHopLatency(new Constant(0)).withMtlsMode(MtlsMode.DISABLE);
        return new Shop(load, List.of(front, api), Backends.NONE, null, new MeshConfig(sidecars, Map.of("api", policy)),
                null, List.of(rollout));
    }

    /** One second: green's and all answers in it, and the pods of each version that hold capacity at its end. */
    private record Second(double at, long green, long all, int greenPods, int bluePods) {
        double greenShare() {
            return all == 0 ? Double.NaN : (double) green / all;
        }
    }

    private record Run(RolloutSummary summary, List<Second> seconds, List<ControlEvent> journal) {
        Second at(double t) {
            return seconds.stream().filter(s -> s.at >= t).findFirst().orElseThrow();
        }

        double eventAt(String decision) {
            return journal.stream().filter(e -> e.decision().equals(decision)).findFirst().orElseThrow().time();
        }
    }

    private static Run run(double greenErrorRate, RolloutConfig rollout) {
        Simulation sim = new Simulation(new RunSettings("blue-green", 7, 0, END, 60, 10));
        Shop shop = shop(greenErrorRate, rollout);
        ShopWiring wiring = new ShopWiring(shop, sim);
        new OpenLoopLoad(shop.load(), sim, wiring::entry).start();
        List<Second> seconds = new ArrayList<>();
        long[] last = new long[2];
        // added after the control plane: runs after the rollout's reconcile of the same second
        sim.every(1, Priority.LAST, "probe", () -> {
            VersionMetrics m = wiring.service("api").versionMetrics();
            long green = m.totalRequests("green");
            long all = green + m.totalRequests("blue");
            var pods = wiring.service("api").pods();
            seconds.add(new Second(sim.now(), green - last[0], all - last[1],
                    (int) pods.stream().filter(p -> p.version().name().equals("green") && holds(p.state())).count(),
                    (int) pods.stream().filter(p -> p.version().name().equals("blue") && holds(p.state())).count()));
            last[0] = green;
            last[1] = all;
        });
        ReplicationResult result = sim.run();
        RolloutSummary summary = result.attachments().get(RolloutReport.class).orElseThrow().rollouts().get(0);
        List<ControlEvent> journal = result.controlEvents().stream().filter(e -> e.controller().equals("rollout/api")).toList();
        return new Run(summary, seconds, journal);
    }

    private static boolean holds(PodState state) {
        return state != PodState.PENDING && state != PodState.GONE;
    }

    /** Oracle: all traffic moves in one reconcile; green answers nothing before, everything one second after. */
    @Test
    void theSwitchMovesAllTrafficWithinOneReconcile() {
        Run run = run(0, rollout(false, false));
        RolloutSummary s = run.summary;
        assertThat(s.strategy()).isEqualTo(ReleaseStrategy.BLUE_GREEN);
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PROMOTED);
        double switched = s.atSeconds();
        assertThat(run.eventAt("ActiveSwitched")).isEqualTo(switched);
        // the preview comes up with all its pods beside the active stack: 10 pods while both run
        assertThat(run.at(switched - 1).greenPods()).isEqualTo(REPLICAS);
        assertThat(run.at(switched - 1).bluePods()).isEqualTo(REPLICAS);
        for (Second second : run.seconds) {
            if (second.at > START && second.at <= switched) {
                assertThat(second.green()).as("green's answers in the second to %s", second.at).isZero();
            } else if (second.at >= switched + 2) {
                assertThat(second.greenShare()).as("green's share in the second to %s", second.at).isEqualTo(1.0);
            }
        }
        ReleaseFigures f = s.release();
        assertThat(f.exposedRequests()).isZero();
        assertThat(f.firstTrafficAt()).isEqualTo(switched);
        assertThat(f.fullTrafficAt()).isEqualTo(switched);
        assertThat(f.peakShare()).isEqualTo(1.0);
        // the old stack goes scaleDownDelaySeconds after the switch
        assertThat(run.eventAt("RevisionScaledDown")).isEqualTo(switched + 30);
        assertThat(run.at(switched + 31).bluePods()).isZero();
        // no cluster: pod-hours only
        assertThat(f.extraNodeHours()).isNaN();
        assertThat(f.extraCost()).isNaN();
    }

    /** Extra pods: the preview's 5 from when they run until the old stack is gone, above spec.replicas = 5. */
    @Test
    void extraPodHoursAreThePreviewsPodsWhileBothStacksRun() {
        Run run = run(0, rollout(false, false));
        double extraPodSeconds = 0;
        for (Second second : run.seconds) {
            extraPodSeconds += Math.max(0, second.greenPods() + second.bluePods() - REPLICAS);
        }
        // one-second samples of the same pods: the same integral within a pod-second per change of count
        assertThat(run.summary.release().extraPodHours() * 3600).isCloseTo(extraPodSeconds, within(2.0 * REPLICAS));
        double switched = run.summary.atSeconds();
        double firstRunning = run.seconds.stream().filter(s -> s.at > START && s.greenPods() > 0).findFirst().orElseThrow().at;
        assertThat(run.summary.release().extraPodHours() * 3600)
                .isCloseTo(REPLICAS * (switched + 30 - firstRunning), within(2.0 * REPLICAS));
    }

    /**
     * A preview test at 10 per second feeds the pre-promotion analysis; with 10 % errors the run Fails, the rollout
     * aborts, no user ever reaches green, and the preview goes abortScaleDownDelaySeconds later.
     */
    @Test
    void aBadPreviewIsCaughtOnTheTestJobsRequestsAlone() {
        Run run = run(0.10, rollout(true, true));
        RolloutSummary s = run.summary;
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.ABORTED);
        assertThat(s.why()).startsWith("PRE_PROMOTION_ANALYSIS");
        assertThat(s.measurements()).singleElement().satisfies(m ->
                assertThat(m.value()).isCloseTo(0.90, within(4 * Math.sqrt(0.1 * 0.9 / (60 * TEST_RATE)))));
        ReleaseFigures f = s.release();
        assertThat(f.exposedRequests()).isZero();
        assertThat(f.peakShare()).isZero();
        assertThat(f.firstTrafficAt()).isNaN();
        // every answer green gave was the test Job's
        assertThat(f.previewTestRequests()).isEqualTo(s.canaryRequests());
        assertThat(f.previewTestErrors()).isEqualTo(s.canaryErrors());
        double readyAt = s.measurements().get(0).atSeconds() - 60;
        assertThat((double) f.previewTestRequests()).isCloseTo(TEST_RATE * (s.atSeconds() - readyAt), within(2 * TEST_RATE));
        assertThat(run.eventAt("RevisionScaledDown")).isEqualTo(s.atSeconds() + 30);
        assertThat(run.at(s.atSeconds() + 31).greenPods()).isZero();
        assertThat(run.at(END - 1).bluePods()).isEqualTo(REPLICAS);
    }

    /** The test Job's requests are the preview's only traffic and never count as users'. */
    @Test
    void aGoodPreviewPassesAndItsTestTrafficIsCountedApart() {
        Run run = run(0, rollout(true, true));
        RolloutSummary s = run.summary;
        assertThat(s.outcome()).isEqualTo(RolloutOutcome.PROMOTED);
        ReleaseFigures f = s.release();
        assertThat(f.exposedRequests()).isZero();
        assertThat(f.previewTestErrors()).isZero();
        // users reach green only after the switch: green's answers less the test's are what it answered since, but
        // for the test requests still in flight at the switch (the Job stops then; at 10 per second, 20 ms each)
        long afterSwitch = run.seconds.stream().filter(x -> x.at > s.atSeconds()).mapToLong(Second::green).sum();
        assertThat(s.canaryRequests() - f.previewTestRequests()).isBetween(afterSwitch - (long) TEST_RATE, afterSwitch);
    }
}
