package io.cloudmart.sim.model.service;

import java.util.List;

/**
 * What a service is made of.
 *
 * @param name      service name, unique in the shop
 * @param pod       resources of each pod
 * @param endpoints its operations
 * @param versions  the versions its pods run; pods are numbered version by version
 * @param outages   windows in which the service refuses every connection
 * @param terminationGracePeriodSeconds how long a deleted pod may finish its in-flight requests before it
 *                  is killed, ≥ 0 (the pod spec's field; {@value #DEFAULT_GRACE_SECONDS} s by default)
 * @param sidecar   the requests of the mesh's injected proxy container in each pod ({@link Requests#NONE}
 *                  outside the mesh); they count for the scheduler, the HPA's utilization and the bill
 */
public record ServiceConfig(String name, PodShape pod, List<Endpoint> endpoints, List<VersionConfig> versions,
                            List<Outage> outages, double terminationGracePeriodSeconds, Requests sidecar) {
    /** [DEFAULT] Kubernetes {@code PodSpec.terminationGracePeriodSeconds}: 30 s (core/v1 types.go, DefaultTerminationGracePeriodSeconds). */
    public static final double DEFAULT_GRACE_SECONDS = 30;

    public ServiceConfig {
        java.util.Objects.requireNonNull(sidecar, "sidecar");
        if (!(terminationGracePeriodSeconds >= 0) || Double.isInfinite(terminationGracePeriodSeconds)) {
            throw new IllegalArgumentException("service " + name + " needs terminationGracePeriodSeconds >= 0");
        }
        endpoints = List.copyOf(endpoints);
        versions = List.copyOf(versions);
        outages = List.copyOf(outages);
        if (endpoints.isEmpty() || versions.isEmpty()) {
            throw new IllegalArgumentException("service " + name + " needs at least one endpoint and one version");
        }
        for (VersionConfig version : versions) {
            if (version.faults().leaks() && pod.memoryUsage() == null) {
                throw new IllegalArgumentException("service " + name + ": version " + version.name() + " leaks memory,"
                        + " which needs the pod's memory usage (its base working set) to grow from");
            }
        }
        if (versions.stream().mapToInt(VersionConfig::replicas).sum() < 1) {
            throw new IllegalArgumentException("service " + name + " needs at least one pod");
        }
    }

    /** A service without a sidecar. */
    public ServiceConfig(String name, PodShape pod, List<Endpoint> endpoints, List<VersionConfig> versions,
                         List<Outage> outages, double terminationGracePeriodSeconds) {
        this(name, pod, endpoints, versions, outages, terminationGracePeriodSeconds, Requests.NONE);
    }

    /** This service with {@code proxy} injected in every pod. */
    public ServiceConfig withSidecar(Requests proxy) {
        return new ServiceConfig(name, pod, endpoints, versions, outages, terminationGracePeriodSeconds, proxy);
    }

    /** What one pod requests: the application container and the sidecar. */
    public Requests podRequests() {
        return pod.requests().plus(sidecar);
    }

    /** A service with the default grace period. */
    public ServiceConfig(String name, PodShape pod, List<Endpoint> endpoints, List<VersionConfig> versions,
                         List<Outage> outages) {
        this(name, pod, endpoints, versions, outages, DEFAULT_GRACE_SECONDS);
    }

    /** A service of {@code replicas} pods all running one faultless version. */
    public ServiceConfig(String name, int replicas, PodShape pod, List<Endpoint> endpoints) {
        this(name, pod, endpoints, List.of(VersionConfig.stable(replicas)), List.of());
    }

    /** A service with versions and no outage. */
    public ServiceConfig(String name, PodShape pod, List<Endpoint> endpoints, List<VersionConfig> versions) {
        this(name, pod, endpoints, versions, List.of());
    }

    /** Pods over all versions. */
    public int replicas() {
        return versions.stream().mapToInt(VersionConfig::replicas).sum();
    }
}
