package io.cloudmart.sim.model.cluster;

/**
 * What the scheduler and the autoscalers need to know of a pod: a name and its resource requests
 * (summed over its containers, sidecars included: an injected {@code istio-proxy} adds 100m CPU and
 * 128 Mi by default). The integrator's pods implement it.
 *
 * <p>Pods are handled by identity: two distinct objects are two pods even if they are equal.
 */
public interface SchedulablePod {
    /** A stable name, for messages. */
    String name();

    /** CPU request, cores (0.1 = 100m), &ge; 0. */
    double cpuRequest();

    /** Memory request, MiB, &ge; 0. */
    double memoryRequestMiB();
}
