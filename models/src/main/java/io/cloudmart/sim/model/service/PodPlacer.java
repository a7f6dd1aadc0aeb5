package io.cloudmart.sim.model.service;

/**
 * Finds a node for a pending pod, as the kube-scheduler does, and tells the pod's {@link Deployment}
 * once it has one. A placer may keep a pod pending for as long as nothing fits.
 */
@FunctionalInterface
public interface PodPlacer {
    /** Places {@code pod} now or later; then calls {@code placed.onNode(imageCached)}. */
    void place(Pod pod, Placed placed);

    /** {@code pod} went before it was placed: the placer forgets it (nothing to forget by default). */
    default void forget(Pod pod) {
    }

    /** Called once a pod has a node. */
    @FunctionalInterface
    interface Placed {
        /** @param imageCached whether the node already has the pod's image (no pull needed) */
        void onNode(boolean imageCached);
    }

    /**
     * Without a cluster: room without limit on one node that has every image, so a pod is placed at once
     * and pulls nothing (what the simulator did before it modelled nodes).
     */
    PodPlacer UNLIMITED = new PodPlacer() {
        @Override
        public void place(Pod pod, Placed placed) {
            placed.onNode(true);
        }
    };
}
