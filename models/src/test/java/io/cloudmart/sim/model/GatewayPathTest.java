package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.model.gateway.ClientPopulation;
import io.cloudmart.sim.model.gateway.GatewayConfig;
import io.cloudmart.sim.model.gateway.JwtAlgorithm;
import io.cloudmart.sim.model.gateway.JwtVerificationCost;
import io.cloudmart.sim.model.gateway.RateLimitPeriod;
import io.cloudmart.sim.model.gateway.RateLimitPolicy;
import io.cloudmart.sim.model.gateway.RateLimitingConfig;
import io.cloudmart.sim.model.gateway.SlidingWindowConfig;
import io.cloudmart.sim.model.gateway.UtcClock;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;

/** The gateway on the request path: limits per window reach the clients as 429s. */
class GatewayPathTest {
    private static final double DURATION = 600;

    private static MetricsSnapshot run(double rate, int nodes, RateLimitPolicy policy) {
        RateLimitingConfig limit = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L)).withPolicy(policy);
        GatewayConfig gateway = new GatewayConfig(nodes, new PodShape(2, 512, 1000), GatewayConfig.DEFAULT_PROXY_CPU,
                JwtAlgorithm.RS256, JwtVerificationCost.defaults(), limit, GatewayConfig.DEFAULT_SHARED_STORE_TRIP,
                UtcClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));
        ServiceConfig api = new ServiceConfig("api", 2, new PodShape(4, 512, 100),
                List.of(Endpoint.ofWork("get", new Exponential(0.01))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, rate)), List.of(new Journey("browse", 1, "api", "get")),
                ClientPopulation.consumersOnly(1));
        Shop shop = new Shop(load, List.of(api), Backends.NONE, gateway, null);
        return ReplicationRunner.onAllCores().run(new RunSettings("kong", 5, 0, DURATION, 0, 10), 1, shop)
                .replications().get(0).metrics();
    }

    private static double perSecond(MetricsSnapshot m, String counter) {
        return m.counter(counter) / DURATION;
    }

    @Test
    void oneConsumerOverTheLimitGetsTheLimitAndTheRestAre429() {
        MetricsSnapshot m = run(25, 1, RateLimitPolicy.LOCAL);
        assertThat(perSecond(m, "client.ok")).isCloseTo(10.0, within(0.1));
        assertThat(perSecond(m, "client.rateLimited")).isCloseTo(15.0, within(0.5));
        assertThat(m.counter("gateway.rateLimited")).isEqualTo(m.counter("client.rateLimited"));
    }

    /** Kong runs the jwt plugin before rate-limiting (a higher handler PRIORITY than its 910): rejected requests are verified too. */
    @Test
    void everyRequestThroughTheGatewayHasItsTokenVerifiedOnce() {
        MetricsSnapshot m = run(25, 1, RateLimitPolicy.LOCAL);
        long requests = m.counter("gateway.requests");
        assertThat(m.counter(io.cloudmart.sim.model.security.SecurityMetrics.JWT_VERIFICATIONS))
                .as("requests still in the node's proxy step at the end are not verified yet")
                .isBetween(requests - 2, requests);
    }

    @Test
    void localCountersOnThreeNodesLetThreeTimesTheLimitThroughButClusterDoesNot() {
        assertThat(perSecond(run(60, 3, RateLimitPolicy.LOCAL), "client.ok")).isCloseTo(30.0, within(0.3));
        assertThat(perSecond(run(60, 3, RateLimitPolicy.CLUSTER), "client.ok")).isCloseTo(10.0, within(0.1));
    }

    /**
     * rate-limiting-advanced, sliding window of 60 per 60 s: with disable_penalty one consumer at 25/s
     * gets about one request a second through; with the default penalty the rejected requests count
     * too, so the estimate stays above the limit and almost nothing gets through after the first window.
     */
    @Test
    void slidingWindowLetsTheLimitThroughAndPenalisesClientsThatKeepExceeding() {
        assertThat(perSecond(advanced(true), "client.ok")).isCloseTo(1.0, within(0.1));
        assertThat(perSecond(advanced(false), "client.ok")).isLessThan(0.2);
    }

    private static MetricsSnapshot advanced(boolean disablePenalty) {
        SlidingWindowConfig sliding = SlidingWindowConfig.of(60, 60).withDisablePenalty(disablePenalty);
        GatewayConfig gateway = new GatewayConfig(1, new PodShape(2, 512, 1000), GatewayConfig.DEFAULT_PROXY_CPU, null,
                JwtVerificationCost.defaults(), null, GatewayConfig.DEFAULT_SHARED_STORE_TRIP,
                UtcClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")), sliding, false);
        ServiceConfig api = new ServiceConfig("api", 1, new PodShape(4, 512, 100),
                List.of(Endpoint.ofWork("get", new Exponential(0.01))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 25)), List.of(new Journey("browse", 1, "api", "get")),
                ClientPopulation.consumersOnly(1));
        Shop shop = new Shop(load, List.of(api), Backends.NONE, gateway, null);
        return ReplicationRunner.onAllCores().run(new RunSettings("kong-adv", 6, 0, DURATION, 0, 10), 1, shop)
                .replications().get(0).metrics();
    }

    /**
     * Policy redis with Redis down from 100 s to 200 s: fault_tolerant true proxies with the limits
     * off (everything passes during the outage), false answers 500 (Kong's schema.lua semantics).
     */
    @Test
    void aRedisOutageTurnsLimitsOffOrFailsRequestsAsFaultTolerantSays() {
        MetricsSnapshot tolerant = redisDown(true);
        MetricsSnapshot strict = redisDown(false);
        // 100 s of 25/s unlimited plus 500 s at the limit of 10/s
        assertThat(perSecond(tolerant, "client.ok")).isCloseTo((100 * 25 + 500 * 10) / DURATION, within(0.3));
        assertThat(tolerant.counter("gateway.errors")).isZero();
        assertThat(strict.counter("gateway.errors") / 100.0).isCloseTo(25.0, within(1.5));
        assertThat(perSecond(strict, "client.ok")).isCloseTo(500 * 10 / DURATION, within(0.1));
    }

    private static MetricsSnapshot redisDown(boolean faultTolerant) {
        RateLimitingConfig limit = RateLimitingConfig.of(Map.of(RateLimitPeriod.SECOND, 10L))
                .withPolicy(RateLimitPolicy.REDIS).withFaultTolerant(faultTolerant);
        GatewayConfig gateway = new GatewayConfig(2, new PodShape(2, 512, 1000), GatewayConfig.DEFAULT_PROXY_CPU, null,
                JwtVerificationCost.defaults(), limit, GatewayConfig.DEFAULT_SHARED_STORE_TRIP,
                UtcClock.startingAt(Instant.parse("2026-01-01T00:00:00Z")));
        ServiceConfig api = new ServiceConfig("api", 1, new PodShape(4, 512, 100),
                List.of(Endpoint.ofWork("get", new Exponential(0.01))));
        LoadConfig load = new LoadConfig(List.of(new Stage(1e12, 25)), List.of(new Journey("browse", 1, "api", "get")),
                ClientPopulation.consumersOnly(1));
        io.cloudmart.sim.model.datastore.CacheConfig redis = new io.cloudmart.sim.model.datastore.CacheConfig("redis",
                new io.cloudmart.sim.core.random.dist.Constant(0.0002), new io.cloudmart.sim.core.random.dist.Constant(5e-6),
                List.of(new io.cloudmart.sim.model.service.Outage(100, 100)));
        Shop shop = new Shop(load, List.of(api), new Backends(List.of(), List.of(redis), List.of(), List.of(), List.of()),
                gateway, null);
        return ReplicationRunner.onAllCores().run(new RunSettings("kong-redis", 7, 0, DURATION, 0, 10), 1, shop)
                .replications().get(0).metrics();
    }
}
