package io.cloudmart.sim.model.cluster;

import java.util.List;

/**
 * One way to scale up that the Cluster Autoscaler weighs: add {@code nodeCount} nodes to {@code pool} for
 * {@code pods}, as the binpacking estimator worked it out, with the figures the expanders compare.
 *
 * @param pool         the node group
 * @param nodeCount    nodes to add (already limited by the group's {@code maxNodes})
 * @param pods         the pending pods these nodes would take
 * @param wastedCpu    least-waste's idle CPU: {@code (capacity × count − Σ pod CPU requests) / (capacity × count)},
 *                     node <em>capacity</em> and pod requests without DaemonSets, as {@code expander/waste} computes it
 * @param wastedMemory the same for memory
 * @param pricePerPod  {@code pool price × nodeCount / pods}, $/hour per pod
 */
public record ExpansionOption(NodePoolSpec pool, int nodeCount, List<SchedulablePod> pods, double wastedCpu,
                              double wastedMemory, double pricePerPod) {
    public ExpansionOption {
        pods = List.copyOf(pods);
    }

    /** least-waste's score: {@code wastedCpu + wastedMemory} (lower is better). */
    public double wasteScore() {
        return wastedCpu + wastedMemory;
    }
}
