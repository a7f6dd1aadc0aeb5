package io.cloudmart.sim.scenario.spec;

/**
 * Istio DestinationRule connection pool limits (Envoy circuit breakers), per client sidecar.
 *
 * @param maxConnections          {@code tcp.maxConnections}, {@code >= 1}
 * @param http1MaxPendingRequests {@code http.http1MaxPendingRequests}: requests waiting for a
 *                                connection, {@code >= 0}
 * @param http2MaxRequests        {@code http.http2MaxRequests}: requests active at once, {@code >= 1}
 * @param maxRetries              {@code http.maxRetries}: retries outstanding at once, {@code >= 0}
 */
public record ConnectionPoolSpec(long maxConnections, long http1MaxPendingRequests, long http2MaxRequests,
                                 long maxRetries) {

    /** Istio's value for every unset limit: 2^32 − 1. */
    public static final long UNLIMITED = 4_294_967_295L;
    /** Istio's defaults: no limit. */
    public static final ConnectionPoolSpec DEFAULT = new ConnectionPoolSpec(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);
}
