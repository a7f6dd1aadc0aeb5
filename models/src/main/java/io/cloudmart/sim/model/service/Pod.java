package io.cloudmart.sim.model.service;

import java.util.ArrayDeque;

import io.cloudmart.sim.core.Simulation;

/**
 * One replica of a service: {@code concurrency} worker slots in front of {@code cpu} cores.
 * A request takes a free worker or waits in the pod's FIFO queue (the server's accept backlog,
 * unbounded for now); while it holds a worker it receives CPU time from the pod's
 * {@link CpuScheduler}.
 */
final class Pod {
    private final PodShape shape;
    private final Simulation simulation;
    private final ServiceMetrics metrics;
    private final CpuScheduler cpu;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private int busyWorkers;
    private double reportedBusyCores;

    Pod(PodShape shape, Simulation simulation, ServiceMetrics metrics) {
        this.shape = shape;
        this.simulation = simulation;
        this.metrics = metrics;
        this.cpu = CpuScheduler.forPod(shape, simulation, this::cpuDone);
    }

    void accept(Job job) {
        if (busyWorkers < shape.concurrency()) {
            startWork(job);
        } else {
            waiting.addLast(job);
            metrics.queued(1);
        }
    }

    private void startWork(Job job) {
        busyWorkers++;
        metrics.queueWait(simulation.now() - job.arrivalTime);
        cpu.start(job);
        syncBusyCores();
    }

    /** Tells the service how many of this pod's cores changed between idle and busy. */
    private void syncBusyCores() {
        double busy = cpu.busyCores();
        if (busy != reportedBusyCores) {
            metrics.busyCores(busy - reportedBusyCores);
            reportedBusyCores = busy;
        }
    }

    private void cpuDone(Job job) {
        busyWorkers--;
        Job next = waiting.pollFirst();
        if (next != null) {
            metrics.queued(-1);
            startWork(next);
        } else {
            syncBusyCores();
        }
        metrics.completed(simulation.now() - job.arrivalTime);
        job.onDone.run();
    }
}
