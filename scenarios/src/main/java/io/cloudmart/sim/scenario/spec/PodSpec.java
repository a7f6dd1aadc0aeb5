package io.cloudmart.sim.scenario.spec;

import io.cloudmart.sim.model.service.MemoryUsage;

/**
 * The resources of one pod's application container: its limits (what it may use) and its requests
 * (what the scheduler, the HPA and OpenCost count).
 *
 * @param cpuCores         CPU limit in cores (500m in the file is 0.5), {@code > 0}; default 1
 * @param memoryMiB        memory limit in MiB (2^20 bytes; 1Gi in the file is 1024), {@code > 0};
 *                         default 512
 * @param concurrency      worker slots: requests a pod serves at once, the rest queue; {@code >= 1};
 *                         default 200, Tomcat's default {@code maxThreads}
 * @param cpuRequestCores  CPU request, in (0, {@code cpuCores}]; default the limit
 * @param memoryRequestMiB memory request, in (0, {@code memoryMiB}]; default the limit
 * @param memoryUsage      how the app's working set follows the requests in flight; null (the default) = memory
 *                         usage not modelled
 */
public record PodSpec(double cpuCores, double memoryMiB, int concurrency, double cpuRequestCores,
                      double memoryRequestMiB, MemoryUsage memoryUsage) {

    /** CPU cores of a pod when the file gives none. */
    public static final double DEFAULT_CPU_CORES = 1.0;
    /** Memory of a pod when the file gives none, MiB. */
    public static final double DEFAULT_MEMORY_MIB = 512.0;
    /** Worker slots of a pod when the file gives none: Tomcat's default {@code maxThreads}. */
    public static final int DEFAULT_CONCURRENCY = 200;

    /** The pod used when a service has no {@code pod:} section. */
    public static final PodSpec DEFAULT = new PodSpec(DEFAULT_CPU_CORES, DEFAULT_MEMORY_MIB, DEFAULT_CONCURRENCY);

    /** A pod without a memory usage model. */
    public PodSpec(double cpuCores, double memoryMiB, int concurrency, double cpuRequestCores,
                   double memoryRequestMiB) {
        this(cpuCores, memoryMiB, concurrency, cpuRequestCores, memoryRequestMiB, null);
    }

    /** A pod whose requests equal its limits (the pinned {@code pod: {cpu, memory, concurrency}}). */
    public PodSpec(double cpuCores, double memoryMiB, int concurrency) {
        this(cpuCores, memoryMiB, concurrency, cpuCores, memoryMiB);
    }
}
