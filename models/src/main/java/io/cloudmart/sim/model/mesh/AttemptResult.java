package io.cloudmart.sim.model.mesh;

/**
 * How one try of a request to one upstream host ended: an HTTP response with a status, or one of the
 * ways Envoy can end a try without a response.
 *
 * <p>The no-response kinds follow Envoy's stream reset reasons and the response flags it logs:
 * {@link Kind#CONNECT_FAILURE} ({@code UF}), {@link Kind#RESET} (remote reset or connection
 * termination, {@code UR}/{@code UC}), {@link Kind#REFUSED_STREAM} (HTTP/2 REFUSED_STREAM, {@code UR}),
 * {@link Kind#PER_TRY_TIMEOUT} (the proxy's own reset when {@code perTryTimeout} fires, {@code UT}) and
 * {@link Kind#OVERFLOW} (a connection-pool limit was hit, {@code UO}). Envoy turns a no-response into a
 * locally generated 503, or 504 for a timeout; {@link #status()} gives that code.
 *
 * @param kind   response or no-response kind
 * @param status the HTTP status (the upstream's, or the one Envoy generates for a no-response kind)
 */
public record AttemptResult(Kind kind, int status) {
    /** How a try ended. */
    public enum Kind {
        /** The upstream answered with {@link #status()}. */
        RESPONSE,
        /** The connection could not be established (refused, connect timeout). */
        CONNECT_FAILURE,
        /** The upstream reset the stream or closed the connection before answering. */
        RESET,
        /** The upstream refused the HTTP/2 stream (REFUSED_STREAM); nothing was processed. */
        REFUSED_STREAM,
        /** The proxy gave up on the try when {@code perTryTimeout} elapsed. */
        PER_TRY_TIMEOUT,
        /** A connection-pool (circuit-breaker) limit was reached; the request never left the proxy. */
        OVERFLOW
    }

    private static final int SERVICE_UNAVAILABLE = 503;
    private static final int GATEWAY_TIMEOUT = 504;

    public AttemptResult {
        if (kind == null) {
            throw new IllegalArgumentException("an attempt result needs a kind");
        }
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be in [100, 599], got " + status);
        }
    }

    /** An HTTP response from the upstream. */
    public static AttemptResult response(int status) {
        return new AttemptResult(Kind.RESPONSE, status);
    }

    public static AttemptResult connectFailure() {
        return new AttemptResult(Kind.CONNECT_FAILURE, SERVICE_UNAVAILABLE);
    }

    public static AttemptResult reset() {
        return new AttemptResult(Kind.RESET, SERVICE_UNAVAILABLE);
    }

    public static AttemptResult refusedStream() {
        return new AttemptResult(Kind.REFUSED_STREAM, SERVICE_UNAVAILABLE);
    }

    public static AttemptResult perTryTimeout() {
        return new AttemptResult(Kind.PER_TRY_TIMEOUT, GATEWAY_TIMEOUT);
    }

    public static AttemptResult overflow() {
        return new AttemptResult(Kind.OVERFLOW, SERVICE_UNAVAILABLE);
    }

    /** True for an upstream response; false for every no-response kind. */
    public boolean isResponse() {
        return kind == Kind.RESPONSE;
    }

    /**
     * True if Envoy's outlier detection counts this result as a 5xx error for the host: a 5xx response,
     * or a locally originated failure (connect failure, reset, refused stream, timeout), which Envoy maps
     * to 503/504 when {@code splitExternalLocalOriginErrors} is false (Istio's default). An overflow
     * never reached the host and counts neither way ({@link #countsForHost()} is false).
     */
    public boolean isHostError() {
        return countsForHost() && status >= 500;
    }

    /** False only for {@link Kind#OVERFLOW}: the try never reached a host, so outlier detection ignores it. */
    public boolean countsForHost() {
        return kind != Kind.OVERFLOW;
    }

    /** The Envoy access-log response flag for a no-response kind, or "-" for a response. */
    public String responseFlag() {
        return switch (kind) {
            case RESPONSE -> "-";
            case CONNECT_FAILURE -> "UF";
            case RESET, REFUSED_STREAM -> "UR";
            case PER_TRY_TIMEOUT -> "UT";
            case OVERFLOW -> "UO";
        };
    }
}
