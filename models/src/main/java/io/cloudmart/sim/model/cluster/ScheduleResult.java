package io.cloudmart.sim.model.cluster;

/** What the {@link Scheduler} did with one pod: bound (or would bind) it to a node, or found no node. */
public sealed interface ScheduleResult permits ScheduleResult.Scheduled, Unschedulable {

    /** The pod of this result. */
    SchedulablePod pod();

    /**
     * The pod fits {@code node}, which had the highest score.
     *
     * @param pod      the pod
     * @param node     the chosen node
     * @param score    its score, 0–100
     * @param feasible how many nodes passed the filter
     * @param tied     how many of them had that score; above 1 the choice among them was the tie-breaker's
     */
    record Scheduled(SchedulablePod pod, Node node, int score, int feasible, int tied) implements ScheduleResult {
    }
}
