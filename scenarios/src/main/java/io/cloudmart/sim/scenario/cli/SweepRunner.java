package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ModelFactory;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.output.ResultsJson;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * Runs a sweep's points, every replication of every point as one task of a {@link SweepScheduler}. Replication k
 * of a point draws from the streams of (seed, k) as in {@code cmsim run}, so a point's figures equal a run of the
 * scenario with the point's overrides. A point's replications are reduced to its {@link SweepPointResult} as soon as
 * its last one ends, so memory holds the replications of the few points under way, not of the whole sweep.
 */
final class SweepRunner {
    private SweepRunner() {
    }

    /** A point to run: its grid index and values, its loaded scenario, and the overrides it was loaded with. */
    record Planned(int index, List<String> values, ScenarioSpec spec, List<String> overrides) {
    }

    /** The points' results, in the order of {@code points}. */
    static List<SweepPointResult> run(List<Planned> points, SweepScheduler scheduler, DoubleConsumer progress) {
        SweepPointResult[] results = new SweepPointResult[points.size()];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            tasks.addAll(new PointTasks(points.get(p), results, p).tasks());
        }
        scheduler.run(tasks, progress);
        return Arrays.asList(results);
    }

    /** One point's replications; the last to end builds the point's result. */
    private static final class PointTasks {
        private final Planned point;
        private final SweepPointResult[] results;
        private final int slot;
        private final RunSettings settings;
        private final ModelFactory factory;
        private final AtomicInteger remaining;
        private ReplicationResult[] replications;

        PointTasks(Planned point, SweepPointResult[] results, int slot) {
            this.point = point;
            this.results = results;
            this.slot = slot;
            this.settings = ShopAssembler.settings(point.spec());
            this.factory = ShopAssembler.shop(point.spec());
            this.replications = new ReplicationResult[point.spec().replications()];
            this.remaining = new AtomicInteger(replications.length);
        }

        List<Callable<Void>> tasks() {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int k = 0; k < replications.length; k++) {
                int replication = k;
                tasks.add(() -> {
                    Simulation simulation = new Simulation(settings.forReplication(settings.replication() + replication));
                    factory.assemble(simulation);
                    ReplicationResult result = simulation.run();
                    synchronized (this) {
                        replications[replication] = result;
                    }
                    if (remaining.decrementAndGet() == 0) {
                        finish();
                    }
                    return null;
                });
            }
            return tasks;
        }

        private synchronized void finish() {
            // wall time is the one figure a point's line leaves out, so 0 here changes nothing written
            ExperimentResult experiment = new ExperimentResult(List.of(replications), 0);
            results[slot] = SweepPointResult.of(point.index(), point.values(),
                    ResultsJson.build(point.spec(), experiment, point.overrides()));
            replications = null;
        }
    }
}
