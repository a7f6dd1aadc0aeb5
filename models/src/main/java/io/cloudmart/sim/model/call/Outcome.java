package io.cloudmart.sim.model.call;

/**
 * How a call ended, as the caller sees it: an HTTP status and, for failures the proxy itself
 * produced, Envoy's response flag.
 */
public enum Outcome {
    /** 200: answered successfully. */
    OK(200, ""),
    /** 429: refused by a rate limit; nothing downstream ran. */
    RATE_LIMITED(429, ""),
    /** 404 NR: no route of the destination's VirtualService matched the request. */
    NO_ROUTE(404, "NR"),
    /** 409: refused for a business reason (a saga was compensated, e.g. a declined payment). */
    CONFLICT(409, ""),
    /** 500: the endpoint failed, or a call it depended on failed. */
    SERVER_ERROR(500, ""),
    /** 503: the upstream answered 503 (and retries, if any, did not help). */
    UNAVAILABLE(503, ""),
    /** 503 UO: upstream overflow, a connection-pool limit was full (Envoy circuit breaking). */
    OVERFLOW(503, "UO"),
    /** 503 UH: no healthy upstream (every pod ejected, or none). */
    NO_HEALTHY_UPSTREAM(503, "UH"),
    /**
     * 503 UC: the connection to the upstream was terminated before it answered, because the pod serving
     * the request was killed (its grace period ran out, or its node went away).
     */
    RESET(503, "UC"),
    /** 504 UT: the route timeout or the per-try timeout expired. */
    TIMEOUT(504, "UT");

    private final int status;
    private final String flag;

    Outcome(int status, String flag) {
        this.status = status;
        this.flag = flag;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** Envoy's response flag ("" when the upstream answered itself). */
    public String flag() {
        return flag;
    }

    public boolean isOk() {
        return this == OK;
    }

    /** The outcome for an answer with HTTP status {@code status} and no proxy flag. */
    public static Outcome ofStatus(int status) {
        return switch (status) {
            case 200 -> OK;
            case 409 -> CONFLICT;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            case 504 -> TIMEOUT;
            default -> SERVER_ERROR;
        };
    }
}
