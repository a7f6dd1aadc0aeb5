package io.cloudmart.sim.model.cluster;

import java.util.List;

/**
 * A Cluster Autoscaler decision to grow one node group.
 *
 * @param pool     the node group to grow
 * @param count    nodes to add (&ge; 1, within the group's {@code maxNodes})
 * @param pods     the pending pods the new nodes are for
 * @param expander the expander that chose the group
 * @param reason   how the expander decided, e.g. {@code "least-waste: lowest wasted cpu+memory; c5 1 node(s) 1.3750; ..."}
 * @param options  every option the expander weighed, in pool order
 */
public record ScaleUp(NodePoolSpec pool, int count, List<SchedulablePod> pods, Expander expander, String reason,
                      List<ExpansionOption> options) {
    public ScaleUp {
        if (pool == null || expander == null || count < 1) {
            throw new IllegalArgumentException("a scale-up needs a pool, an expander and count >= 1, got " + count);
        }
        pods = List.copyOf(pods);
        options = List.copyOf(options);
    }
}
