package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.stats.Counter;
import io.cloudmart.sim.core.stats.Tally;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.security.SecurityMetrics;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.Unwired;
import io.cloudmart.sim.model.trace.RequestTrace;
import io.cloudmart.sim.model.trace.SpanKind;

/**
 * Kong in front of the shop: each request lands on a gateway node (round robin), uses the node's
 * CPU for proxying and JWT verification, passes the {@code rate-limiting} plugin (priority 910,
 * after authentication), and is forwarded upstream; a rejected request is answered 429 at once.
 *
 * <p>Metrics: the nodes are a service named {@code gateway} ({@code svc.gateway.*}); besides,
 * {@code gateway.requests}, {@code gateway.rateLimited} (counters with series), {@code gateway.errors}
 * (500s from an unavailable counter store with {@code fault_tolerant: false}) and
 * {@code gateway.latency} (time from reaching the gateway to the answer, tally with series), and with the
 * {@code jwt} plugin {@link SecurityMetrics#JWT_VERIFICATIONS}.
 */
public final class Gateway {
    /** Name of the gateway's node service, and prefix of its metrics. */
    public static final String NAME = "gateway";

    private final GatewayConfig config;
    private final Simulation simulation;
    private final Service nodes;
    private final RateLimitingNodes limits;
    private final SlidingWindowLimiter[] advanced;
    private final Cache redis;
    private final Counter requests;
    private final Counter rateLimited;
    private final Counter errors;
    private final Tally latency;
    /** Tokens verified; null without the {@code jwt} plugin, so a run without it has no such metric. */
    private final Counter jwtVerifications;
    private final io.cloudmart.sim.core.random.RandomStream storeTrips;
    /** True when a plugin counts per service; only then does a request's identity need its matched service. */
    private final boolean limitsByService;
    private int nextNode;

    /** @param redis the cache holding shared counters for policy {@code redis}, or null (then a fixed round trip) */
    public Gateway(GatewayConfig config, Simulation simulation, Cache redis) {
        this.config = config;
        this.simulation = simulation;
        this.redis = redis;
        this.nodes = new Service(nodeService(config), simulation);
        this.nodes.link(new Unwired("the gateway")); // its nodes are fixed: all Ready from the start
        this.limits = config.rateLimiting() == null ? null
                : RateLimitingNodes.create(config.rateLimiting(), "route", config.nodes(), config.clock());
        this.advanced = advancedLimiters(config);
        var metrics = simulation.metrics();
        requests = metrics.counter(NAME + ".requests", true);
        rateLimited = metrics.counter(NAME + ".rateLimited", true);
        errors = metrics.counter(NAME + ".errors", false);
        latency = metrics.tally(NAME + ".latency", true);
        jwtVerifications = config.jwt() == null ? null : metrics.counter(SecurityMetrics.JWT_VERIFICATIONS, false);
        storeTrips = simulation.stream(NAME + ".storeTrip");
        limitsByService = (config.rateLimiting() != null && config.rateLimiting().limitBy() == LimitBy.SERVICE)
                || (config.advanced() != null && config.advanced().identifier() == LimitBy.SERVICE);
    }

    /** One limiter per node; with a shared strategy they share one store. */
    private static SlidingWindowLimiter[] advancedLimiters(GatewayConfig config) {
        if (config.advanced() == null) {
            return null;
        }
        SlidingWindowLimiter[] limiters = new SlidingWindowLimiter[config.nodes()];
        SlidingWindowStore shared = new SlidingWindowStore();
        for (int i = 0; i < limiters.length; i++) {
            SlidingWindowStore store = config.advancedShared() ? shared : new SlidingWindowStore();
            limiters[i] = new SlidingWindowLimiter(config.advanced(), store, config.clock(), "route");
        }
        return limiters;
    }

    private static ServiceConfig nodeService(GatewayConfig config) {
        List<Step> steps = new ArrayList<>(List.of(new Step.Work(config.proxyCpu())));
        if (config.jwt() != null) {
            steps.add(new Step.Work(new Constant(config.jwtCost().cpuSeconds(config.jwt()))));
        }
        return new ServiceConfig(NAME, config.nodes(), config.node(), List.of(new Endpoint("proxy", steps, 0.0)));
    }

    /** A target that reaches {@code upstream} (serving {@code service}) through the gateway. */
    public CallTarget route(String service, CallTarget upstream) {
        return (request, handler) -> enter(service, upstream, request, handler);
    }

    private void enter(String service, CallTarget upstream, Request request, ResponseHandler handler) {
        requests.increment();
        double arrival = simulation.now();
        int node = nextNode;
        nextNode = (nextNode + 1) % config.nodes();
        ResponseHandler answer = outcome -> {
            latency.record(simulation.now() - arrival);
            handler.respond(outcome);
        };
        nodes.handleOn(nodes.readyPods().get(node), 0, request, proxied -> {
            if (jwtVerifications != null) {
                jwtVerifications.increment(); // the node has done its proxy and JWT work for this request
            }
            if (limits == null && advanced == null) {
                traceGateway(request.trace(), node, arrival, "forwarded");
                upstream.call(request, answer);
                return;
            }
            double proxiedAt = simulation.now();
            if (sharedCounters()) {
                sharedStoreTrip(() -> decide(node, service, upstream, request, answer, arrival, proxiedAt));
            } else {
                decide(node, service, upstream, request, answer, arrival, proxiedAt);
            }
        });
    }

    /**
     * The request's time at the gateway, from {@code arrival} to now (its node's queue, proxying, JWT, rate limit),
     * when it is traced.
     */
    private void traceGateway(RequestTrace trace, int node, double arrival, String detail) {
        if (trace != null) {
            trace.span(SpanKind.GATEWAY, NAME, "node " + node, arrival, simulation.now(), detail);
        }
    }

    private boolean sharedCounters() {
        return (limits != null && config.rateLimiting().policy().isShared()) || (advanced != null && config.advancedShared());
    }

    private void sharedStoreTrip(Runnable then) {
        if (redis != null && limits != null && config.rateLimiting().policy() == RateLimitPolicy.REDIS) {
            limits.sharedStore().ifPresent(store -> store.setAvailable(redis.isAvailable()));
            redis.command(then);
        } else {
            simulation.after(config.sharedStoreTrip().sample(storeTrips), "counter store trip", then);
        }
    }

    private void decide(int node, String service, CallTarget upstream, Request request, ResponseHandler answer,
                        double arrival, double proxiedAt) {
        RequestIdentity identity = limitsByService ? request.client().withService(service) : request.client();
        RateLimitDecision.Outcome outcome = limits == null ? RateLimitDecision.Outcome.ALLOWED
                : limits.node(node).admit(identity, simulation.now());
        if (outcome == RateLimitDecision.Outcome.ALLOWED && advanced != null) {
            // both plugins run at priority 910; a request must pass both
            outcome = advanced[node].check(identity, simulation.now()).outcome();
        }
        boolean allowed = outcome == RateLimitDecision.Outcome.ALLOWED;
        RequestTrace trace = request.trace();
        if (trace != null) {
            String verdict = allowed ? "allowed"
                    : outcome == RateLimitDecision.Outcome.ERROR ? "500 counter store unavailable" : "429";
            trace.span(SpanKind.RATE_LIMIT, NAME, "rate-limiting", proxiedAt, simulation.now(), verdict);
            traceGateway(trace, node, arrival, allowed ? "forwarded" : verdict);
        }
        if (allowed) {
            upstream.call(request, answer);
        } else if (outcome == RateLimitDecision.Outcome.ERROR) {
            errors.increment();
            answer.respond(Outcome.SERVER_ERROR);
        } else {
            rateLimited.increment();
            answer.respond(Outcome.RATE_LIMITED);
        }
    }
}
