package io.cloudmart.sim.model.service;

/**
 * The resources of one pod.
 *
 * @param cpuCores    CPU cores the pod may use (Kubernetes CPU limit; 0.5 = 500m), > 0
 * @param memoryMiB   memory in MiB (recorded for cost later; does not slow requests), > 0
 * @param concurrency worker slots: requests served at once; later arrivals wait in the pod's FIFO queue, ≥ 1
 */
public record PodShape(double cpuCores, double memoryMiB, int concurrency) {
    public PodShape {
        if (!(cpuCores > 0) || !(memoryMiB > 0) || concurrency < 1) {
            throw new IllegalArgumentException("pod needs cpu > 0, memory > 0 and concurrency >= 1");
        }
    }
}
