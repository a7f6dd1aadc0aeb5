package io.cloudmart.sim.model.mesh;

import java.util.List;

/**
 * What Istio applies to calls to one destination service: its VirtualService (route {@code timeout},
 * {@code retries}, {@code http} routes to subsets) and its DestinationRule ({@code loadBalancer},
 * {@code connectionPool}, {@code outlierDetection}).
 *
 * @param timeoutSeconds route timeout, seconds; {@link RetryPolicy#NO_TIMEOUT} for none (Istio default)
 * @param retries        retry policy ({@link RetryPolicy#istioDefault()} when not configured)
 * @param loadBalancer   balancing among the chosen subset's pods (Istio default LEAST_REQUEST)
 * @param pool           connection-pool limits (Istio defaults: unlimited)
 * @param outlier        outlier detection, or null when the DestinationRule sets none (then off)
 * @param routes         routes to version subsets, first match wins; empty = every pod of every version
 */
public record DestinationPolicy(double timeoutSeconds, RetryPolicy retries, LbPolicy loadBalancer,
                                ConnectionPoolSettings pool, OutlierDetection outlier, List<HttpRoute> routes) {
    public DestinationPolicy {
        routes = List.copyOf(routes);
    }

    /** Istio's behaviour for a destination nobody configured. */
    public static DestinationPolicy istioDefault() {
        return new DestinationPolicy(RetryPolicy.NO_TIMEOUT, RetryPolicy.istioDefault(), LbPolicy.ISTIO_DEFAULT,
                ConnectionPoolSettings.ISTIO_DEFAULT, null, List.of());
    }
}
