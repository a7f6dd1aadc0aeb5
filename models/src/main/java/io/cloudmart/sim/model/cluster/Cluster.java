package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's nodes, in creation order, and the cloud's side of their life: launching instances (they
 * become Ready {@code nodeStartupSeconds} later), draining and removing them. It names nodes
 * {@code <pool>-<n>} with a per-pool counter that never reuses a number.
 *
 * <p>The autoscalers only decide; the integrator applies their decisions here ({@link #launch(ScaleUp, double)},
 * {@link #launch(NodeLaunch, double)}, {@link #drain(Node, double)}, {@link #remove(Node)}) and calls
 * {@link #becomeReady(double)} from its periodic controller.
 */
public final class Cluster {
    /**
     * Default time from asking for an instance to the node being Ready, seconds: 90 s [ESTIMATE], the middle
     * of the 60–120 s typical on AWS EC2 with Karpenter or managed node groups (project domain facts 3.2;
     * the CA FAQ quotes 3–4 minutes on GCE).
     */
    public static final double DEFAULT_NODE_STARTUP_SECONDS = 90.0;

    private final double nodeStartupSeconds;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Integer> lastNumberPerPool = new LinkedHashMap<>();

    /** A cluster whose new nodes take {@value #DEFAULT_NODE_STARTUP_SECONDS} s to become Ready. */
    public Cluster() {
        this(DEFAULT_NODE_STARTUP_SECONDS);
    }

    /** A cluster whose new nodes take {@code nodeStartupSeconds} (&ge; 0) to become Ready. */
    public Cluster(double nodeStartupSeconds) {
        if (!(nodeStartupSeconds >= 0) || Double.isInfinite(nodeStartupSeconds)) {
            throw new IllegalArgumentException("node startup time must be finite and >= 0 s, got " + nodeStartupSeconds);
        }
        this.nodeStartupSeconds = nodeStartupSeconds;
    }

    public double nodeStartupSeconds() {
        return nodeStartupSeconds;
    }

    /** All nodes in creation order (unmodifiable view), whatever their state. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The nodes of one pool, in creation order. */
    public List<Node> nodesOf(String poolName) {
        return nodes.stream().filter(n -> n.poolName().equals(poolName)).toList();
    }

    public Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The node {@code pod} is bound to, if any. */
    public Optional<Node> nodeOf(SchedulablePod pod) {
        return nodes.stream().filter(n -> n.holds(pod)).findFirst();
    }

    /** Creates each pool's {@code initialNodes}, Ready at {@code now}, pool by pool. */
    public List<Node> bootstrap(List<NodePoolSpec> pools, double now) {
        List<Node> created = new ArrayList<>();
        for (NodePoolSpec pool : pools) {
            for (int i = 0; i < pool.initialNodes(); i++) {
                created.add(add(pool, now, NodeState.READY, now));
            }
        }
        return created;
    }

    /** Adds one node of {@code pool}, already Ready at {@code now}. */
    public Node addReadyNode(NodePoolSpec pool, double now) {
        return add(pool, now, NodeState.READY, now);
    }

    /** Launches the nodes of a Cluster Autoscaler scale-up; they are Ready {@link #nodeStartupSeconds()} later. */
    public List<Node> launch(ScaleUp scaleUp, double now) {
        List<Node> created = new ArrayList<>();
        for (int i = 0; i < scaleUp.count(); i++) {
            created.add(add(scaleUp.pool(), now, NodeState.PROVISIONING, now + nodeStartupSeconds));
        }
        return created;
    }

    /** Launches the node of a Karpenter decision; it is Ready {@link #nodeStartupSeconds()} later. */
    public Node launch(NodeLaunch launch, double now) {
        Offering offering = launch.offering();
        return add(launch.nodePoolName(), offering.type(), offering.capacityType(), offering.pricePerHour(),
                Resources.of(launch.overheadCpu(), launch.overheadMemoryMiB()), Map.of(), now, NodeState.PROVISIONING,
                now + nodeStartupSeconds);
    }

    /** Marks Ready every provisioning node whose startup has elapsed by {@code now}; returns them in creation order. */
    public List<Node> becomeReady(double now) {
        List<Node> ready = new ArrayList<>();
        for (Node node : nodes) {
            if (node.state() == NodeState.PROVISIONING && node.readyAt() <= now) {
                node.markReady(now);
                ready.add(node);
            }
        }
        return ready;
    }

    /**
     * Starts deleting {@code node}: it takes no new pods and its pods are evicted (unbound at {@code now});
     * returns them so the integrator can recreate and reschedule them.
     */
    public List<SchedulablePod> drain(Node node, double now) {
        requireMember(node);
        node.markDeleting();
        List<SchedulablePod> evicted = new ArrayList<>(node.pods());
        for (SchedulablePod pod : evicted) {
            node.unbind(pod, now);
        }
        return evicted;
    }

    /**
     * Removes {@code node} from the cluster (the instance is terminated).
     *
     * @throws IllegalStateException if it still holds pods
     */
    public void remove(Node node) {
        requireMember(node);
        if (!node.isEmpty()) {
            throw new IllegalStateException("node " + node.name() + " still holds " + node.pods().size() + " pods; drain it first");
        }
        node.markDeleting();
        nodes.remove(node);
    }

    private Node add(NodePoolSpec pool, double now, NodeState state, double readyAt) {
        return add(pool.name(), pool.type(), pool.capacityType(), pool.pricePerHour(), pool.overhead(), pool.labels(), now,
                state, readyAt);
    }

    private Node add(String poolName, InstanceType type, CapacityType capacityType, double price, Resources overhead,
                     Map<String, String> labels, double now, NodeState state, double readyAt) {
        int number = lastNumberPerPool.merge(poolName, 1, Integer::sum);
        Node node = new Node(poolName + "-" + number, poolName, type, capacityType, price, overhead, labels, now, state, readyAt);
        nodes.add(node);
        return node;
    }

    private void requireMember(Node node) {
        if (!nodes.contains(node)) {
            throw new IllegalArgumentException("node " + node.name() + " is not in this cluster");
        }
    }
}
