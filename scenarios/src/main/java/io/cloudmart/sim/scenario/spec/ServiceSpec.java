package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A microservice: identical pods behind one name, each serving the same endpoints.
 *
 * @param replicas  number of pods, {@code >= 1}; default 1
 * @param pod       the size of one pod
 * @param endpoints endpoints by name, in file order; never empty
 */
public record ServiceSpec(int replicas, PodSpec pod, Map<String, EndpointSpec> endpoints) {

    /** Pods run when the file gives none. */
    public static final int DEFAULT_REPLICAS = 1;

    public ServiceSpec {
        Objects.requireNonNull(pod, "pod");
        endpoints = Copies.orderedMap(endpoints, "endpoints");
    }
}
