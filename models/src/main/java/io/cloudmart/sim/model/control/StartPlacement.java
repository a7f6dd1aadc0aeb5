package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.model.cluster.Cluster;
import io.cloudmart.sim.model.cluster.ScheduleResult;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.cluster.Scheduler;
import io.cloudmart.sim.model.cluster.Unschedulable;

/**
 * The cluster at t = 0 of one replication: the pools' initial nodes, Ready, and the pods that exist at the start
 * bound one at a time in the order given, by a kube-scheduler that breaks ties between equally scored nodes with
 * the replication's stream {@value #SCHEDULER_STREAM} (kube-scheduler's {@code selectHost} picks at random among
 * them). Binding stops at the first pod that fits on no node.
 *
 * <p>One function for two callers, so they cannot disagree: {@link ClusterRuntime} starts every run from it and
 * goes on scheduling with the same scheduler and stream, and scenario checking asks it, replication by
 * replication, whether the start fits, so a scenario is refused exactly when some replication could not place
 * its start.
 *
 * @param cluster   the initial nodes with the pods bound so far
 * @param scheduler the scheduler that bound them; its tie-break stream has advanced by the draws they took
 * @param placed    how many of the pods were bound (all of them unless {@code misfit} is present)
 * @param misfit    the first pod that fit on no node, with the scheduler's reasons; null when all were bound
 * @param drewTies  whether some pod had several equally scored nodes, so the stream chose: when not, every
 *                  replication places the start the same way, whatever its seed
 */
public record StartPlacement(Cluster cluster, Scheduler scheduler, int placed, Unschedulable misfit, boolean drewTies) {
    /** The stream the scheduler breaks ties with, at the start and for the rest of the run. */
    public static final String SCHEDULER_STREAM = "cluster.scheduler";

    /**
     * Creates {@code config}'s initial nodes and binds {@code pods} at t = 0, in order, with the tie-breaker of
     * {@code streams} (the replication's streams).
     */
    public static StartPlacement place(ClusterConfig config, RandomStreams streams, List<? extends SchedulablePod> pods) {
        Cluster cluster = new Cluster(config.nodeStartupSeconds());
        Scheduler scheduler = new Scheduler(config.scoring(), streams.stream(SCHEDULER_STREAM));
        cluster.bootstrap(config.pools(), 0);
        int placed = 0;
        boolean drewTies = false;
        for (SchedulablePod pod : pods) {
            ScheduleResult result = scheduler.schedule(pod, cluster.nodes(), 0);
            if (result instanceof Unschedulable misfit) {
                return new StartPlacement(cluster, scheduler, placed, misfit, drewTies);
            }
            drewTies |= ((ScheduleResult.Scheduled) result).tied() > 1;
            placed++;
        }
        return new StartPlacement(cluster, scheduler, placed, null, drewTies);
    }

    /** The first pod that fit on no node, if any. */
    public Optional<Unschedulable> firstMisfit() {
        return Optional.ofNullable(misfit);
    }
}
