package io.cloudmart.sim.model.service;

/**
 * The resources of one pod's application container.
 *
 * @param cpuCores         CPU cores the container may use (its CPU limit; 0.5 = 500m), > 0
 * @param memoryMiB        its memory limit in MiB (does not slow requests), > 0
 * @param concurrency      worker slots: requests served at once; later arrivals wait in the pod's FIFO queue, ≥ 1
 * @param cpuRequestCores  its CPU request, in (0, {@code cpuCores}] (Kubernetes rejects requests above limits)
 * @param memoryRequestMiB its memory request, in (0, {@code memoryMiB}]
 * @param memoryUsage      how its working set follows the requests in flight; {@code null} = memory usage not
 *                         modelled (nothing reads a working set: memory metrics are refused, OpenCost charges the
 *                         request)
 */
public record PodShape(double cpuCores, double memoryMiB, int concurrency, double cpuRequestCores,
                       double memoryRequestMiB, MemoryUsage memoryUsage) {
    public PodShape {
        if (!(cpuCores > 0) || !(memoryMiB > 0) || concurrency < 1) {
            throw new IllegalArgumentException("pod needs cpu > 0, memory > 0 and concurrency >= 1");
        }
        if (!(cpuRequestCores > 0) || cpuRequestCores > cpuCores || !(memoryRequestMiB > 0) || memoryRequestMiB > memoryMiB) {
            throw new IllegalArgumentException("pod requests must be > 0 and at most the limits, got cpu " + cpuRequestCores
                    + " of " + cpuCores + ", memory " + memoryRequestMiB + " of " + memoryMiB);
        }
    }

    /** A pod without a memory usage model. */
    public PodShape(double cpuCores, double memoryMiB, int concurrency, double cpuRequestCores,
                    double memoryRequestMiB) {
        this(cpuCores, memoryMiB, concurrency, cpuRequestCores, memoryRequestMiB, null);
    }

    /** A pod whose requests equal its limits (the pinned {@code pod: {cpu, memory, concurrency}}). */
    public PodShape(double cpuCores, double memoryMiB, int concurrency) {
        this(cpuCores, memoryMiB, concurrency, cpuCores, memoryMiB);
    }

    /** The application container's requests. */
    public Requests requests() {
        return new Requests(cpuRequestCores, memoryRequestMiB);
    }
}
