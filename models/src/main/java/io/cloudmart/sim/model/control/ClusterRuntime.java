package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.TimeWeighted;
import io.cloudmart.sim.model.cluster.Cluster;
import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.NodeState;
import io.cloudmart.sim.model.cluster.ScheduleResult;
import io.cloudmart.sim.model.cluster.Scheduler;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.cluster.Unschedulable;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;

/**
 * The cluster while a run goes on: the kube-scheduler placing pods on nodes by their requests, the nodes'
 * instances launching, becoming Ready, draining and stopping, and each node's image cache. The node
 * autoscalers and the spot market only decide; they act through {@link #launched}, {@link #remove} and
 * {@link #interrupt}.
 *
 * <p>A pod that fits nowhere waits (Pending, with the scheduler's reason) and is tried again, in the order the
 * pods came, whenever room may have appeared: a node became Ready or a pod left a node. A drained node stops
 * once the pods evicted from it are gone (their grace period), or at the end of a spot notice, whichever is first.
 *
 * <p>Metrics: {@code cluster.<pool>.nodes} (instances that exist, launching ones included: they are billed) and
 * {@code cluster.pending} (pods waiting for a node), levels with series.
 */
public final class ClusterRuntime implements PodPlacer {
    private final Cluster cluster;
    private final Scheduler scheduler;
    private final Simulation simulation;
    private final Map<String, Service> services;
    private final List<ClusterWatcher> watchers = new ArrayList<>();
    private final Map<Pod, PodPlacement> placements = new LinkedHashMap<>();
    private final Set<PodPlacement> waiting = new LinkedHashSet<>();
    private final Map<Node, Set<String>> images = new LinkedHashMap<>();
    /** Drained nodes and the evicted pods they wait for before they stop. */
    private final Map<Node, Set<Pod>> draining = new LinkedHashMap<>();
    private final Map<String, PoolTally> tallies = new LinkedHashMap<>();
    private final Map<String, TimeWeighted> nodeLevels = new LinkedHashMap<>();
    private final TimeWeighted pendingLevel;
    private final List<java.util.function.Consumer<Node>> readyListeners = new ArrayList<>();
    private double pendingPodSeconds;
    private double pendingSince;
    private int maxPending;
    private int interruptions;

    /**
     * Creates the pools' initial nodes and binds every pod that exists (all Ready at the start) as the scheduler
     * would, service by service in the order given, each service's pods in its order: {@link StartPlacement}.
     *
     * @throws IllegalStateException if an initial pod fits on no initial node (scenario checking, which asks
     *                               {@link StartPlacement} the same question, catches this first)
     */
    public ClusterRuntime(ClusterConfig config, Map<String, Service> services, Simulation simulation) {
        this.simulation = simulation;
        this.services = Map.copyOf(services);
        List<String> poolNames = new ArrayList<>();
        config.pools().forEach(pool -> poolNames.add(pool.name()));
        if (config.karpenter() != null) {
            poolNames.add(config.karpenter().name());
        }
        for (String pool : poolNames) {
            int initial = config.pools().stream().filter(p -> p.name().equals(pool)).mapToInt(NodePoolSpec::initialNodes)
                    .sum();
            tallies.put(pool, new PoolTally(initial));
            nodeLevels.put(pool, simulation.metrics().level(nodesMetric(pool), initial, true));
        }
        pendingLevel = simulation.metrics().level(PENDING_METRIC, 0, true);
        List<PodPlacement> start = new ArrayList<>();
        for (Service service : services.values()) {
            for (Pod pod : service.pods()) {
                PodPlacement placement = new PodPlacement(pod, null);
                placements.put(pod, placement);
                start.add(placement);
            }
        }
        StartPlacement placed = StartPlacement.place(config, simulation.streams(), start);
        placed.firstMisfit().ifPresent(misfit -> {
            throw new IllegalStateException("pod " + misfit.pod().name() + " fits on no initial node");
        });
        this.cluster = placed.cluster();
        this.scheduler = placed.scheduler();
        for (Node node : cluster.nodes()) {
            images.put(node, new LinkedHashSet<>());
        }
        for (PodPlacement placement : start) {
            Node node = cluster.nodeOf(placement).orElseThrow();
            placement.node = node;
            images.get(node).add(placement.image());
        }
        services.values().forEach(service -> service.watch(this::podChanged));
    }

    /** The metric holding the number of nodes of {@code pool}. */
    public static String nodesMetric(String pool) {
        return "cluster." + pool + ".nodes";
    }

    /** The metric holding the number of pods waiting for a node. */
    public static final String PENDING_METRIC = "cluster.pending";

    /** Adds a watcher and tells it of the nodes and pods that exist now. */
    public void watch(ClusterWatcher watcher) {
        watchers.add(watcher);
        double now = simulation.now();
        for (Node node : cluster.nodes()) {
            watcher.nodeStarted(node, now);
        }
        for (PodPlacement placement : placements.values()) {
            if (placement.node != null) {
                watcher.podBound(placement.pod, placement.node, now);
            }
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    public Simulation simulation() {
        return simulation;
    }

    /** The pods waiting for a node, in the order they came. */
    public List<SchedulablePod> pendingPods() {
        return List.copyOf(waiting);
    }

    // ---------------------------------------------------------------- the scheduler

    @Override
    public void place(Pod pod, Placed placed) {
        PodPlacement placement = new PodPlacement(pod, placed);
        placements.put(pod, placement);
        if (!bind(placement)) {
            placement.pendingSince = simulation.now();
            tallyPending();
            waiting.add(placement);
            maxPending = Math.max(maxPending, waiting.size());
            pendingLevel.set(waiting.size());
        }
    }

    @Override
    public void forget(Pod pod) {
        PodPlacement placement = placements.remove(pod);
        if (placement != null) {
            stopWaiting(placement);
        }
    }

    /** Binds {@code placement} if some node takes it; then the pod's Deployment goes on with its start-up. */
    private boolean bind(PodPlacement placement) {
        double now = simulation.now();
        ScheduleResult result = scheduler.schedule(placement, cluster.nodes(), now);
        if (result instanceof Unschedulable unschedulable) {
            placement.reason = unschedulable.message();
            return false;
        }
        Node node = ((ScheduleResult.Scheduled) result).node();
        placement.node = node;
        boolean cached = !images.get(node).add(placement.image());
        for (ClusterWatcher watcher : watchers) {
            watcher.podBound(placement.pod, node, now);
        }
        PodPlacer.Placed placed = placement.placed;
        placement.placed = null;
        placed.onNode(cached);
        return true;
    }

    /** Tries the waiting pods again, in order: room may have appeared. */
    private void retryWaiting() {
        if (waiting.isEmpty()) {
            return;
        }
        for (PodPlacement placement : List.copyOf(waiting)) {
            if (waiting.contains(placement) && bind(placement)) {
                stopWaiting(placement);
            }
        }
    }

    private void podChanged(Pod pod, PodState previous) {
        if (pod.state() != PodState.GONE) {
            return;
        }
        PodPlacement placement = placements.remove(pod);
        if (placement == null) {
            return;
        }
        stopWaiting(placement);
        if (placement.node != null) {
            unbind(placement);
        }
        for (Map.Entry<Node, Set<Pod>> e : List.copyOf(draining.entrySet())) {
            if (e.getValue().remove(pod) && e.getValue().isEmpty()) {
                stop(e.getKey());
            }
        }
        retryWaiting();
    }

    private void unbind(PodPlacement placement) {
        Node node = placement.node;
        double now = simulation.now();
        if (node.holds(placement)) {
            node.unbind(placement, now);
        }
        placement.node = null;
        for (ClusterWatcher watcher : watchers) {
            watcher.podUnbound(placement.pod, node, now);
        }
    }

    // ---------------------------------------------------------------- nodes

    /** Nodes just launched by an autoscaler: billed from now, Ready after the node start-up time. */
    public void launched(List<Node> nodes) {
        double now = simulation.now();
        for (Node node : nodes) {
            images.put(node, new LinkedHashSet<>());
            count(node, +1);
            for (ClusterWatcher watcher : watchers) {
                watcher.nodeStarted(node, now);
            }
            simulation.at(node.readyAt(), "node Ready", () -> becameReady(node));
        }
    }

    /** Tells {@code listener} of each launched node that becomes Ready (Karpenter's replacements wait for it). */
    public void onNodeReady(java.util.function.Consumer<Node> listener) {
        readyListeners.add(listener);
    }

    private void becameReady(Node node) {
        if (node.state() != NodeState.PROVISIONING) {
            return; // given up on before it came up
        }
        cluster.becomeReady(simulation.now());
        readyListeners.forEach(l -> l.accept(node));
        retryWaiting();
    }

    /**
     * Removes {@code node}: a node still launching or empty stops now; otherwise it is cordoned and drained, its
     * pods evicted (their Deployments make replacements, which the scheduler places elsewhere), and it stops once
     * they are gone.
     */
    public void remove(Node node) {
        if (draining.containsKey(node) || !cluster.nodes().contains(node)) {
            return;
        }
        List<SchedulablePod> evicted = node.state() == NodeState.PROVISIONING ? List.of()
                : cluster.drain(node, simulation.now());
        Set<Pod> leaving = new LinkedHashSet<>();
        for (SchedulablePod p : evicted) {
            PodPlacement placement = (PodPlacement) p;
            Node from = placement.node;
            placement.node = null;
            for (ClusterWatcher watcher : watchers) {
                watcher.podUnbound(placement.pod, from, simulation.now());
            }
            leaving.add(placement.pod);
        }
        draining.put(node, leaving);
        // an idle pod leaves within terminate() and so leaves this set (and may stop the node): walk a copy
        for (Pod pod : List.copyOf(leaving)) {
            services.get(pod.service()).terminate(pod);
        }
        if (draining.containsKey(node) && draining.get(node).isEmpty()) {
            stop(node);
        }
        retryWaiting();
    }

    /**
     * A spot interruption of {@code node}: it is cordoned and drained now, and its instance stops at the end of
     * the notice; what still runs on it then is killed.
     */
    public void interrupt(Node node, double noticeSeconds) {
        if (draining.containsKey(node) || !cluster.nodes().contains(node)) {
            return;
        }
        interruptions++;
        remove(node);
        simulation.after(noticeSeconds, "spot instance reclaimed", () -> {
            Set<Pod> left = draining.get(node);
            if (left == null) {
                return; // already stopped
            }
            for (Pod pod : List.copyOf(left)) {
                services.get(pod.service()).killNow(pod);
            }
            if (draining.containsKey(node)) {
                stop(node);
            }
        });
    }

    private void stop(Node node) {
        draining.remove(node);
        cluster.remove(node);
        images.remove(node);
        count(node, -1);
        for (ClusterWatcher watcher : watchers) {
            watcher.nodeStopped(node, simulation.now());
        }
    }

    private void count(Node node, int delta) {
        PoolTally tally = tallies.get(node.poolName());
        tally.change(delta, simulation.now());
        nodeLevels.get(node.poolName()).set(tally.nodes());
    }

    private void stopWaiting(PodPlacement placement) {
        if (waiting.contains(placement)) {
            tallyPending();
            waiting.remove(placement);
            pendingLevel.set(waiting.size());
        }
    }

    /** Adds the pod-seconds waited since the last change of the waiting set; call before changing it. */
    private void tallyPending() {
        double now = simulation.now();
        pendingPodSeconds += waiting.size() * (now - pendingSince);
        pendingSince = now;
    }

    /** The cluster's story up to {@code end}. */
    public ClusterSummary summary(double end) {
        List<ClusterSummary.Pool> pools = new ArrayList<>();
        tallies.forEach((name, tally) -> pools.add(tally.summary(name, end)));
        List<String> stuck = waiting.stream().limit(20).map(p -> p.name() + ": " + p.reason).toList();
        return new ClusterSummary(pools, pendingPodSeconds + waiting.size() * (end - pendingSince), maxPending,
                interruptions, stuck);
    }
}
