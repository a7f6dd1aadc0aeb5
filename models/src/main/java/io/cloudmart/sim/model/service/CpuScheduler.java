package io.cloudmart.sim.model.service;

import java.util.function.Consumer;

/**
 * How a pod's cores serve the requests that hold a worker slot. {@code start} hands over a CPU burst;
 * the scheduler calls back when the burst has received all its CPU time.
 */
interface CpuScheduler {
    void start(CpuBurst burst);

    /** Cores in use right now (0 ≤ busy ≤ cores). */
    double busyCores();

    /** The scheduler that fits a pod: dedicated cores when no more workers than cores, else processor sharing. */
    static CpuScheduler forPod(PodShape shape, io.cloudmart.sim.core.Simulation simulation, Consumer<CpuBurst> done) {
        return shape.concurrency() <= shape.cpuCores()
                ? new DedicatedCores(simulation, done)
                : new ProcessorSharing(simulation, shape.cpuCores(), done);
    }
}
