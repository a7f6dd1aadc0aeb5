package io.cloudmart.sim.model.mesh;

import java.util.Locale;

/**
 * The DestinationRule {@code trafficPolicy.loadBalancer.simple} values the simulator models.
 *
 * <p>When the field is unset Istio configures Envoy's LEAST_REQUEST ({@link #ISTIO_DEFAULT}; istio/istio
 * {@code releasenotes/notes/new_lb_algorithm_default.yaml}, and {@code defaultLBAlgorithm()} in
 * {@code pilot/pkg/networking/core/cluster_traffic_policy.go}). The deprecated {@code LEAST_CONN} is an
 * alias of LEAST_REQUEST, as in the same Istio code.
 */
public enum LbPolicy {
    /** Plain rotation over the available hosts (Envoy ROUND_ROBIN with equal weights). */
    ROUND_ROBIN,
    /** A uniformly random available host (Envoy RANDOM). */
    RANDOM,
    /** Power of two choices: the less loaded of two random available hosts (Envoy LEAST_REQUEST, equal weights). */
    LEAST_REQUEST;

    /** What Istio uses when {@code loadBalancer.simple} is unset. */
    public static final LbPolicy ISTIO_DEFAULT = LEAST_REQUEST;

    /**
     * The policy named by an Istio {@code simple} value; {@code null} or blank gives {@link #ISTIO_DEFAULT},
     * {@code LEAST_CONN} gives LEAST_REQUEST.
     *
     * @throws IllegalArgumentException for values the simulator does not model (PASSTHROUGH, consistent hash)
     */
    public static LbPolicy fromIstio(String simple) {
        if (simple == null || simple.isBlank()) {
            return ISTIO_DEFAULT;
        }
        String value = simple.trim().toUpperCase(Locale.ROOT);
        if (value.equals("LEAST_CONN")) {
            return LEAST_REQUEST;
        }
        for (LbPolicy policy : values()) {
            if (policy.name().equals(value)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("loadBalancer.simple '" + simple
                + "' is not modelled; use ROUND_ROBIN, RANDOM, LEAST_REQUEST (or LEAST_CONN)");
    }
}
