package io.cloudmart.sim.model.gitops;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;

/** The live objects an Argo CD Application manages, as its controller reads and writes them. */
public interface LiveCluster {
    /** A Deployment's {@code spec.replicas}. */
    int replicas(String service);

    /** Sets a Deployment's {@code spec.replicas}. */
    void scale(String service, int replicas);

    /** The live HorizontalPodAutoscaler's spec; null when there is none. */
    HpaSpec hpa(String service);

    /** Applies an HPA manifest: edits the live HPA, or creates it. */
    void applyHpa(String service, HpaSpec spec);

    /** Deletes the live HPA; the Deployment keeps the replicas it has. */
    void deleteHpa(String service);

    /** Whether the rollout's update has begun. */
    boolean rolloutUpdated(String rollout);

    /** Puts the new image in the rollout's pod template: its update begins now. */
    void updateRollout(String rollout, double now);
}
