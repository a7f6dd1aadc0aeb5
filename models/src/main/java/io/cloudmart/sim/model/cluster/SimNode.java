package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A scratch copy of a node's free room for what-if placement (the autoscalers' simulations), so that no
 * real {@link Node} is touched. It is either a copy of a real node ({@link #of(Node)}) or a template of a
 * node that does not exist yet ({@link #template}).
 */
final class SimNode {
    private final Node node;
    private final Resources allocatable;
    private final int maxPods;
    private final List<SchedulablePod> pods;
    private Resources requested;

    private SimNode(Node node, Resources allocatable, Resources requested, List<SchedulablePod> pods, int maxPods) {
        this.node = node;
        this.allocatable = allocatable;
        this.requested = requested;
        this.pods = new ArrayList<>(pods);
        this.maxPods = maxPods;
    }

    /** A copy of {@code node} as it is now: its pods and requests. */
    static SimNode of(Node node) {
        return new SimNode(node, node.allocatable().resources(), node.requested(), node.pods(), node.allocatable().maxPods());
    }

    /** An empty node of that allocatable that runs only its DaemonSets ({@code overhead}). */
    static SimNode template(Allocatable allocatable, Resources overhead) {
        return new SimNode(null, allocatable.resources(), overhead, List.of(), allocatable.maxPods());
    }

    /** The real node, or null for a template. */
    Node node() {
        return node;
    }

    boolean fits(Resources request) {
        return Fit.fits(request, allocatable, requested, pods.size(), maxPods);
    }

    /** Places {@code pod} if it fits; returns whether it did. */
    boolean tryPlace(SchedulablePod pod) {
        Resources request = Resources.ofPod(pod);
        if (!fits(request)) {
            return false;
        }
        requested = requested.plus(request);
        pods.add(pod);
        return true;
    }

    /** Places {@code pod} on the first of {@code nodes} it fits; returns that node, or null if none. */
    static SimNode placeFirstFit(List<SimNode> nodes, SchedulablePod pod) {
        for (SimNode sim : nodes) {
            if (sim.tryPlace(pod)) {
                return sim;
            }
        }
        return null;
    }

    /** Whether {@code pod} is placed (or held) here. */
    boolean holds(SchedulablePod pod) {
        return pods.contains(pod);
    }

    /** Takes back a pod placed (or held) here. */
    void unplace(SchedulablePod pod) {
        for (int i = pods.size() - 1; i >= 0; i--) {
            if (pods.get(i) == pod) {
                pods.remove(i);
                requested = requested.minus(Resources.ofPod(pod));
                return;
            }
        }
        throw new IllegalStateException("pod " + pod.name() + " is not on this simulated node");
    }

    /** The pods on this simulated node: the real node's, then those placed here, in order. */
    List<SchedulablePod> pods() {
        return pods;
    }

    Resources requested() {
        return requested;
    }

    Resources allocatable() {
        return allocatable;
    }
}
