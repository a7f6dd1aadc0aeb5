package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * The API gateway (Kong) every request enters through: its nodes, per-request proxy CPU, and
 * plugins.
 *
 * @param nodes                number of gateway nodes behind a non-sticky load balancer, {@code >= 1};
 *                             default 2 [ESTIMATE]
 * @param pod                  the size of one node; defaults cpu 1, memory 512Mi, concurrency 10000
 *                             (nginx is event-driven: connections, not threads, bound it)
 * @param proxyCpu             CPU time Kong spends proxying one request, a distribution in seconds;
 *                             default {@code constant(value=200us)} [ESTIMATE] (domain-facts 4.5)
 * @param jwt                  the {@code jwt} plugin; null when it is off
 * @param rateLimiting         the {@code rate-limiting} plugin; null when it is off
 * @param sharedStoreRoundTrip round trip to the shared counter store of the {@code cluster} and
 *                             {@code redis} policies, a distribution in seconds; default
 *                             {@code constant(value=500us)} [ESTIMATE]
 */
public record GatewaySpec(int nodes, PodSpec pod, DistributionSpec proxyCpu, JwtSpec jwt, RateLimitSpec rateLimiting,
                          RateLimitAdvancedSpec rateLimitingAdvanced, DistributionSpec sharedStoreRoundTrip) {

    /** A gateway without the advanced rate-limiting plugin. */
    public GatewaySpec(int nodes, PodSpec pod, DistributionSpec proxyCpu, JwtSpec jwt, RateLimitSpec rateLimiting,
                       DistributionSpec sharedStoreRoundTrip) {
        this(nodes, pod, proxyCpu, jwt, rateLimiting, null, sharedStoreRoundTrip);
    }

    /** Nodes when the file gives none. */
    public static final int DEFAULT_NODES = 2;
    /** Worker slots of a node when the file gives none: event-driven, effectively unbounded. */
    public static final int DEFAULT_CONCURRENCY = 10_000;
    /** A node when the file gives none. */
    public static final PodSpec DEFAULT_POD =
            new PodSpec(PodSpec.DEFAULT_CPU_CORES, PodSpec.DEFAULT_MEMORY_MIB, DEFAULT_CONCURRENCY);
    /** Default proxy CPU, as written. */
    public static final String DEFAULT_PROXY_CPU = "constant(value=200us)";
    /** Default shared store round trip, as written. */
    public static final String DEFAULT_SHARED_STORE_ROUND_TRIP = "constant(value=500us)";

    public GatewaySpec {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(proxyCpu, "proxyCpu");
        Objects.requireNonNull(sharedStoreRoundTrip, "sharedStoreRoundTrip");
    }
}
