package io.cloudmart.sim.model.control;

/** What adds and removes nodes in a cluster. */
public enum NodeProvisioner {
    /** Nothing: the pools keep their initial nodes. */
    NONE(""),
    /** The Kubernetes Cluster Autoscaler over the node pools (node groups). */
    CLUSTER_AUTOSCALER("cluster-autoscaler"),
    /** A Karpenter NodePool beside the fixed pools: the cheapest offering that fits, and consolidation. */
    KARPENTER("karpenter");

    private final String controller;

    NodeProvisioner(String controller) {
        this.controller = controller;
    }

    /** Its name as the controller of its decisions in events.jsonl (blank for none). */
    public String controller() {
        return controller;
    }
}
