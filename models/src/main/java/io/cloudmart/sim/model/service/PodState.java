package io.cloudmart.sim.model.service;

/**
 * Where a pod is in its life, as the parts of Kubernetes that watch it see it.
 *
 * <p>Kubernetes reports a pod's {@code phase} (Pending, Running, …) and its {@code Ready} condition
 * separately; the states here are the combinations the simulator needs: {@link #PENDING} is phase
 * Pending (not yet on a node, or on one but its containers not started), {@link #STARTING} is phase
 * Running and not Ready, {@link #READY} is Running and Ready (in the Service's endpoints),
 * {@link #TERMINATING} has a deletion timestamp (out of the endpoints, finishing its in-flight work),
 * and {@link #GONE} no longer exists.
 */
public enum PodState {
    /** Created, not running yet: waiting for a node, pulling its image or starting its containers. */
    PENDING,
    /** Containers running, readiness probe not yet passed: uses its cores, gets no requests. */
    STARTING,
    /** In the Service's endpoints: new requests may be sent to it. */
    READY,
    /** Being deleted: out of the endpoints, finishing in-flight requests within the grace period. */
    TERMINATING,
    /** Deleted; whatever was still running when it went has failed. */
    GONE;

    /** True while the pod's containers run, so its cores exist (starting, ready or terminating). */
    public boolean running() {
        return this == STARTING || this == READY || this == TERMINATING;
    }
}
