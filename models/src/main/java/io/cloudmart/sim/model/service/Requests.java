package io.cloudmart.sim.model.service;

/**
 * CPU and memory a container asks for ({@code resources.requests}): what the scheduler places by, what the
 * HPA divides usage by for {@code Utilization}, and what OpenCost charges at least.
 *
 * @param cpuCores  CPU, cores (0.1 = 100m), &ge; 0
 * @param memoryMiB memory, MiB, &ge; 0
 */
public record Requests(double cpuCores, double memoryMiB) {
    /** Nothing: the sidecar of a pod outside the mesh. */
    public static final Requests NONE = new Requests(0, 0);
    /**
     * [DEFAULT] Istio's injected {@code istio-proxy} container: {@code global.proxy.resources.requests}
     * cpu 100m, memory 128Mi (istio/istio {@code manifests/charts/istio-control/istio-discovery/values.yaml}).
     */
    public static final Requests ISTIO_PROXY = new Requests(0.1, 128);

    public Requests {
        if (!(cpuCores >= 0) || !(memoryMiB >= 0) || Double.isInfinite(cpuCores) || Double.isInfinite(memoryMiB)) {
            throw new IllegalArgumentException("requests need finite cpu >= 0 and memory >= 0, got " + cpuCores + " cores, "
                    + memoryMiB + " MiB");
        }
    }

    public Requests plus(Requests other) {
        return new Requests(cpuCores + other.cpuCores, memoryMiB + other.memoryMiB);
    }
}
