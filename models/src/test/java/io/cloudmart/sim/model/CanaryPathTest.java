package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
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
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;
import io.cloudmart.sim.model.service.VersionMetrics;

/** A canary on the request path: weights rewritten mid-run, per-version windows, common random numbers. */
class CanaryPathTest {
    private static final double RATE = 20;
    private static final double CHANGE_AT = 800;
    private static final double END = 1600;
    private static final double Z_999 = 3.2905267314919255;

    private static Shop shop(double canaryErrorRate) {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        // the endpoint fails on its own too (1 %), so a version's draws taken from the endpoint's stream would show
        ServiceConfig api = new ServiceConfig("api", new PodShape(4, 512, 4),
                List.of(new Endpoint("get", List.of(new Step.Work(new Exponential(0.05))), 0.01)),
                List.of(new VersionConfig("stable", 2, 0, 1), new VersionConfig("canary", 2, canaryErrorRate, 1)));
        DestinationPolicy policy = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.LEAST_REQUEST,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of(HttpRoute.split(List.of(
                        new WeightedDestination("stable", 90), new WeightedDestination("canary", 10)))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, RATE)), List.of(new Journey("visit", 1, "front", "get")));
        SidecarSettings sidecars = SidecarSettings.defaults().withHopLatency(new Constant(0)).withMtlsMode(MtlsMode.DISABLE);
        return new Shop(load, List.of(front, api), Backends.NONE, null, new MeshConfig(sidecars, Map.of("api", policy)));
    }

    /** What a run read from the canary's windows, and its metrics. */
    private record Run(long[] canary, long[] all, double serverErrorRate, MetricsSnapshot metrics) {
    }

    /** Runs {@link #shop} with weights 90/10, rewritten to 50/50 at {@link #CHANGE_AT}, reading both halves' windows. */
    private static Run run(double canaryErrorRate, long seed) {
        Simulation sim = new Simulation(new RunSettings("canary", seed, 0, END, 100, 10));
        ShopWiring wiring = new ShopWiring(shop(canaryErrorRate), sim);
        new OpenLoopLoad(shop(canaryErrorRate).load(), sim, wiring::entry).start();
        VersionMetrics versions = wiring.service("api").versionMetrics();
        long[] canary = new long[2];
        long[] all = new long[2];
        double[] errors = new double[1];
        double window = CHANGE_AT - 100; // both halves after the first 100 s, within the 900 s kept
        sim.at(CHANGE_AT, "analysis, then the rollout's next step", () -> {
            canary[0] = versions.requests("canary", CHANGE_AT, window);
            all[0] = canary[0] + versions.requests("stable", CHANGE_AT, window);
            Map<String, Integer> weights = new LinkedHashMap<>();
            weights.put("stable", 50);
            weights.put("canary", 50);
            wiring.mesh().setWeights("api", weights);
        });
        sim.at(END - 1e-6, "analysis", () -> {
            canary[1] = versions.requests("canary", END, window);
            all[1] = canary[1] + versions.requests("stable", END, window);
            errors[0] = versions.serverErrorRate("canary", END, window);
        });
        ReplicationResult result = sim.run();
        return new Run(canary, all, errors[0], result.metrics());
    }

    private static void assertBinomial(long count, long trials, double p, String what) {
        double sd = Math.sqrt(trials * p * (1 - p));
        assertThat(Math.abs(count - trials * p)).as("%s: %d of %d, expected share %.2f", what, count, trials, p)
                .isLessThan(Z_999 * sd + 1);
    }

    /** The canary's share follows 10 % before the rewrite and 50 % after it, each within the binomial 99.9 % interval. */
    @Test
    void theCanaryShareFollowsTheWeightsRewrittenMidRun() {
        Run run = run(0.1, 41);
        assertThat(run.all[0]).isGreaterThan((long) (0.95 * RATE * 700));
        assertBinomial(run.canary[0], run.all[0], 0.10, "before");
        assertBinomial(run.canary[1], run.all[1], 0.50, "after");
        // the canary's 5xx share: its own 10 % and the endpoint's 1 %, independent: 1 − 0.9 × 0.99
        assertBinomial(Math.round(run.serverErrorRate * run.canary[1]), run.canary[1], 1 - 0.9 * 0.99, "canary 5xx");
        // results.json's figures (after warm-up) agree with the raw counters
        MetricsSnapshot m = run.metrics;
        assertThat(m.counter(VersionMetrics.key("api", "canary", "requests")))
                .isEqualTo(m.tally(VersionMetrics.key("api", "canary", "latency")).count());
        assertThat(m.counter(VersionMetrics.key("api", "canary", "requests"))
                + m.counter(VersionMetrics.key("api", "stable", "requests"))).isEqualTo(m.counter("svc.api.requests"));
    }

    /**
     * Common random numbers: a canary error rate of 0 or 0.1 changes which canary answers fail and nothing else
     * drawn: the same arrivals, routes, work and endpoint verdicts, so the stable version's figures are identical.
     */
    @Test
    void aVersionsErrorRateChangesOnlyItsOwnVerdicts() {
        Run clean = run(0, 42);
        Run faulty = run(0.1, 42);
        for (String key : List.of("client.arrivals", "svc.api.arrivals", VersionMetrics.key("api", "stable", "requests"),
                VersionMetrics.key("api", "stable", "errors"), VersionMetrics.key("api", "canary", "requests"))) {
            assertThat(faulty.metrics.counter(key)).as(key).isEqualTo(clean.metrics.counter(key));
        }
        for (String key : List.of("svc.api.latency", VersionMetrics.key("api", "stable", "latency"),
                VersionMetrics.key("api", "canary", "latency"))) {
            assertThat(faulty.metrics.tally(key)).as(key).isEqualTo(clean.metrics.tally(key));
        }
        assertThat(faulty.metrics.series().get("svc.api.arrivals")).isNotNull();
        assertThat(faulty.metrics.series().get("svc.api.arrivals").columns())
                .usingRecursiveComparison().isEqualTo(clean.metrics.series().get("svc.api.arrivals").columns());
        // and the knob did act: the canary's errors went up by about 10 % of its responses
        long canaryRequests = clean.metrics.counter(VersionMetrics.key("api", "canary", "requests"));
        long extra = faulty.metrics.counter(VersionMetrics.key("api", "canary", "errors"))
                - clean.metrics.counter(VersionMetrics.key("api", "canary", "errors"));
        assertBinomial(extra, canaryRequests, 0.1 * 0.99, "canary errors added");
    }
}
