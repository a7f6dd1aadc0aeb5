package io.cloudmart.sim.model.service;

import java.util.ArrayDeque;

import io.cloudmart.sim.core.Simulation;

/**
 * One replica of a service: {@code concurrency} worker slots in front of {@code cpu} cores.
 *
 * <p>A request takes a free worker or waits in the pod's FIFO queue (the server's accept backlog,
 * unbounded). It keeps its worker until it answers, also while it waits for the services it calls,
 * as a thread-per-request server does, so a slow dependency exhausts the pool and the queue backs
 * up to the callers. Its {@code work} steps get CPU time from the pod's {@link CpuScheduler}.
 */
final class Pod {
    private final PodShape shape;
    private final VersionConfig version;
    private final String name;
    private final Simulation simulation;
    private final ServiceMetrics metrics;
    private final CpuScheduler cpu;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int busyWorkers;
    private int active;
    private double reportedBusyCores;

    private record Waiting(double since, Runnable granted) {
    }

    Pod(String name, PodShape shape, VersionConfig version, Simulation simulation, ServiceMetrics metrics) {
        this.name = name;
        this.shape = shape;
        this.version = version;
        this.simulation = simulation;
        this.metrics = metrics;
        this.cpu = CpuScheduler.forPod(shape, simulation, this::burstDone);
    }

    /** The pod's name, e.g. {@code order-canary-0}. */
    String name() {
        return name;
    }

    /** The version of the code this pod runs. */
    VersionConfig version() {
        return version;
    }

    /** Requests in this pod, waiting or served. */
    int activeRequests() {
        return active;
    }

    /** Runs {@code granted} once a worker is free for it. */
    void acquireWorker(Runnable granted) {
        active++;
        if (busyWorkers < shape.concurrency()) {
            busyWorkers++;
            metrics.queueWait(0.0);
            granted.run();
        } else {
            waiting.addLast(new Waiting(simulation.now(), granted));
            metrics.queued(1);
        }
    }

    /** Frees the caller's worker and hands it to the longest-waiting request. */
    void releaseWorker() {
        active--;
        Waiting next = waiting.pollFirst();
        if (next == null) {
            busyWorkers--;
            return;
        }
        metrics.queued(-1);
        metrics.queueWait(simulation.now() - next.since());
        next.granted().run();
    }

    /** Gives {@code workSeconds} (times the version's latency factor) of CPU time to the caller, then runs {@code done}. */
    void burn(double workSeconds, Runnable done) {
        cpu.start(new CpuBurst(workSeconds * version.latencyFactor(), done));
        syncBusyCores();
    }

    /** Waits {@code seconds} without using this pod's CPU (a sidecar's decision, a remote call's latency). */
    void pause(double seconds, Runnable done) {
        simulation.after(seconds, "wait", done);
    }

    private void burstDone(CpuBurst burst) {
        syncBusyCores();
        burst.onDone.run();
    }

    /** Tells the service how many of this pod's cores changed between idle and busy. */
    private void syncBusyCores() {
        double busy = cpu.busyCores();
        if (busy != reportedBusyCores) {
            metrics.busyCores(busy - reportedBusyCores);
            reportedBusyCores = busy;
        }
    }
}
