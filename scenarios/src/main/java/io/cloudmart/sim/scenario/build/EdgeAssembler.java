package io.cloudmart.sim.scenario.build;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmart.sim.model.gateway.GatewayConfig;
import io.cloudmart.sim.model.gateway.JwtAlgorithm;
import io.cloudmart.sim.model.gateway.JwtVerificationCost;
import io.cloudmart.sim.model.gateway.LimitBy;
import io.cloudmart.sim.model.gateway.RateLimitPeriod;
import io.cloudmart.sim.model.gateway.RateLimitPolicy;
import io.cloudmart.sim.model.gateway.RateLimitingConfig;
import io.cloudmart.sim.model.gateway.SlidingWindowConfig;
import io.cloudmart.sim.model.gateway.UtcClock;
import io.cloudmart.sim.model.gateway.WindowType;
import io.cloudmart.sim.model.mesh.ConnectionPoolSettings;
import io.cloudmart.sim.model.mesh.DestinationPolicy;
import io.cloudmart.sim.model.mesh.HttpRoute;
import io.cloudmart.sim.model.mesh.LbPolicy;
import io.cloudmart.sim.model.mesh.MeshConfig;
import io.cloudmart.sim.model.mesh.MtlsMode;
import io.cloudmart.sim.model.mesh.OutlierDetection;
import io.cloudmart.sim.model.mesh.RetryBackoff;
import io.cloudmart.sim.model.mesh.RetryOn;
import io.cloudmart.sim.model.mesh.RetryPolicy;
import io.cloudmart.sim.model.mesh.RouteMatch;
import io.cloudmart.sim.model.mesh.SidecarSettings;
import io.cloudmart.sim.model.mesh.WeightedDestination;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.scenario.spec.GatewaySpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.scenario.spec.MeshSpec;
import io.cloudmart.sim.scenario.spec.OutlierSpec;
import io.cloudmart.sim.scenario.spec.RateLimitAdvancedSpec;
import io.cloudmart.sim.scenario.spec.RateLimitSpec;
import io.cloudmart.sim.scenario.spec.RouteSpec;

/** Turns the written gateway and mesh sections into the model's Kong and Istio configurations. */
final class EdgeAssembler {
    /** Whole-number scale for relative route weights. */
    private static final int WEIGHT_SCALE = 1_000_000;

    private EdgeAssembler() {
    }

    static GatewayConfig gateway(GatewaySpec spec, Instant startTime) {
        if (spec == null) {
            return null;
        }
        PodShape pod = new PodShape(spec.pod().cpuCores(), spec.pod().memoryMiB(), spec.pod().concurrency());
        JwtAlgorithm jwt = spec.jwt() == null ? null : JwtAlgorithm.byJwaName(spec.jwt().algorithm());
        RateLimitAdvancedSpec a = spec.rateLimitingAdvanced();
        SlidingWindowConfig advanced = a == null ? null : new SlidingWindowConfig(List.of(a.limit()),
                List.of(a.windowSizeSeconds()), WindowType.valueOf(a.windowType().toUpperCase(Locale.ROOT)),
                LimitBy.valueOf(a.identifier().toUpperCase(Locale.ROOT)), a.disablePenalty(), a.errorCode());
        return new GatewayConfig(spec.nodes(), pod, Distributions.of(spec.proxyCpu()), jwt, JwtVerificationCost.defaults(),
                rateLimiting(spec.rateLimiting()), Distributions.of(spec.sharedStoreRoundTrip()),
                UtcClock.startingAt(startTime), advanced, a != null && !"local".equals(a.strategy()));
    }

    private static RateLimitingConfig rateLimiting(RateLimitSpec spec) {
        if (spec == null) {
            return null;
        }
        Map<RateLimitPeriod, Long> limits = new EnumMap<>(RateLimitPeriod.class);
        spec.limits().forEach((period, limit) -> limits.put(RateLimitPeriod.byKongName(period), limit));
        return RateLimitingConfig.of(limits)
                .withLimitBy(LimitBy.valueOf(spec.limitBy().toUpperCase(Locale.ROOT)))
                .withPolicy(RateLimitPolicy.valueOf(spec.policy().toUpperCase(Locale.ROOT)))
                .withFaultTolerant(spec.faultTolerant())
                .withErrorCode(spec.errorCode());
    }

    static MeshConfig mesh(MeshSpec spec) {
        if (spec == null) {
            return null;
        }
        SidecarSettings sidecar = SidecarSettings.defaults().withHopLatency(Distributions.of(spec.sidecarLatency()))
                .withMtlsMode(MtlsMode.fromIstio(spec.mtls())).withIdleTimeout(spec.idleTimeoutSeconds());
        Map<String, DestinationPolicy> destinations = new LinkedHashMap<>();
        spec.services().forEach((service, policy) -> destinations.put(service, destination(service, policy)));
        return new MeshConfig(sidecar, destinations);
    }

    private static DestinationPolicy destination(String service, MeshServiceSpec spec) {
        // Istio builds no retry policy at all for attempts 0, so its perTryTimeout does not apply either
        double perTry = spec.retries().perTryTimeoutSeconds() == null || spec.retries().attempts() == 0
                ? RetryPolicy.NO_TIMEOUT : spec.retries().perTryTimeoutSeconds();
        RetryPolicy retries = new RetryPolicy(spec.retries().attempts(), perTry, RetryOn.parse(spec.retries().retryOn()),
                RetryBackoff.withBase(spec.retries().backoffSeconds()));
        ConnectionPoolSettings pool = new ConnectionPoolSettings(spec.pool().maxConnections(),
                spec.pool().http1MaxPendingRequests(), spec.pool().http2MaxRequests(), spec.pool().maxRetries());
        return new DestinationPolicy(spec.timeoutSeconds() == null ? RetryPolicy.NO_TIMEOUT : spec.timeoutSeconds(),
                retries, LbPolicy.fromIstio(spec.loadBalancer()), pool, outlier(spec.outlier()),
                routes(service, spec.routes()));
    }

    private static OutlierDetection outlier(OutlierSpec spec) {
        return spec == null ? null : OutlierDetection.istioDefault()
                .withConsecutive5xxErrors(spec.consecutive5xxErrors())
                .withInterval(spec.intervalSeconds())
                .withBaseEjectionTime(spec.baseEjectionTimeSeconds())
                .withMaxEjectionPercent(spec.maxEjectionPercent());
    }

    private static List<HttpRoute> routes(String service, List<RouteSpec> specs) {
        List<HttpRoute> routes = new ArrayList<>();
        for (RouteSpec spec : specs) {
            RouteMatch match = match(service, spec);
            if (spec.destination() != null) {
                routes.add(HttpRoute.to(match, spec.destination()));
            } else {
                routes.add(new HttpRoute(match, weights(spec.destinations())));
            }
        }
        return routes;
    }

    /**
     * Istio weights are whole numbers; relative weights written as fractions (0.9 / 0.1) are scaled
     * to parts of {@link #WEIGHT_SCALE} keeping their ratios, and a positive weight never becomes 0.
     */
    private static List<WeightedDestination> weights(Map<String, Double> destinations) {
        double total = destinations.values().stream().mapToDouble(Double::doubleValue).sum();
        List<WeightedDestination> weights = new ArrayList<>();
        destinations.forEach((subset, weight) -> {
            int scaled = (int) Math.round(weight / total * WEIGHT_SCALE);
            weights.add(new WeightedDestination(subset, weight > 0 ? Math.max(1, scaled) : 0));
        });
        return weights;
    }

    private static RouteMatch match(String service, RouteSpec spec) {
        if (spec.consumerShare() != null) {
            return RouteMatch.consumerShare(spec.consumerShare(), service);
        }
        if (spec.headers() == null || spec.headers().isEmpty()) {
            return RouteMatch.ANY;
        }
        List<RouteMatch> all = spec.headers().entrySet().stream()
                .map(h -> RouteMatch.header(h.getKey(), h.getValue())).toList();
        return (consumer, headers) -> all.stream().allMatch(m -> m.matches(consumer, headers));
    }
}
