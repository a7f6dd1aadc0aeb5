package io.cloudmart.sim.model.service;

/**
 * How much memory an application container's working set holds: a baseline (a JVM's heap after start-up: classes,
 * caches, the framework) plus a buffer per request in flight in the pod (waiting or served). The working set never
 * exceeds the container's memory limit: above it the kernel's OOM killer ends the container. That is modelled only
 * for a version that leaks memory ({@link VersionFaults#leaks()}); otherwise the usage is capped at the limit.
 *
 * @param baseMiB       working set with no request in flight, MiB, finite and &ge; 0
 * @param perRequestMiB added per request in flight, MiB, finite and &ge; 0
 */
public record MemoryUsage(double baseMiB, double perRequestMiB) {
    public MemoryUsage {
        if (!(baseMiB >= 0) || Double.isInfinite(baseMiB) || !(perRequestMiB >= 0) || Double.isInfinite(perRequestMiB)) {
            throw new IllegalArgumentException("memory usage needs finite base >= 0 and perRequest >= 0, got "
                    + baseMiB + " MiB and " + perRequestMiB + " MiB");
        }
    }

    /** The working set with {@code inFlight} requests in the pod, capped at {@code limitMiB}, MiB. */
    public double workingSetMiB(int inFlight, double limitMiB) {
        return Math.min(limitMiB, baseMiB + perRequestMiB * inFlight);
    }
}
