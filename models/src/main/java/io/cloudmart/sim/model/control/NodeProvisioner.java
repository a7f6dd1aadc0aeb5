package io.cloudmart.sim.model.control;

/** What adds and removes nodes in a cluster. */
public enum NodeProvisioner {
    /** Nothing: the pools keep their initial nodes. */
    NONE,
    /** The Kubernetes Cluster Autoscaler over the node pools (node groups). */
    CLUSTER_AUTOSCALER,
    /** A Karpenter NodePool beside the fixed pools: the cheapest offering that fits, and consolidation. */
    KARPENTER
}
