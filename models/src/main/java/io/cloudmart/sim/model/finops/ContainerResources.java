package io.cloudmart.sim.model.finops;

/**
 * A container's requests and usage over one sampled interval. CPU is taken as constant over it (its usage is the
 * interval's average rate, as OpenCost's CPU rate is). Memory may vary within it: {@code memAllocatedGiB} is then
 * the interval's mean of max(request, usage(t)), which is at least max(request, mean usage); with constant usage
 * (the four-amount constructor) it is max(request, usage).
 *
 * @param cpuRequestCores CPU request, cores (1 = one vCPU), finite and >= 0
 * @param cpuUsageCores   CPU used, cores, finite and >= 0
 * @param memRequestGiB   memory request, GiB, finite and >= 0
 * @param memUsageGiB     memory used (working set), GiB, mean over the interval, finite and >= 0
 * @param memAllocatedGiB OpenCost's allocated memory, mean over the interval of max(request, usage(t)), GiB;
 *                        at least max(request, usage)
 */
public record ContainerResources(double cpuRequestCores, double cpuUsageCores, double memRequestGiB,
                                 double memUsageGiB, double memAllocatedGiB) {
    /** Relative slack for the mean of max(request, usage) computed in floating point. */
    private static final double ALLOCATED_REL_TOL = 1e-9;

    public ContainerResources {
        requireAmount("CPU request", cpuRequestCores);
        requireAmount("CPU usage", cpuUsageCores);
        requireAmount("memory request", memRequestGiB);
        requireAmount("memory usage", memUsageGiB);
        requireAmount("allocated memory", memAllocatedGiB);
        double floor = Math.max(memRequestGiB, memUsageGiB);
        if (memAllocatedGiB < floor * (1 - ALLOCATED_REL_TOL)) {
            throw new IllegalArgumentException("allocated memory " + memAllocatedGiB + " GiB must be at least"
                    + " max(request, usage) = " + floor + " GiB");
        }
    }

    /** Usage constant over the interval: memory is allocated at max(request, usage). */
    public ContainerResources(double cpuRequestCores, double cpuUsageCores, double memRequestGiB, double memUsageGiB) {
        this(cpuRequestCores, cpuUsageCores, memRequestGiB, memUsageGiB, Math.max(memRequestGiB, memUsageGiB));
    }

    /** OpenCost's allocated CPU: max(request, usage), cores. */
    public double cpuAllocatedCores() {
        return Math.max(cpuRequestCores, cpuUsageCores);
    }

    private static void requireAmount(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }
}
