package io.cloudmart.sim.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.DoubleConsumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.SimulationFailure;

/**
 * Runs N independent replications of a model, in parallel on up to {@code threads} threads.
 *
 * <p>Replication k is built on a fresh {@link Simulation} whose streams derive from (seed, k), so
 * its numbers do not depend on how many replications run or in which order.
 */
public final class ReplicationRunner {
    private final int threads;

    /** @param threads the most replications to run at once (≥ 1) */
    public ReplicationRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** A runner with one thread per available processor. */
    public static ReplicationRunner onAllCores() {
        return new ReplicationRunner(Runtime.getRuntime().availableProcessors());
    }

    /** The most replications this runner runs at once. */
    public int threads() {
        return threads;
    }

    /** Runs replications r..r+n-1 of {@code base}, where r is {@code base.replication()} (usually 0). */
    public ExperimentResult run(RunSettings base, int replications, ModelFactory factory) {
        return run(base, replications, factory, progress -> { });
    }

    /**
     * Runs replications r..r+n-1 of {@code base} (r = {@code base.replication()}); {@code progress} is called from the calling thread
     * about twice a second with the fraction of simulated time done (0..1) until all have ended.
     *
     * @throws SimulationFailure the first failure, in replication order
     */
    public ExperimentResult run(RunSettings base, int replications, ModelFactory factory, DoubleConsumer progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        long start = System.nanoTime();
        Progress tracker = new Progress(replications);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), daemonThreads());
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (int k = 0; k < replications; k++) {
                RunSettings settings = base.forReplication(base.replication() + k);
                int index = k;
                futures.add(pool.submit(() -> runOne(settings, factory, tracker, index)));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (Future<ReplicationResult> future : futures) {
                results.add(ProgressWait.await(future, () -> progress.accept(tracker.fraction()), "replications"));
            }
            return new ExperimentResult(results, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicationResult runOne(RunSettings settings, ModelFactory factory, Progress tracker, int index) {
        Simulation simulation = new Simulation(settings);
        factory.assemble(simulation);
        tracker.started(index, simulation);
        try {
            return simulation.run();
        } finally {
            tracker.ended(index);
        }
    }

    /**
     * How far the replications are, readable from the waiting thread. It refers to a Simulation only
     * while that replication runs: a finished one (its model and histograms) must be collectable
     * before the experiment ends, or memory grows with the number of replications.
     */
    private static final class Progress {
        private final AtomicReferenceArray<Simulation> running;
        private final AtomicInteger finished = new AtomicInteger();

        Progress(int replications) {
            running = new AtomicReferenceArray<>(replications);
        }

        void started(int index, Simulation simulation) {
            running.set(index, simulation);
        }

        void ended(int index) {
            running.set(index, null);
            finished.incrementAndGet();
        }

        /** Fraction of all the replications' simulated time done, 0..1. */
        double fraction() {
            double sum = finished.get();
            for (int i = 0; i < running.length(); i++) {
                Simulation simulation = running.get(i);
                if (simulation != null) {
                    sum += simulation.progress();
                }
            }
            return Math.min(1.0, sum / running.length());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "replication");
            thread.setDaemon(true);
            return thread;
        };
    }
}
