package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Cluster Autoscaler's scale-down bookkeeping (cluster-autoscaler {@code core/scaledown/eligibility},
 * {@code planner}, {@code unneeded/nodes.go}): which nodes are unneeded, since when, and which may go now.
 *
 * <p>Unneeded: a Ready node of an autoscaled group whose utilization is <em>below</em> the threshold
 * ({@code utilInfo.Utilization >= threshold} keeps it) and whose pods all pass the scheduler filter on other
 * Ready nodes. Candidates are simulated in creation order; a node found removable leaves the simulation,
 * its pods stay where they were placed (so a later candidate must also move the pods it received), as the
 * planner does with its cluster snapshot. Every pod is taken as movable (no PodDisruptionBudgets,
 * local storage or kube-system rules). The "since" time is kept per node identity while the node stays
 * unneeded and forgotten the first scan it is not.
 *
 * <p>Removable at {@code now}: unneeded with {@code since + scaleDownUnneededTime < now} (strictly, as
 * {@code !since.Add(unneededTime).Before(ts)} refuses), and the group stays at or above {@code minNodes}.
 * Empty nodes go together, at most {@code maxEmptyBulkDelete} per scan; a node with pods is drained only
 * one at a time ({@code --max-drain-parallelism} 1), within the same per-scan limit, after checking its pods
 * still fit on the nodes that stay.
 */
final class ScaleDownPlanner {
    private Map<Node, Double> unneededSince = new LinkedHashMap<>();

    /** When {@code node} became unneeded, or null. */
    Double since(Node node) {
        return unneededSince.get(node);
    }

    void forget(Node node) {
        unneededSince.remove(node);
    }

    /** Recomputes the unneeded nodes at {@code now}; the list holds them all, {@code newly} the new ones. */
    List<UnneededNode> update(double now, List<Node> nodes, Map<String, NodePoolSpec> pools, double threshold,
                              List<UnneededNode> newly) {
        List<SimNode> destinations = new ArrayList<>();
        Map<Node, SimNode> simOf = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.acceptsPods()) {
                SimNode sim = SimNode.of(node);
                destinations.add(sim);
                simOf.put(node, sim);
            }
        }
        Set<SimNode> removed = new LinkedHashSet<>();
        Map<Node, Double> updated = new LinkedHashMap<>();
        List<UnneededNode> unneeded = new ArrayList<>();
        for (Node node : nodes) {
            if (!node.acceptsPods() || !pools.containsKey(node.poolName())) {
                continue;
            }
            double utilization = node.utilization();
            if (utilization >= threshold) {
                continue;
            }
            SimNode self = simOf.get(node);
            List<SimNode> others = destinations.stream().filter(d -> d != self && !removed.contains(d)).toList();
            if (!moveAll(self, others)) {
                continue;
            }
            removed.add(self);
            Double previous = unneededSince.get(node);
            double since = previous == null ? now : previous;
            updated.put(node, since);
            UnneededNode entry = new UnneededNode(node, utilization, since);
            unneeded.add(entry);
            if (previous == null) {
                newly.add(entry);
            }
        }
        unneededSince = updated;
        return unneeded;
    }

    /** The nodes to remove at {@code now} among {@code unneeded}. */
    List<NodeRemoval> removable(double now, List<UnneededNode> unneeded, List<Node> nodes, Map<String, NodePoolSpec> pools,
                                ClusterAutoscalerSettings settings) {
        Map<String, Long> sizeLeft = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.state() != NodeState.DELETING) {
                sizeLeft.merge(node.poolName(), 1L, Long::sum);
            }
        }
        boolean drainInProgress = nodes.stream().anyMatch(n -> n.state() == NodeState.DELETING && !n.isEmpty());
        List<NodeRemoval> removals = new ArrayList<>();
        Set<Node> leaving = new LinkedHashSet<>();
        UnneededNode drainCandidate = null;
        for (UnneededNode entry : unneeded) {
            Node node = entry.node();
            NodePoolSpec pool = pools.get(node.poolName());
            boolean longEnough = entry.since() + settings.scaleDownUnneededTimeSeconds() < now;
            if (!longEnough || sizeLeft.get(node.poolName()) <= pool.minNodes()) {
                continue;
            }
            if (node.isEmpty() && removals.size() < settings.maxEmptyBulkDelete()) {
                removals.add(new NodeRemoval(node, true, List.of(), entry.utilization(), entry.since()));
                leaving.add(node);
                sizeLeft.merge(node.poolName(), -1L, Long::sum);
            } else if (!node.isEmpty() && drainCandidate == null && !drainInProgress) {
                drainCandidate = entry;
            }
        }
        if (drainCandidate != null && removals.size() < settings.maxEmptyBulkDelete()
                && sizeLeft.get(drainCandidate.node().poolName()) > pools.get(drainCandidate.node().poolName()).minNodes()) {
            Node node = drainCandidate.node();
            leaving.add(node);
            List<SimNode> staying = nodes.stream().filter(n -> n.acceptsPods() && !leaving.contains(n)).map(SimNode::of).toList();
            if (moveAll(SimNode.of(node), staying)) {
                removals.add(new NodeRemoval(node, false, node.pods(), drainCandidate.utilization(), drainCandidate.since()));
            }
        }
        return removals;
    }

    /** Places every pod of {@code from} on {@code destinations} (first fit); undoes it all and returns false if one does not fit. */
    private static boolean moveAll(SimNode from, List<SimNode> destinations) {
        List<SimNode> usedFor = new ArrayList<>();
        List<SchedulablePod> moved = new ArrayList<>();
        for (SchedulablePod pod : from.pods()) {
            SimNode target = SimNode.placeFirstFit(destinations, pod);
            if (target == null) {
                for (int i = 0; i < moved.size(); i++) {
                    usedFor.get(i).unplace(moved.get(i));
                }
                return false;
            }
            usedFor.add(target);
            moved.add(pod);
        }
        return true;
    }
}
