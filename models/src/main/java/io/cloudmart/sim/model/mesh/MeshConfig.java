package io.cloudmart.sim.model.mesh;

import java.util.Map;

/**
 * An Istio-like service mesh: a sidecar on both ends of every call between services, and a
 * policy per destination service (others get {@link DestinationPolicy#istioDefault()}).
 */
public record MeshConfig(SidecarSettings sidecar, Map<String, DestinationPolicy> destinations) {
    public MeshConfig {
        destinations = Map.copyOf(destinations);
    }

    /** The policy for calls to {@code service}. */
    public DestinationPolicy policyFor(String service) {
        return destinations.getOrDefault(service, DestinationPolicy.istioDefault());
    }
}
