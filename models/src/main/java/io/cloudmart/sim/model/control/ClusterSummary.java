package io.cloudmart.sim.model.control;

import java.util.List;

/**
 * The cluster's story over a whole run (warm-up included, as the bill is), attached to the replication's result.
 *
 * @param pools              per node pool (the Karpenter NodePool last), in configuration order
 * @param pendingPodSeconds  the time pods spent waiting for a node, summed over pods
 * @param maxPendingPods     the most pods waiting at once
 * @param interruptions      spot interruptions
 * @param unschedulable      pods still waiting at the end, with the scheduler's reason (at most 20)
 */
public record ClusterSummary(List<Pool> pools, double pendingPodSeconds, int maxPendingPods, int interruptions,
                             List<String> unschedulable) {
    public ClusterSummary {
        pools = List.copyOf(pools);
        unschedulable = List.copyOf(unschedulable);
    }

    /**
     * One pool's nodes.
     *
     * @param name      the pool
     * @param min       fewest nodes at once (launching nodes count: they are billed)
     * @param max       most nodes at once
     * @param mean      time-weighted mean
     * @param nodeHours node-hours of existence
     * @param added     nodes launched during the run
     * @param removed   nodes removed during the run
     */
    public record Pool(String name, int min, int max, double mean, double nodeHours, int added, int removed) {
    }
}
