package io.cloudmart.sim.model.finops;

/**
 * A container's requests and usage, constant over one sampled interval.
 *
 * @param cpuRequestCores CPU request, cores (1 = one vCPU), finite and >= 0
 * @param cpuUsageCores   CPU used, cores, finite and >= 0
 * @param memRequestGiB   memory request, GiB, finite and >= 0
 * @param memUsageGiB     memory used (working set), GiB, finite and >= 0
 */
public record ContainerResources(double cpuRequestCores, double cpuUsageCores, double memRequestGiB,
                                 double memUsageGiB) {
    public ContainerResources {
        requireAmount("CPU request", cpuRequestCores);
        requireAmount("CPU usage", cpuUsageCores);
        requireAmount("memory request", memRequestGiB);
        requireAmount("memory usage", memUsageGiB);
    }

    /** OpenCost's allocated CPU: max(request, usage), cores. */
    public double cpuAllocatedCores() {
        return Math.max(cpuRequestCores, cpuUsageCores);
    }

    /** OpenCost's allocated memory: max(request, usage), GiB. */
    public double memAllocatedGiB() {
        return Math.max(memRequestGiB, memUsageGiB);
    }

    private static void requireAmount(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }
}
