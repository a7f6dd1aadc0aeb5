package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod that fits no node, with the reasons per node as kube-scheduler reports them in the pod's
 * {@code PodScheduled=False, reason=Unschedulable} condition and its {@code FailedScheduling} event.
 *
 * <p>{@link #message()} follows {@code FitError.Error()} (kubernetes {@code pkg/scheduler/framework/types.go}):
 * {@code "0/<all nodes> nodes are available: "} then one {@code "<count> <reason>"} per distinct reason,
 * sorted as strings ({@code sort.Strings}, so "10 x" sorts before "2 y") and joined with {@code ", "},
 * then a full stop, e.g. {@code "0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu."}.
 * A node can give several reasons (NodeResourcesFit reports every resource that is short). With no node
 * at all the scheduler says {@code "no nodes available to schedule pods"}. Preemption is not modelled, so
 * the {@code " preemption: ..."} suffix of recent versions is not written.
 *
 * @param pod          the pod
 * @param numAllNodes  nodes the scheduler looked at (registered nodes: not the ones still provisioning)
 * @param reasonCounts for each reason, on how many nodes it applied, in message order
 */
public record Unschedulable(SchedulablePod pod, int numAllNodes, Map<String, Integer> reasonCounts) implements ScheduleResult {
    /** kube-scheduler {@code ErrNoNodesAvailable}. */
    public static final String NO_NODES_AVAILABLE = "no nodes available to schedule pods";

    public Unschedulable {
        reasonCounts = Collections.unmodifiableMap(new LinkedHashMap<>(reasonCounts));
    }

    /** The scheduler's message for this failure. */
    public String message() {
        if (numAllNodes == 0) {
            return NO_NODES_AVAILABLE;
        }
        List<String> parts = new ArrayList<>();
        reasonCounts.forEach((reason, count) -> parts.add(count + " " + reason));
        Collections.sort(parts);
        return "0/" + numAllNodes + " nodes are available: " + String.join(", ", parts) + ".";
    }
}
