package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.theory.QueueingFormulas;
import io.cloudmart.sim.model.gateway.GatewayConfig;
import io.cloudmart.sim.model.gateway.JwtVerificationCost;
import io.cloudmart.sim.model.gateway.UtcClock;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.mesh.ConnectionPoolSettings;
import io.cloudmart.sim.model.mesh.DestinationPolicy;
import io.cloudmart.sim.model.mesh.GiM1;
import io.cloudmart.sim.model.mesh.HttpRoute;
import io.cloudmart.sim.model.mesh.LbPolicy;
import io.cloudmart.sim.model.mesh.MeshConfig;
import io.cloudmart.sim.model.mesh.MtlsMode;
import io.cloudmart.sim.model.mesh.RetryOn;
import io.cloudmart.sim.model.mesh.RetryPolicy;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.mesh.SidecarSettings;
import io.cloudmart.sim.model.mesh.WeightedDestination;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;

/** The mesh on the request path, against queueing theory and Istio's documented behaviour. */
class MeshPathTest {
    private static final double MEAN_WORK = 0.1;
    private static final double REL_TOL = 0.03;
    private static final SidecarSettings FREE_SIDECARS =
            SidecarSettings.defaults().withHopLatency(new Constant(0)).withMtlsMode(MtlsMode.DISABLE);

    /** front → api through the mesh; front is a trivial hop so the client sees api's latency. */
    private static Shop shop(double rate, List<VersionConfig> versions, DestinationPolicy apiPolicy) {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", new PodShape(1, 512, 1),
                List.of(Endpoint.ofWork("get", new Exponential(MEAN_WORK))), versions);
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, rate)), List.of(new Journey("visit", 1, "front", "get")));
        return new Shop(load, List.of(front, api), Backends.NONE, null,
                new MeshConfig(FREE_SIDECARS, Map.of("api", apiPolicy)));
    }

    private static DestinationPolicy balanced(LbPolicy lb) {
        return new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, lb, ConnectionPoolSettings.ISTIO_DEFAULT,
                null, List.of());
    }

    private static Estimate latency(LbPolicy lb, double rate) {
        ExperimentResult result = ReplicationRunner.onAllCores().run(new RunSettings("lb", 31, 0, 6_000, 300, 10), 8,
                shop(rate, List.of(VersionConfig.stable(4)), balanced(lb)));
        return result.estimate(m -> m.tally("client.latency").mean());
    }

    private static void assertNear(Estimate simulated, double theory) {
        assertThat(simulated.covers(theory) || Math.abs(simulated.mean() - theory) < REL_TOL * theory)
                .as("theory %.5f vs %s", theory, simulated).isTrue();
    }

    /**
     * Four single-worker pods at ρ = 0.8: RANDOM splits Poisson into four M/M/1 queues; ROUND_ROBIN
     * gives each pod every fourth arrival, Erlang-4 gaps, so E4/M/1 (GI/M/1); LEAST_REQUEST (two
     * random choices) lies between ROUND_ROBIN and one central queue, M/M/4.
     */
    @Test
    void balancersMatchQueueingTheory() {
        double lambda = 0.8 * 4 / MEAN_WORK;
        double mu = 1 / MEAN_WORK;
        Estimate random = latency(LbPolicy.RANDOM, lambda);
        Estimate roundRobin = latency(LbPolicy.ROUND_ROBIN, lambda);
        Estimate leastRequest = latency(LbPolicy.LEAST_REQUEST, lambda);
        assertNear(random, 1 / (mu - lambda / 4));
        assertNear(roundRobin, GiM1.roundRobinMeanSojourn(4, lambda, mu));
        double mm4 = QueueingFormulas.mmcMeanSojourn(lambda, mu, 4);
        assertThat(leastRequest.mean()).isBetween(mm4, roundRobin.mean());
    }

    /** A 90/10 split: the canary answers every request with 500, so errors count the canary's share. */
    @Test
    void weightedSplitSendsTheRightShare() {
        DestinationPolicy split = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.ROUND_ROBIN,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of(HttpRoute.split(List.of(
                        new WeightedDestination("stable", 90), new WeightedDestination("canary", 10)))));
        Shop shop = shop(20, List.of(new VersionConfig("stable", 9, 0, 1), new VersionConfig("canary", 1, 1.0, 1)), split);
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("split", 32, 0, 2_000, 0, 10), 1, shop)
                .replications().get(0).metrics();
        long n = m.counter("client.requests");
        double share = m.counter("client.errors") / (double) n;
        double sd = Math.sqrt(0.1 * 0.9 / n);
        assertThat(share).isCloseTo(0.1, within(3.29 * sd));
    }

    /** With retryOn 5xx and 2 attempts, a failure probability p makes each request cost 1 + p + p² tries. */
    @Test
    void retriesMultiplyTheLoadByTheExpectedFactor() {
        double p = 0.3;
        DestinationPolicy retrying = new DestinationPolicy(RetryPolicy.NO_TIMEOUT,
                RetryPolicy.istioDefault().withRetryOn(RetryOn.parse("5xx")), LbPolicy.ROUND_ROBIN,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of());
        Shop shop = shop(5, List.of(new VersionConfig("stable", 4, p, 1)), retrying);
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("retries", 33, 0, 20_000, 0, 10), 1, shop)
                .replications().get(0).metrics();
        double factor = m.counter(ServiceMetrics.key("api", "requests")) / (double) m.counter("client.requests");
        assertThat(factor).isCloseTo(1 + p + p * p, within(0.01));
        assertThat(m.counter(ServiceMesh.metricKey("api", "retries")))
                .isEqualTo(m.counter(ServiceMetrics.key("api", "requests")) - m.counter("client.requests"));
        double allFailed = m.counter("client.errors") / (double) m.counter("client.requests");
        assertThat(allFailed).isCloseTo(p * p * p, within(0.004));
    }

    /**
     * During an outage every connection is refused: Istio's default retryOn retries connect failures
     * twice (three tries), then the caller gets 503; outside the outage nothing fails.
     */
    @Test
    void anOutageIsRetriedAsConnectFailuresThenAnswered503() {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", new PodShape(4, 512, 4),
                List.of(Endpoint.ofWork("get", new Exponential(0.01))), List.of(VersionConfig.stable(2)),
                List.of(new io.cloudmart.sim.model.service.Outage(100, 50)));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 10)), List.of(new Journey("visit", 1, "front", "get")));
        Shop shop = new Shop(load, List.of(front, api), Backends.NONE, null,
                new MeshConfig(FREE_SIDECARS, Map.of()));
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("outage", 34, 0, 300, 0, 10), 1, shop)
                .replications().get(0).metrics();
        long failed = m.counter("client.errors");
        long refused = m.counter(ServiceMetrics.key("api", "refused"));
        assertThat(failed).isBetween(400L, 600L); // about 10/s for 50 s
        // a request refused just before the outage ends may succeed on its retry: a few extra refusals
        assertThat(refused).isBetween(3 * failed, 3 * failed + 10);
        assertThat(m.counter(ServiceMesh.metricKey("api", "retries"))).isBetween(2 * failed, 2 * failed + 10);
    }

    /** A full connection pool answers 503 UO on the first try (Envoy circuit breaking), and the run goes on. */
    @Test
    void aFullConnectionPoolFailsFastWithOverflow() {
        DestinationPolicy tight = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.ROUND_ROBIN,
                new ConnectionPoolSettings(1, 1, ConnectionPoolSettings.ISTIO_DEFAULT.http2MaxRequests(),
                        ConnectionPoolSettings.ISTIO_DEFAULT.maxRetries()), null, List.of());
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("pool", 35, 0, 200, 0, 10), 1,
                shop(20, List.of(VersionConfig.stable(4)), tight)).replications().get(0).metrics();
        long overflows = m.counter(ServiceMesh.metricKey("api", "overflows"));
        assertThat(overflows).isPositive();
        assertThat(m.counter("client.errors")).isEqualTo(overflows);
        assertThat(m.counter("client.ok") + m.counter("client.errors")).isEqualTo(m.counter("client.requests"));
    }

    /**
     * {@code http1MaxPendingRequests: 0} and {@code maxRetries: 0} are "unset" in Istio: a run with them is
     * the same run, metric for metric, as one without the fields; a tight pool of 1 connection overflows
     * with neither. (Before, 0 turned the pending queue and every retry off.)
     */
    @Test
    void zeroPoolLimitsRunExactlyAsAbsentOnes() {
        ConnectionPoolSettings absent = ConnectionPoolSettings.ISTIO_DEFAULT.withMaxConnections(1);
        ConnectionPoolSettings zeros = new ConnectionPoolSettings(1, 0, absent.http2MaxRequests(), 0);
        MetricsSnapshot withZeros = onePoolRun(zeros);
        MetricsSnapshot withoutFields = onePoolRun(absent);
        assertThat(withZeros.counters()).isEqualTo(withoutFields.counters());
        assertThat(withZeros.tallies()).isEqualTo(withoutFields.tallies());
        assertThat(withZeros.counter(ServiceMesh.metricKey("api", "overflows"))).isZero();
        assertThat(withZeros.counter(ServiceMesh.metricKey("api", "retries"))).as("retries still happen").isPositive();
    }

    /** api with 4 pods failing 30 % of requests (retried on 5xx) behind a pool of {@code pool}, 2 requests/s for 500 s. */
    private static MetricsSnapshot onePoolRun(ConnectionPoolSettings pool) {
        DestinationPolicy policy = new DestinationPolicy(RetryPolicy.NO_TIMEOUT,
                RetryPolicy.istioDefault().withRetryOn(RetryOn.parse("5xx")), LbPolicy.ROUND_ROBIN, pool, null, List.of());
        return ReplicationRunner.onAllCores().run(new RunSettings("zeros", 39, 0, 500, 0, 10), 1,
                shop(2, List.of(new VersionConfig("stable", 4, 0.3, 1)), policy)).replications().get(0).metrics();
    }

    /**
     * {@code maxRetries: 1} at 200 requests/s to pods that always answer 500, retried on 5xx: many retries are
     * refused by the retry circuit breaker. Envoy then passes the upstream's own 500 on (flag UO, no 503 of
     * its own): every client answer is the 500, none is 503 UO, and {@code overflows} counts the refusals.
     */
    @Test
    void aFullRetryBudgetPassesTheUpstreamAnswerOn() {
        MetricsSnapshot m = retryBudgetRun(new VersionConfig("stable", 4, 1.0, 1), List.of(), "5xx");
        long requests = m.counter("client.requests");
        long overflows = m.counter(ServiceMesh.metricKey("api", "overflows"));
        assertThat(overflows).as("retries refused").isGreaterThan(requests / 20);
        assertThat(m.counter("client.outcome.500")).isEqualTo(requests);
        assertThat(m.counter("client.outcome.503_UO")).isZero();
        long retries = m.counter(ServiceMesh.metricKey("api", "retries"));
        assertThat(m.counter(ServiceMetrics.key("api", "requests"))).isEqualTo(requests + retries);
        assertThat(requests + retries).as("a refused request made 1 or 2 tries, the others 3")
                .isBetween(3 * requests - 2 * overflows, 3 * requests - overflows);
    }

    /** The same with every connection refused (an outage): a refused retry leaves Envoy's 503 for the connect failure (UF), not 503 UO. */
    @Test
    void aFullRetryBudgetAfterAConnectFailureAnswers503() {
        MetricsSnapshot m = retryBudgetRun(VersionConfig.stable(4), List.of(new io.cloudmart.sim.model.service.Outage(0, 1e6)),
                RetryOn.ISTIO_DEFAULT);
        long requests = m.counter("client.requests");
        assertThat(m.counter(ServiceMesh.metricKey("api", "overflows"))).isGreaterThan(requests / 20);
        assertThat(m.counter("client.outcome.503")).isEqualTo(requests);
        assertThat(m.counter("client.outcome.503_UO")).isZero();
    }

    /** Clients call api directly through the mesh at 200/s for 100 s; api's pool allows 1 outstanding retry. */
    private static MetricsSnapshot retryBudgetRun(VersionConfig version, List<io.cloudmart.sim.model.service.Outage> outages,
                                                  String retryOn) {
        ServiceConfig api = new ServiceConfig("api", new PodShape(4, 512, 100),
                List.of(Endpoint.ofWork("get", new Exponential(0.005))), List.of(version), outages);
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 200)), List.of(new Journey("visit", 1, "api", "get")));
        DestinationPolicy policy = new DestinationPolicy(RetryPolicy.NO_TIMEOUT,
                RetryPolicy.istioDefault().withRetryOn(RetryOn.parse(retryOn)), LbPolicy.ROUND_ROBIN,
                ConnectionPoolSettings.ISTIO_DEFAULT.withMaxRetries(1), null, List.of());
        Shop shop = new Shop(load, List.of(api), Backends.NONE, null, new MeshConfig(FREE_SIDECARS, Map.of("api", policy)));
        return ReplicationRunner.onAllCores().run(new RunSettings("budget", 40, 0, 100, 0, 10), 1, shop)
                .replications().get(0).metrics();
    }

    /** A route table whose only route needs a header nobody sends: Envoy answers 404 NR and sends nothing. */
    @Test
    void noMatchingRouteAnswers404() {
        DestinationPolicy headerOnly = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE,
                LbPolicy.ROUND_ROBIN, ConnectionPoolSettings.ISTIO_DEFAULT, null,
                List.of(HttpRoute.to(io.cloudmart.sim.model.mesh.RouteMatch.header("x-cohort", "beta"), "stable")));
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("nr", 36, 0, 100, 0, 10), 1,
                shop(5, List.of(VersionConfig.stable(2)), headerOnly)).replications().get(0).metrics();
        assertThat(m.counter(ServiceMetrics.key("api", "arrivals"))).isZero();
        assertThat(m.counter(ServiceMesh.metricKey("api", "noRoute"))).isEqualTo(m.counter("client.requests"));
    }

    /** A pod that fails every request is ejected by outlier detection; the run log tells when. */
    @Test
    void aFailingPodIsEjectedAndTheLogSaysSo() {
        DestinationPolicy watched = new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.NONE, LbPolicy.ROUND_ROBIN,
                ConnectionPoolSettings.ISTIO_DEFAULT, io.cloudmart.sim.model.mesh.OutlierDetection.istioDefault(),
                List.of());
        var result = ReplicationRunner.onAllCores().run(new RunSettings("eject", 37, 0, 300, 0, 10), 1,
                shop(20, List.of(new VersionConfig("stable", 9, 0, 1), new VersionConfig("bad", 1, 1.0, 1)), watched))
                .replications().get(0);
        assertThat(result.metrics().counter(ServiceMesh.metricKey("api", "outlier.ejections"))).isPositive();
        assertThat(result.log()).anySatisfy(entry -> assertThat(entry.text()).contains("api-bad-0", "ejected"));
    }

    /**
     * Sidecar latency is drawn per proxy: with a constant 1 ms per sidecar, no mTLS and constant 10 ms of work,
     * a client calling api directly passes api's sidecar only (11 ms); client → front → api passes front's
     * inbound sidecar, then front's outbound and api's inbound ones (13 ms); through the gateway (0.2 ms of
     * Kong CPU) api's sidecar only (11.2 ms). One request a second, so nothing queues.
     */
    @Test
    void sidecarLatencyIsPaidPerProxyPassed() {
        assertThat(perProxyRun(false, "api")).isCloseTo(0.011, within(1e-9));
        assertThat(perProxyRun(false, "front")).isCloseTo(0.013, within(1e-9));
        assertThat(perProxyRun(true, "api")).isCloseTo(0.0112, within(1e-9));
    }

    /** Mean client latency with journeys entering at {@code entry}, through a gateway or not. */
    private static double perProxyRun(boolean gateway, String entry) {
        ServiceConfig front = new ServiceConfig("front", 1, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", 2, new PodShape(4, 512, 100),
                List.of(Endpoint.ofWork("get", new Constant(0.010))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 1)), List.of(new Journey("visit", 1, entry, "get")));
        SidecarSettings oneMs = SidecarSettings.defaults().withHopLatency(new Constant(0.001)).withMtlsMode(MtlsMode.DISABLE);
        GatewayConfig kong = !gateway ? null : new GatewayConfig(1, new PodShape(2, 512, 1000), new Constant(0.0002), null,
                JwtVerificationCost.defaults(), null, GatewayConfig.DEFAULT_SHARED_STORE_TRIP,
                UtcClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));
        Shop shop = new Shop(load, List.of(front, api), Backends.NONE, kong, new MeshConfig(oneMs, Map.of()));
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("proxies", 41, 0, 300, 0, 10), 1, shop)
                .replications().get(0).metrics();
        assertThat(m.counter("client.ok")).isEqualTo(m.counter("client.requests")).isGreaterThan(200);
        return m.tally("client.latency").mean();
    }

    /** Pooled mTLS: one handshake per (calling pod, called pod) pair, then reuse while within the idle timeout. */
    @Test
    void mtlsHandshakesOncePerPodPair() {
        ServiceConfig front = new ServiceConfig("front", 2, new PodShape(1000, 512, 100_000),
                List.of(new Endpoint("get", List.of(new Step.Call("api", "get", false)), 0.0)));
        ServiceConfig api = new ServiceConfig("api", 3, new PodShape(4, 512, 4),
                List.of(Endpoint.ofWork("get", new Exponential(0.01))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 50)), List.of(new Journey("visit", 1, "front", "get")));
        SidecarSettings strict = SidecarSettings.defaults().withHopLatency(new Constant(0)).withMtlsMode(MtlsMode.STRICT);
        Shop shop = new Shop(load, List.of(front, api), Backends.NONE, null, new MeshConfig(strict, Map.of()));
        MetricsSnapshot m = ReplicationRunner.onAllCores().run(new RunSettings("mtls", 38, 0, 300, 0, 10), 1, shop)
                .replications().get(0).metrics();
        assertThat(m.counter(ServiceMesh.metricKey("api", "handshakes"))).isEqualTo(2 * 3);
        assertThat(m.counter(ServiceMesh.metricKey("front", "handshakes"))).isEqualTo(1 * 2); // from the clients
    }
}
