package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Cluster Autoscaler's scale-up step (cluster-autoscaler {@code core/scaleup/orchestrator},
 * {@code estimator/binpacking_estimator.go}):
 * <ol>
 *   <li>pending pods that fit a node that is Ready or still coming up are left alone (the
 *       "filter out schedulable" processor; upcoming nodes count as capacity already ordered);</li>
 *   <li>for every group below its {@code maxNodes}, the pods that fit an empty template node (allocatable of
 *       the type, DaemonSet overhead already on it) are bin-packed by first-fit decreasing — pods sorted by
 *       {@code cpu/allocatable cpu + memory/allocatable memory}, largest first ({@code DecreasingPodOrderer}),
 *       each on the first new node it fits, else on one more node — opening at most
 *       {@code maxNodes − current size} nodes (the estimator's group-capacity limit);</li>
 *   <li>the {@link Expander} picks one option.</li>
 * </ol>
 */
final class ScaleUpPlanner {
    private ScaleUpPlanner() {
    }

    /** The scale-up for {@code pending}, if any group can help; {@code notes} receives why groups were skipped. */
    static Optional<ScaleUp> plan(List<SchedulablePod> pending, List<Node> nodes, List<NodePoolSpec> pools,
                                  Expander expander, RandomStream stream, List<String> notes) {
        List<SchedulablePod> needingNodes = notFittingExisting(pending, nodes);
        if (needingNodes.isEmpty()) {
            return Optional.empty();
        }
        List<ExpansionOption> options = new ArrayList<>();
        for (NodePoolSpec pool : pools) {
            long size = nodes.stream().filter(n -> n.poolName().equals(pool.name()) && n.state() != NodeState.DELETING).count();
            int room = (int) Math.max(0, pool.maxNodes() - size);
            if (room == 0) {
                notes.add("node group " + pool.name() + ": max size " + pool.maxNodes() + " reached");
                continue;
            }
            estimate(pool, needingNodes, room).ifPresentOrElse(options::add,
                    () -> notes.add("node group " + pool.name() + ": no pending pod fits a " + pool.type().name() + " node"));
        }
        if (options.isEmpty()) {
            notes.add(needingNodes.size() + " pending pod(s) did not trigger a scale-up");
            return Optional.empty();
        }
        Expander.Choice choice = expander.choose(options, stream);
        ExpansionOption chosen = choice.option();
        return Optional.of(new ScaleUp(chosen.pool(), chosen.nodeCount(), chosen.pods(), expander, choice.reason(), options));
    }

    /** The pending pods that fit no Ready or upcoming node, placing the others (first fit, node order) as it goes. */
    static List<SchedulablePod> notFittingExisting(List<SchedulablePod> pending, List<Node> nodes) {
        List<SimNode> existing = nodes.stream()
                .filter(n -> n.acceptsPods() || n.state() == NodeState.PROVISIONING)
                .map(SimNode::of)
                .toList();
        List<SchedulablePod> left = new ArrayList<>();
        for (SchedulablePod pod : pending) {
            if (SimNode.placeFirstFit(existing, pod) == null) {
                left.add(pod);
            }
        }
        return left;
    }

    /** The binpacking estimate for {@code pool}, or empty if no pod fits its template node. */
    static Optional<ExpansionOption> estimate(NodePoolSpec pool, List<SchedulablePod> pods, int maxNewNodes) {
        Resources allocatable = pool.allocatable().resources();
        List<SchedulablePod> ordered = new ArrayList<>(pods);
        ordered.sort(Comparator.comparingDouble((SchedulablePod p) -> sizeScore(p, allocatable)).reversed());
        List<SimNode> newNodes = new ArrayList<>();
        List<SchedulablePod> helped = new ArrayList<>();
        for (SchedulablePod pod : ordered) {
            if (SimNode.placeFirstFit(newNodes, pod) != null) {
                helped.add(pod);
                continue;
            }
            if (newNodes.size() == maxNewNodes) {
                continue;
            }
            SimNode fresh = SimNode.template(pool.allocatable(), pool.overhead());
            if (fresh.tryPlace(pod)) {
                newNodes.add(fresh);
                helped.add(pod);
            }
        }
        if (helped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(option(pool, newNodes.size(), helped));
    }

    private static ExpansionOption option(NodePoolSpec pool, int count, List<SchedulablePod> pods) {
        Resources podRequests = pods.stream().map(Resources::ofPod).reduce(Resources.ZERO, Resources::plus);
        Resources capacity = Resources.of(pool.type().vcpu(), pool.type().memoryMiB());
        double cpuAvailable = (double) capacity.milliCpu() * count;
        double memoryAvailable = (double) capacity.memoryBytes() * count;
        double wastedCpu = (cpuAvailable - podRequests.milliCpu()) / cpuAvailable;
        double wastedMemory = (memoryAvailable - podRequests.memoryBytes()) / memoryAvailable;
        return new ExpansionOption(pool, count, pods, wastedCpu, wastedMemory, pool.pricePerHour() * count / pods.size());
    }

    private static double sizeScore(SchedulablePod pod, Resources allocatable) {
        Resources request = Resources.ofPod(pod);
        return request.milliCpu() / (double) allocatable.milliCpu() + request.memoryBytes() / (double) allocatable.memoryBytes();
    }
}
