package io.cloudmart.sim.model.control;

import java.util.List;

import io.cloudmart.sim.model.cluster.KarpenterSettings;
import io.cloudmart.sim.model.cluster.Offering;

/**
 * A Karpenter NodePool: what it may launch and how it batches and consolidates.
 *
 * @param name              the NodePool's name (a lower-case DNS label); its nodes are {@code <name>-<n>}
 * @param offerings         instance types and capacity types it may launch, with their prices (not empty)
 * @param overheadCpu       DaemonSet CPU requests per node, cores
 * @param overheadMemoryMiB DaemonSet memory requests per node, MiB
 * @param maxNodes          the NodePool's limit, as a node count ({@code spec.limits} in nodes), &ge; 1
 * @param settings          batching and disruption settings
 */
public record KarpenterPool(String name, List<Offering> offerings, double overheadCpu, double overheadMemoryMiB,
                            int maxNodes, KarpenterSettings settings) {
    public KarpenterPool {
        offerings = List.copyOf(offerings);
        if (offerings.isEmpty() || maxNodes < 1 || settings == null) {
            throw new IllegalArgumentException("Karpenter NodePool " + name + " needs offerings, maxNodes >= 1 and settings");
        }
    }
}
