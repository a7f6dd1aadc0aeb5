package io.cloudmart.sim.model.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * A kube-scheduler reduced to resources: for one pod, filter the nodes, score the feasible ones and pick
 * the best.
 *
 * <p>Filter, per node, stopping at the first failing plugin as the framework does: NodeUnschedulable (a
 * cordoned node, and here also a node being deleted: "node(s) were unschedulable"), then NodeResourcesFit
 * (pod count, CPU, memory; see {@code fit.go}). Nodes still provisioning are not registered, so the
 * scheduler neither sees nor counts them. Score: one {@link ScoringStrategy}. All nodes are scored (the
 * real scheduler samples {@code percentageOfNodesToScore}, but not below 100 nodes).
 *
 * <p>Ties: kube-scheduler's {@code selectHost} picks uniformly among the nodes with the top score. Without
 * a tie-break stream this scheduler picks the first of them in the order the nodes are given (pass them in
 * creation order, as {@link Cluster#nodes()} does, for "oldest node wins"); with a stream it draws
 * uniformly among them, as the real one does.
 */
public final class Scheduler {
    /** kube-scheduler NodeUnschedulable {@code ErrReasonUnschedulable}. */
    public static final String NODE_UNSCHEDULABLE = "node(s) were unschedulable";

    private final ScoringStrategy strategy;
    private final RandomStream tieBreaker;

    /** A scheduler that breaks ties by node order. */
    public Scheduler(ScoringStrategy strategy) {
        this(strategy, null);
    }

    /** A scheduler that breaks ties uniformly at random with {@code tieBreaker} (null: by node order). */
    public Scheduler(ScoringStrategy strategy, RandomStream tieBreaker) {
        if (strategy == null) {
            throw new IllegalArgumentException("a scheduler needs a scoring strategy");
        }
        this.strategy = strategy;
        this.tieBreaker = tieBreaker;
    }

    public ScoringStrategy strategy() {
        return strategy;
    }

    /**
     * Why {@code pod} cannot go to {@code node} (kube-scheduler's reason strings); empty if it can.
     *
     * @throws IllegalArgumentException for a node still provisioning (the scheduler does not see it)
     */
    public List<String> filter(SchedulablePod pod, Node node) {
        if (node.state() == NodeState.PROVISIONING) {
            throw new IllegalArgumentException("node " + node.name() + " is still provisioning; the scheduler does not see it");
        }
        if (!node.acceptsPods()) {
            return List.of(NODE_UNSCHEDULABLE);
        }
        return Fit.reasons(Resources.ofPod(pod), node.allocatable().resources(), node.requested(), node.pods().size(),
                node.allocatable().maxPods());
    }

    /** Chooses a node for {@code pod} among {@code nodes} without binding it. */
    public ScheduleResult select(SchedulablePod pod, List<Node> nodes) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        Node best = null;
        int bestScore = -1;
        int ties = 0;
        int feasible = 0;
        int registered = 0;
        for (Node node : nodes) {
            if (node.state() == NodeState.PROVISIONING) {
                continue;
            }
            registered++;
            List<String> failed = filter(pod, node);
            if (!failed.isEmpty()) {
                failed.forEach(reason -> reasons.merge(reason, 1, Integer::sum));
                continue;
            }
            feasible++;
            int score = strategy.score(pod, node);
            if (score > bestScore) {
                best = node;
                bestScore = score;
                ties = 1;
            } else if (score == bestScore) {
                ties++;
                // reservoir sampling over the tied nodes: uniform, as selectHost; one draw per tied node after the first
                if (tieBreaker != null && tieBreaker.nextInt(ties) == 0) {
                    best = node;
                }
            }
        }
        if (best == null) {
            return new Unschedulable(pod, registered, reasons);
        }
        return new ScheduleResult.Scheduled(pod, best, bestScore, feasible, ties);
    }

    /** Chooses a node for {@code pod} and binds the pod to it at {@code now} (seconds). */
    public ScheduleResult schedule(SchedulablePod pod, List<Node> nodes, double now) {
        ScheduleResult result = select(pod, nodes);
        if (result instanceof ScheduleResult.Scheduled scheduled) {
            scheduled.node().bind(pod, now);
        }
        return result;
    }
}
