package io.cloudmart.sim.model.gateway;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.model.service.PodShape;

/**
 * A Kong-like API gateway in front of the journeys' entry endpoints.
 *
 * @param nodes           gateway pods; a cloud load balancer spreads requests over them round robin
 * @param node            resources of each gateway pod (Kong is event-driven: a request holds a
 *                        worker only while it uses CPU, not while the upstream answers)
 * @param proxyCpu        CPU time Kong spends per request without plugins, seconds
 * @param jwt             the {@code jwt} plugin's signature algorithm, or null when the plugin is off
 * @param jwtCost         CPU cost of verifying a token
 * @param rateLimiting    the {@code rate-limiting} plugin, or null when off
 * @param sharedStoreTrip round trip to the shared counter store for the {@code cluster} and
 *                        {@code redis} policies, seconds (ignored for {@code local})
 * @param clock           the UTC instant simulated time 0 stands for (windows align on it)
 * @param advanced        the {@code rate-limiting-advanced} plugin, or null when off
 * @param advancedShared  true when its {@code strategy} shares counters between nodes (cluster, redis)
 */
public record GatewayConfig(int nodes, PodShape node, Distribution proxyCpu, JwtAlgorithm jwt,
                            JwtVerificationCost jwtCost, RateLimitingConfig rateLimiting,
                            Distribution sharedStoreTrip, UtcClock clock, SlidingWindowConfig advanced,
                            boolean advancedShared) {
    /** A gateway without the advanced plugin. */
    public GatewayConfig(int nodes, PodShape node, Distribution proxyCpu, JwtAlgorithm jwt, JwtVerificationCost jwtCost,
                         RateLimitingConfig rateLimiting, Distribution sharedStoreTrip, UtcClock clock) {
        this(nodes, node, proxyCpu, jwt, jwtCost, rateLimiting, sharedStoreTrip, clock, null, false);
    }

    /**
     * Kong's own CPU per proxied request, seconds: 0.2 ms [ESTIMATE], in line with the published
     * 0.3–1 ms added latency at moderate load (domain-facts 4.5).
     */
    public static final Distribution DEFAULT_PROXY_CPU = new Constant(0.0002);
    /** One same-zone Redis or database round trip for shared counters: 0.5 ms [ESTIMATE], domain-facts 4.5. */
    public static final Distribution DEFAULT_SHARED_STORE_TRIP = new Constant(0.0005);

    public GatewayConfig {
        if (nodes < 1) {
            throw new IllegalArgumentException("the gateway needs at least one node, got " + nodes);
        }
    }
}
