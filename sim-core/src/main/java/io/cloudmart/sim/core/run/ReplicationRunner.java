package io.cloudmart.sim.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private static final long PROGRESS_PERIOD_MILLIS = 500;

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
        // only a progress figure per replication is kept alive: a finished Simulation (its model and
        // histograms) must be collectable before the experiment ends, or memory grows with replications
        double[] progressByReplication = new double[replications];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications), daemonThreads());
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>();
            for (int k = 0; k < replications; k++) {
                RunSettings settings = base.forReplication(base.replication() + k);
                int index = k;
                futures.add(pool.submit(() -> runOne(settings, factory, progressByReplication, index)));
            }
            List<ReplicationResult> results = new ArrayList<>();
            for (Future<ReplicationResult> future : futures) {
                results.add(await(future, progressByReplication, progress));
            }
            return new ExperimentResult(results, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicationResult runOne(RunSettings settings, ModelFactory factory, double[] progress, int index) {
        Simulation simulation = new Simulation(settings);
        factory.assemble(simulation);
        Thread watcher = progressWatcher(simulation, progress, index);
        try {
            return simulation.run();
        } finally {
            watcher.interrupt();
            synchronized (progress) {
                progress[index] = 1.0;
            }
        }
    }

    /** Copies the replication's progress into {@code progress[index]} twice a second while it runs. */
    private static Thread progressWatcher(Simulation simulation, double[] progress, int index) {
        Thread watcher = new Thread(() -> {
            try {
                while (true) {
                    synchronized (progress) {
                        progress[index] = simulation.progress();
                    }
                    Thread.sleep(PROGRESS_PERIOD_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "replication-progress");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static ReplicationResult await(Future<ReplicationResult> future, double[] progressByReplication,
                                           DoubleConsumer progress) {
        while (true) {
            try {
                return future.get(PROGRESS_PERIOD_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                double sum = 0;
                synchronized (progressByReplication) {
                    for (double p : progressByReplication) {
                        sum += p;
                    }
                }
                progress.accept(sum / progressByReplication.length);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for replications", e);
            }
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
