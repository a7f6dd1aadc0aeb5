package io.cloudmart.sim.model.service;

/**
 * Told whenever a pod of a service changes state, as a Kubernetes informer is. Who balances over a
 * service's pods (kube-proxy, the mesh's sidecars) follows the {@link PodState#READY} ones; who counts
 * capacity or cost follows the others too.
 */
@FunctionalInterface
public interface PodWatcher {
    /** {@code pod} went from {@code previous} to its current {@link Pod#state()}. */
    void changed(Pod pod, PodState previous);
}
