package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Objects;

import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.ScoringStrategy;

/**
 * The nodes a shop's pods run on, and what changes them.
 *
 * @param pools              node pools (node groups), in file order; their {@code initialNodes} exist at t = 0
 * @param scoring            the scheduler's NodeResourcesFit strategy
 * @param provisioner        what adds and removes nodes
 * @param clusterAutoscaler  the Cluster Autoscaler's flags (used with {@link NodeProvisioner#CLUSTER_AUTOSCALER})
 * @param karpenter          the Karpenter NodePool (with {@link NodeProvisioner#KARPENTER}; null otherwise)
 * @param nodeStartupSeconds from asking for an instance to the node being Ready
 * @param spot               interruptions of spot nodes
 */
public record ClusterConfig(List<NodePoolSpec> pools, ScoringStrategy scoring, NodeProvisioner provisioner,
                            ClusterAutoscalerSettings clusterAutoscaler, KarpenterPool karpenter,
                            double nodeStartupSeconds, SpotInterruptions spot) {
    public ClusterConfig {
        pools = List.copyOf(pools);
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(provisioner, "provisioner");
        Objects.requireNonNull(clusterAutoscaler, "clusterAutoscaler");
        Objects.requireNonNull(spot, "spot");
        if (provisioner == NodeProvisioner.KARPENTER && karpenter == null) {
            throw new IllegalArgumentException("a Karpenter cluster needs its NodePool");
        }
        if (pools.isEmpty() && karpenter == null) {
            throw new IllegalArgumentException("a cluster needs at least one node pool");
        }
    }
}
