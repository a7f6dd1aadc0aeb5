package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

import io.cloudmart.sim.core.run.ProgressWait;

/**
 * Runs a sweep's tasks (one per point and replication) on a fixed number of threads, in task order as threads
 * come free. ReplicationRunner spreads the replications of one run over the cores; a sweep of many one-replication
 * points needs the spreading one level up, over points. Each task's result depends only on the task, so what a
 * sweep writes does not depend on the number of threads.
 */
final class SweepScheduler {
    private final int threads;

    /** @param threads tasks run at once, at least 1 */
    SweepScheduler(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    static SweepScheduler onAllCores() {
        return new SweepScheduler(Runtime.getRuntime().availableProcessors());
    }

    int threads() {
        return threads;
    }

    /**
     * Runs every task; {@code progress} hears the share done (0..1) from the calling thread about twice a second.
     *
     * @return the results in task order
     * @throws RuntimeException the first failure in task order (the others are cancelled)
     */
    <T> List<T> run(List<Callable<T>> tasks, DoubleConsumer progress) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), runnable -> {
            Thread thread = new Thread(runnable, "sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    try {
                        return task.call();
                    } finally {
                        done.incrementAndGet();
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(ProgressWait.await(future, () -> progress.accept((double) done.get() / tasks.size()),
                        "the sweep's points"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
