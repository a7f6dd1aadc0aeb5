package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Objects;

/**
 * Istio traffic policy for requests to one destination service.
 *
 * @param timeoutSeconds route timeout bounding a request including its retries, seconds,
 *                       {@code > 0}; null for none (Istio's default)
 * @param retries        the route's retry policy
 * @param loadBalancer   {@code ROUND_ROBIN}, {@code LEAST_REQUEST} (default) or {@code RANDOM}
 * @param pool           connection pool limits (circuit breaking)
 * @param outlier        outlier detection; null when it is off (Istio's default)
 * @param routes         HTTP routes, tried in order; empty (default) sends all traffic to all
 *                       versions in proportion to their replicas
 */
public record MeshServiceSpec(Double timeoutSeconds, RetriesSpec retries, String loadBalancer, ConnectionPoolSpec pool,
                              OutlierSpec outlier, List<RouteSpec> routes) {

    /** Istio's load balancer when none is set. */
    public static final String DEFAULT_LOAD_BALANCER = "LEAST_REQUEST";

    public MeshServiceSpec {
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(loadBalancer, "loadBalancer");
        Objects.requireNonNull(pool, "pool");
        routes = Copies.list(routes, "routes");
    }
}
