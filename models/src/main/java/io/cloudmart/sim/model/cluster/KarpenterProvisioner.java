package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A Karpenter-like provisioner for one NodePool, as pure logic: it batches pending pods, launches the
 * cheapest allowed offerings that bin-pack them (no node groups: any offering of the list, one NodeClaim
 * at a time), and consolidates the pool's nodes.
 *
 * <p>Batching (Karpenter's {@code provisioning/batcher.go}): the first pending pod not seen before opens a
 * batch; every further new pod extends it; it closes when no new pod came for {@code batchIdleDuration} or
 * {@code batchMaxDuration} after it opened. The integrator polls {@link #provision} (every second or more
 * often: a batch closes at the first poll after its deadline); when it closes, all pods pending then are
 * solved with {@link KarpenterBinpacker}. Pods that fit a Ready or launching node get no new node (the
 * kube-scheduler will bind them).
 *
 * <p>Consolidation: {@link #consolidate} (Karpenter polls every 10 s), see {@link KarpenterConsolidator}.
 */
public final class KarpenterProvisioner {
    private final String nodePoolName;
    private final List<Offering> offerings;
    private final Resources overhead;
    private final KarpenterSettings settings;
    private final KarpenterConsolidator consolidator;
    private Set<SchedulablePod> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private double batchOpenedAt = Double.NaN;
    private double lastNewPodAt = Double.NaN;

    /**
     * @param nodePoolName      the Karpenter NodePool's name (a lower-case DNS label); nodes are {@code <name>-<n>}
     * @param offerings         what it may launch (not empty)
     * @param overheadCpu       DaemonSet CPU requests per node, cores
     * @param overheadMemoryMiB DaemonSet memory requests per node, MiB
     * @param settings          batching and disruption settings
     */
    public KarpenterProvisioner(String nodePoolName, List<Offering> offerings, double overheadCpu, double overheadMemoryMiB,
                                KarpenterSettings settings) {
        if (nodePoolName == null || !nodePoolName.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
            throw new IllegalArgumentException("NodePool name must be a lower-case DNS label, got '" + nodePoolName + "'");
        }
        if (offerings == null || offerings.isEmpty()) {
            throw new IllegalArgumentException("NodePool " + nodePoolName + " needs at least one offering");
        }
        if (!(overheadCpu >= 0) || !(overheadMemoryMiB >= 0)) {
            throw new IllegalArgumentException("NodePool " + nodePoolName + ": DaemonSet overhead must be >= 0");
        }
        if (settings == null) {
            throw new IllegalArgumentException("NodePool " + nodePoolName + " needs settings");
        }
        List<Offering> sorted = new ArrayList<>(offerings);
        sorted.sort(KarpenterBinpacker.CHEAPEST_FIRST);
        this.nodePoolName = nodePoolName;
        this.offerings = List.copyOf(sorted);
        this.overhead = Resources.of(overheadCpu, overheadMemoryMiB);
        this.settings = settings;
        this.consolidator = new KarpenterConsolidator(nodePoolName, this.offerings, overhead, settings);
    }

    /** On-demand offerings of {@code types} at their list prices. */
    public static List<Offering> onDemand(List<InstanceType> types) {
        return types.stream().map(Offering::onDemand).toList();
    }

    public String nodePoolName() {
        return nodePoolName;
    }

    /** The allowed offerings, cheapest first. */
    public List<Offering> offerings() {
        return offerings;
    }

    public KarpenterSettings settings() {
        return settings;
    }

    /**
     * One poll of the batcher at {@code now}.
     *
     * @param pendingPods pods not bound to a node, in queue order
     * @param nodes       all nodes of the cluster, in creation order
     */
    public ProvisioningDecision provision(double now, List<? extends SchedulablePod> pendingPods, List<Node> nodes) {
        Set<SchedulablePod> current = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean newPod = false;
        for (SchedulablePod pod : pendingPods) {
            current.add(pod);
            newPod |= !seen.contains(pod);
        }
        seen = current;
        if (newPod) {
            if (Double.isNaN(batchOpenedAt)) {
                batchOpenedAt = now;
            }
            lastNewPodAt = now;
        }
        if (Double.isNaN(batchOpenedAt)) {
            return ProvisioningDecision.waiting(ProvisioningDecision.Status.IDLE);
        }
        boolean idle = now - lastNewPodAt >= settings.batchIdleDurationSeconds();
        boolean full = now - batchOpenedAt >= settings.batchMaxDurationSeconds();
        if (!idle && !full) {
            return ProvisioningDecision.waiting(ProvisioningDecision.Status.BATCHING);
        }
        batchOpenedAt = Double.NaN;
        lastNewPodAt = Double.NaN;
        return solve(pendingPods, nodes);
    }

    /** Consolidation at {@code now}: delete empty or underutilized nodes of the pool, or replace one by a cheaper one. */
    public ConsolidationDecision consolidate(double now, List<Node> nodes, List<? extends SchedulablePod> pendingPods) {
        return consolidator.consolidate(now, nodes, pendingPods);
    }

    private ProvisioningDecision solve(List<? extends SchedulablePod> pods, List<Node> nodes) {
        List<SimNode> existing = nodes.stream()
                .filter(n -> n.acceptsPods() || n.state() == NodeState.PROVISIONING)
                .map(SimNode::of)
                .toList();
        KarpenterBinpacker.Result result = KarpenterBinpacker.pack(pods, existing, offerings, overhead);
        List<NodeLaunch> launches = result.claims().stream()
                .map(c -> new NodeLaunch(nodePoolName, c.cheapest(), c.pods(), overhead.cores(), overhead.memoryMiB(),
                        c.offerings().size()))
                .toList();
        return new ProvisioningDecision(ProvisioningDecision.Status.SOLVED, launches, result.onExisting(), result.unschedulable());
    }
}
