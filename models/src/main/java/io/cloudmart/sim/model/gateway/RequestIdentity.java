package io.cloudmart.sim.model.gateway;

import java.util.Objects;

/**
 * Who a request comes from, as far as the gateway's plugins can tell: the authenticated consumer (if
 * any), the client IP and the matched service (if any).
 *
 * @param consumerId the Kong consumer id set by an auth plugin, or {@code null} for anonymous traffic
 * @param ip         the client (forwarded) IP; never null, it is every identifier's fallback
 * @param serviceId  the matched Kong service id, or {@code null}
 */
public record RequestIdentity(String consumerId, String ip, String serviceId) {
    public RequestIdentity {
        Objects.requireNonNull(ip, "a request always has a client IP");
    }

    /** An anonymous request from {@code ip}. */
    public static RequestIdentity anonymous(String ip) {
        return new RequestIdentity(null, ip, null);
    }

    /** The same request routed to {@code service}. */
    public RequestIdentity withService(String service) {
        return new RequestIdentity(consumerId, ip, service);
    }

    /**
     * The counter identifier under {@code limitBy}, with Kong's fallback to the IP when the entity is
     * absent ({@code get_identifier} in {@code kong/plugins/rate-limiting/handler.lua}).
     */
    public String identifier(LimitBy limitBy) {
        String entity = switch (limitBy) {
            case CONSUMER -> consumerId;
            case SERVICE -> serviceId;
            case IP -> null;
        };
        return entity != null ? entity : ip;
    }
}
