package io.cloudmart.sim.model.mesh;

/**
 * DestinationRule {@code trafficPolicy.connectionPool} limits, which Envoy enforces as the cluster's
 * circuit breakers. Istio sets every limit to 2^32 − 1 unless configured ({@link #ISTIO_UNLIMITED};
 * istio/istio {@code getDefaultCircuitBreakerThresholds()} in {@code cluster_traffic_policy.go}, overriding
 * Envoy's own 1024 / 1024 / 1024 / 3), so by default nothing overflows.
 *
 * <p>Zero is not a limit: Istio's {@code applyConnectionPool} copies a field into Envoy's thresholds only
 * when it is {@code > 0} ("there isn't a way to distinguish between unset values and zero values"), so
 * {@code http1MaxPendingRequests: 0} and {@code maxRetries: 0} leave Istio's 2^32 − 1 in place. They are
 * stored as {@link #ISTIO_UNLIMITED} here, and behave exactly as if the field were absent. (Istio treats
 * {@code maxConnections} and {@code http2MaxRequests} the same way; this record rejects 0 for those two.)
 *
 * @param maxConnections          {@code tcp.maxConnections}: connections to the whole cluster
 * @param http1MaxPendingRequests {@code http.http1MaxPendingRequests}: requests waiting for a connection;
 *                                0 = unset ({@link #ISTIO_UNLIMITED})
 * @param http2MaxRequests        {@code http.http2MaxRequests}: requests active at once on the cluster
 * @param maxRetries              {@code http.maxRetries}: retries outstanding at once on the cluster;
 *                                0 = unset ({@link #ISTIO_UNLIMITED})
 */
public record ConnectionPoolSettings(long maxConnections, long http1MaxPendingRequests, long http2MaxRequests,
                                     long maxRetries) {
    /** Istio's value for every unset limit: 2^32 − 1. */
    public static final long ISTIO_UNLIMITED = 4_294_967_295L;

    /** Istio's defaults: no limit is ever reached. */
    public static final ConnectionPoolSettings ISTIO_DEFAULT =
            new ConnectionPoolSettings(ISTIO_UNLIMITED, ISTIO_UNLIMITED, ISTIO_UNLIMITED, ISTIO_UNLIMITED);

    public ConnectionPoolSettings {
        requirePositive("tcp.maxConnections", maxConnections);
        requireNonNegative("http.http1MaxPendingRequests", http1MaxPendingRequests);
        requirePositive("http.http2MaxRequests", http2MaxRequests);
        requireNonNegative("http.maxRetries", maxRetries);
        http1MaxPendingRequests = unsetIfZero(http1MaxPendingRequests);
        maxRetries = unsetIfZero(maxRetries);
    }

    /** Istio applies a limit only when it is {@code > 0}: a 0 leaves the default in place. */
    private static long unsetIfZero(long value) {
        return value == 0 ? ISTIO_UNLIMITED : value;
    }

    private static void requirePositive(String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("connectionPool." + field + " must be >= 1, got " + value);
        }
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("connectionPool." + field + " must be >= 0, got " + value);
        }
    }

    public ConnectionPoolSettings withMaxConnections(long value) {
        return new ConnectionPoolSettings(value, http1MaxPendingRequests, http2MaxRequests, maxRetries);
    }

    public ConnectionPoolSettings withHttp1MaxPendingRequests(long value) {
        return new ConnectionPoolSettings(maxConnections, value, http2MaxRequests, maxRetries);
    }

    public ConnectionPoolSettings withHttp2MaxRequests(long value) {
        return new ConnectionPoolSettings(maxConnections, http1MaxPendingRequests, value, maxRetries);
    }

    public ConnectionPoolSettings withMaxRetries(long value) {
        return new ConnectionPoolSettings(maxConnections, http1MaxPendingRequests, http2MaxRequests, value);
    }
}
