package io.cloudmart.sim.model.cluster;

import java.util.List;

/**
 * A Cluster Autoscaler decision to remove a node: empty nodes go in bulk, a node with pods is drained
 * (its pods evicted; they fit elsewhere by the scheduler's filter) one at a time.
 *
 * @param node        the node to remove
 * @param empty       true if it holds no pods (DaemonSets aside)
 * @param podsToEvict its pods, which the integrator reschedules
 * @param utilization its utilization when found unneeded
 * @param since       when it became unneeded, seconds
 */
public record NodeRemoval(Node node, boolean empty, List<SchedulablePod> podsToEvict, double utilization, double since) {
    public NodeRemoval {
        podsToEvict = List.copyOf(podsToEvict);
    }
}
