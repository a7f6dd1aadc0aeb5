package io.cloudmart.sim.model.call;

import java.util.Map;

import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.trace.RequestTrace;

/**
 * The client request a call belongs to: who sent it and when. One per client request, shared by
 * every hop it causes, and dropped when the client has its answer.
 *
 * @param sentAt  simulated time the client sent it, seconds
 * @param journey index of the journey it follows
 * @param client  the consumer (JWT subject) and source IP it carries
 * @param headers the journey's request headers (shared, read-only), for mesh match rules
 * @param trace   where its hops report their timing when it is sampled ({@code --trace}); null when it is not,
 *                so an unsampled request costs each hop one branch
 */
public record Request(double sentAt, int journey, RequestIdentity client, Map<String, String> headers,
                      RequestTrace trace) {
    /** A request without headers. */
    public Request(double sentAt, int journey, RequestIdentity client) {
        this(sentAt, journey, client, Map.of());
    }

    /** A request that is not traced. */
    public Request(double sentAt, int journey, RequestIdentity client, Map<String, String> headers) {
        this(sentAt, journey, client, headers, null);
    }
}
