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
    private static final int LOWEST_STATUS = 100;
    private static final int HIGHEST_STATUS = 599;
    // results are values, so every try shares these instead of making its own
    private static final AttemptResult[] RESPONSES = new AttemptResult[HIGHEST_STATUS - LOWEST_STATUS + 1];
    private static final AttemptResult CONNECT_FAILURE = new AttemptResult(Kind.CONNECT_FAILURE, SERVICE_UNAVAILABLE);
    private static final AttemptResult RESET = new AttemptResult(Kind.RESET, SERVICE_UNAVAILABLE);
    private static final AttemptResult REFUSED_STREAM = new AttemptResult(Kind.REFUSED_STREAM, SERVICE_UNAVAILABLE);
    private static final AttemptResult PER_TRY_TIMEOUT = new AttemptResult(Kind.PER_TRY_TIMEOUT, GATEWAY_TIMEOUT);
    private static final AttemptResult OVERFLOW = new AttemptResult(Kind.OVERFLOW, SERVICE_UNAVAILABLE);

    static {
        for (int i = 0; i < RESPONSES.length; i++) {
            RESPONSES[i] = new AttemptResult(Kind.RESPONSE, LOWEST_STATUS + i);
        }
    }

    public AttemptResult {
        if (kind == null) {
            throw new IllegalArgumentException("an attempt result needs a kind");
        }
        if (status < LOWEST_STATUS || status > HIGHEST_STATUS) {
            throw new IllegalArgumentException("HTTP status must be in [100, 599], got " + status);
        }
    }

    /** An HTTP response from the upstream. */
    public static AttemptResult response(int status) {
        int index = status - LOWEST_STATUS;
        return index >= 0 && index < RESPONSES.length ? RESPONSES[index] : new AttemptResult(Kind.RESPONSE, status);
    }

    public static AttemptResult connectFailure() {
        return CONNECT_FAILURE;
    }

    public static AttemptResult reset() {
        return RESET;
    }

    public static AttemptResult refusedStream() {
        return REFUSED_STREAM;
    }

    public static AttemptResult perTryTimeout() {
        return PER_TRY_TIMEOUT;
    }

    public static AttemptResult overflow() {
        return OVERFLOW;
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
