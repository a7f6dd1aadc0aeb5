package io.cloudmart.sim.model.autoscale.hpa;

/** {@code pod.status.phase}, as far as the HPA's pod grouping distinguishes it. */
public enum PodPhase {
    /** Accepted but not all containers running yet (scheduling, image pull): set aside as not ready. */
    PENDING,
    /** Bound to a node with its containers started. */
    RUNNING,
    /** Terminated in failure: left out of the calculation altogether. */
    FAILED
}
