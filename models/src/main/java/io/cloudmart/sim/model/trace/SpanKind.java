package io.cloudmart.sim.model.trace;

/** What a span of a traced request measured; {@link #jsonName()} is how {@code trace.jsonl} writes it. */
public enum SpanKind {
    /** At the gateway, from arrival until the request is forwarded upstream or answered there (429, 500). */
    GATEWAY("gateway"),
    /** The gateway's rate-limit decision, including the trip to a shared counter store. */
    RATE_LIMIT("rateLimit"),
    /** Waiting in a pod's queue for a free worker. */
    QUEUE("queue"),
    /** A {@code work} step: CPU time on the pod's cores, stretched by other requests sharing them. */
    WORK("work"),
    /** An OPA authorization decision. */
    AUTHORIZE("authorize"),
    /** One try of a call through the mesh, from asking the connection pool to the try's end. */
    ATTEMPT("attempt"),
    /** Waiting for a connection: the mesh's connection pool (pending request) or a datastore's pool. */
    POOL_WAIT("poolWait"),
    /** The sidecar proxies a try passes, one way (out, or back); includes an mTLS handshake when one was paid. */
    SIDECAR("sidecar"),
    /** The back-off before a mesh retry. */
    RETRY_BACKOFF("retryBackoff"),
    /** A datastore operation holding a connection. */
    QUERY("query"),
    /** A cache command (get or set), round trip included. */
    CACHE("cache"),
    /** Publishing to a Kafka topic, until the broker's ack. */
    PRODUCE("produce"),
    /** A saga run by this request's orchestrator, until it committed or compensated. */
    SAGA("saga");

    private final String jsonName;

    SpanKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
