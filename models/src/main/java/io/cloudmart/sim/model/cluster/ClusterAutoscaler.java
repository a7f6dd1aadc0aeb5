package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Cluster Autoscaler's decision loop ({@code StaticAutoscaler.RunOnce} in kubernetes/autoscaler), as pure
 * logic: the integrator calls {@link #scan} every {@code scanInterval} with the pending pods, the nodes and
 * the node groups, and applies the returned {@link ScanDecision} to its {@link Cluster}.
 *
 * <p>One scan:
 * <ol>
 *   <li>nodes still provisioning longer than {@code maxNodeProvisionTime} are reported to be given up;</li>
 *   <li>scale-up ({@link ScaleUpPlanner}) for the pending pods pending at least {@code newPodScaleUpDelay}
 *       (measured from the first scan that saw each pod, since pods carry no creation time); after a
 *       scale-up the scan ends: "No scale down in this iteration", and the unneeded bookkeeping is not
 *       touched;</li>
 *   <li>otherwise the unneeded nodes are recomputed ({@link ScaleDownPlanner}) — also during the cool-down, as
 *       CA does ("in dry run only utilization is updated") — and, unless
 *       {@code lastScaleUp + scaleDownDelayAfterAdd > now} or {@code lastDelete + scaleDownDelayAfterDelete > now},
 *       the removable ones are returned.</li>
 * </ol>
 * State kept between scans: the unneeded-since times per node, the first-seen times of pending pods, the
 * last scale-up and last deletion times.
 */
public final class ClusterAutoscaler {
    private final ClusterAutoscalerSettings settings;
    private final RandomStream expanderStream;
    private final ScaleDownPlanner scaleDown = new ScaleDownPlanner();
    private Map<SchedulablePod, Double> pendingSince = new IdentityHashMap<>();
    private double lastScaleUpTime = Double.NEGATIVE_INFINITY;
    private double lastScaleDownDeleteTime = Double.NEGATIVE_INFINITY;
    private double lastScan = Double.NEGATIVE_INFINITY;

    /** An autoscaler without randomness (not valid with the {@code random} expander; ties go to the first pool). */
    public ClusterAutoscaler(ClusterAutoscalerSettings settings) {
        this(settings, null);
    }

    /** An autoscaler whose random expander, and least-waste/price ties, draw from {@code expanderStream}. */
    public ClusterAutoscaler(ClusterAutoscalerSettings settings, RandomStream expanderStream) {
        if (settings == null) {
            throw new IllegalArgumentException("the cluster autoscaler needs settings");
        }
        if (settings.expander() == Expander.RANDOM && expanderStream == null) {
            throw new IllegalArgumentException("expander random needs a RandomStream");
        }
        this.settings = settings;
        this.expanderStream = expanderStream;
    }

    public ClusterAutoscalerSettings settings() {
        return settings;
    }

    /** The time of the last scale-up, seconds ({@code -∞} before the first). */
    public double lastScaleUpTime() {
        return lastScaleUpTime;
    }

    /** The time of the last scan that removed nodes, seconds ({@code -∞} before the first). */
    public double lastScaleDownDeleteTime() {
        return lastScaleDownDeleteTime;
    }

    /** Since when {@code node} has been unneeded, if it is. */
    public Optional<Double> unneededSince(Node node) {
        return Optional.ofNullable(scaleDown.since(node));
    }

    /**
     * One scan at {@code now}.
     *
     * @param now         seconds, not before the previous scan
     * @param pendingPods pods that are not bound to a node (PodScheduled=False), in queue order
     * @param nodes       all nodes, in creation order ({@link Cluster#nodes()})
     * @param pools       the autoscaled node groups; nodes of other pools are neither grown nor removed
     */
    public ScanDecision scan(double now, List<? extends SchedulablePod> pendingPods, List<Node> nodes, List<NodePoolSpec> pools) {
        if (now < lastScan) {
            throw new IllegalArgumentException("scan at " + now + " s is before the previous scan at " + lastScan + " s");
        }
        lastScan = now;
        Map<String, NodePoolSpec> poolsByName = byName(pools);
        List<Node> timedOut = nodes.stream()
                .filter(n -> n.state() == NodeState.PROVISIONING && now - n.createdAt() > settings.maxNodeProvisionTimeSeconds())
                .toList();
        List<Node> live = nodes.stream().filter(n -> !timedOut.contains(n)).toList();
        List<String> notes = new ArrayList<>();
        Optional<ScaleUp> scaleUp = ScaleUpPlanner.plan(oldEnough(now, pendingPods), live, pools, settings.expander(),
                expanderStream, notes);
        if (scaleUp.isPresent()) {
            lastScaleUpTime = now;
            return new ScanDecision(now, scaleUp, List.of(), List.of(), List.of(), timedOut, true, notes);
        }
        List<UnneededNode> newly = new ArrayList<>();
        List<UnneededNode> unneeded = scaleDown.update(now, live, poolsByName, settings.scaleDownUtilizationThreshold(), newly);
        boolean cooldown = lastScaleUpTime + settings.scaleDownDelayAfterAddSeconds() > now
                || lastScaleDownDeleteTime + settings.scaleDownDelayAfterDeleteSeconds() > now;
        List<NodeRemoval> removals = cooldown ? List.of() : scaleDown.removable(now, unneeded, live, poolsByName, settings);
        if (!removals.isEmpty()) {
            lastScaleDownDeleteTime = now;
            removals.forEach(r -> scaleDown.forget(r.node()));
        }
        return new ScanDecision(now, Optional.empty(), unneeded, newly, removals, timedOut, cooldown, notes);
    }

    /** The pending pods seen for at least {@code newPodScaleUpDelay}; remembers when each was first seen. */
    private List<SchedulablePod> oldEnough(double now, List<? extends SchedulablePod> pendingPods) {
        Map<SchedulablePod, Double> seen = new IdentityHashMap<>();
        List<SchedulablePod> old = new ArrayList<>();
        for (SchedulablePod pod : pendingPods) {
            double since = pendingSince.getOrDefault(pod, now);
            seen.put(pod, since);
            if (now - since >= settings.newPodScaleUpDelaySeconds()) {
                old.add(pod);
            }
        }
        pendingSince = seen;
        return old;
    }

    private static Map<String, NodePoolSpec> byName(List<NodePoolSpec> pools) {
        Map<String, NodePoolSpec> byName = new LinkedHashMap<>();
        for (NodePoolSpec pool : pools) {
            if (byName.put(pool.name(), pool) != null) {
                throw new IllegalArgumentException("two node groups are called " + pool.name());
            }
        }
        return byName;
    }
}
