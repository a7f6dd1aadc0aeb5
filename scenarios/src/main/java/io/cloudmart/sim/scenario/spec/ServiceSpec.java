package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A microservice: pods behind one name, each serving the same endpoints, grouped in versions.
 *
 * @param replicas  number of pods, {@code >= 1}; default 1; the sum of the versions' replicas
 * @param pod       the size of one pod
 * @param endpoints endpoints by name, in file order; never empty
 * @param versions  versions by name, in file order; never empty. When the file names none, one
 *                  version {@value VersionSpec#DEFAULT_NAME} holding all {@code replicas}.
 */
public record ServiceSpec(int replicas, PodSpec pod, Map<String, EndpointSpec> endpoints,
                          Map<String, VersionSpec> versions, java.util.List<OutageSpec> outages) {

    /** Pods run when the file gives none. */
    public static final int DEFAULT_REPLICAS = 1;

    public ServiceSpec {
        Objects.requireNonNull(pod, "pod");
        endpoints = Copies.orderedMap(endpoints, "endpoints");
        versions = Copies.orderedMap(versions, "versions");
        outages = java.util.List.copyOf(outages);
    }

    /** A service without outages. */
    public ServiceSpec(int replicas, PodSpec pod, Map<String, EndpointSpec> endpoints, Map<String, VersionSpec> versions) {
        this(replicas, pod, endpoints, versions, java.util.List.of());
    }

    /** A service with the default single version {@value VersionSpec#DEFAULT_NAME}. */
    public ServiceSpec(int replicas, PodSpec pod, Map<String, EndpointSpec> endpoints) {
        this(replicas, pod, endpoints, defaultVersions(replicas));
    }

    /** One healthy {@value VersionSpec#DEFAULT_NAME} version of {@code replicas} pods. */
    public static Map<String, VersionSpec> defaultVersions(int replicas) {
        return Map.of(VersionSpec.DEFAULT_NAME, VersionSpec.healthy(replicas));
    }

    /** True when the versions are the default: one healthy {@value VersionSpec#DEFAULT_NAME} version. */
    public boolean hasDefaultVersions() {
        return versions.equals(defaultVersions(replicas));
    }
}
