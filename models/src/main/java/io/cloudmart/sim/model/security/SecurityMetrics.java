package io.cloudmart.sim.model.security;

/**
 * Where a run counts its zero-trust work: keys of the metrics the layers keep (mTLS handshakes are the mesh's
 * per-destination {@code mesh.<service>.handshakes} counters, {@link io.cloudmart.sim.model.mesh.ServiceMesh#metricKey}).
 */
public final class SecurityMetrics {
    /** Counter: tokens the gateway's {@code jwt} plugin verified (one per request a node proxied). */
    public static final String JWT_VERIFICATIONS = "gateway.jwt.verifications";
    /** Prefix of the OPA decision tallies, {@code opa.<service>.<endpoint>.decisions}. */
    public static final String OPA_PREFIX = "opa";
    /** Suffix of the OPA decision tallies. */
    public static final String OPA_SUFFIX = "decisions";

    private SecurityMetrics() {
    }

    /**
     * Tally: the latency of every OPA decision endpoint {@code service.endpoint} asked for, seconds; its count is the
     * number of decisions. One per endpoint with {@code authorize}, created when the endpoint is compiled.
     */
    public static String opaDecisions(String service, String endpoint) {
        return OPA_PREFIX + "." + service + "." + endpoint + "." + OPA_SUFFIX;
    }
}
