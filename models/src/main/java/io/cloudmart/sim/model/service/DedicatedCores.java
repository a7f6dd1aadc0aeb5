package io.cloudmart.sim.model.service;

import java.util.function.Consumer;

import io.cloudmart.sim.core.Simulation;

/**
 * Every worker has a core of its own (concurrency ≤ cores), so a request's CPU time is its service
 * time: one such pod with c workers is exactly an M/G/c station.
 */
final class DedicatedCores implements CpuScheduler {
    private final Simulation simulation;
    private final Consumer<CpuBurst> done;
    private final Consumer<CpuBurst> finished = this::finished;
    private int running;

    DedicatedCores(Simulation simulation, Consumer<CpuBurst> done) {
        this.simulation = simulation;
        this.done = done;
    }

    @Override
    public void start(CpuBurst burst) {
        running++;
        burst.whenDue = finished;
        simulation.after(burst.workSeconds, "cpu done", burst);
    }

    private void finished(CpuBurst burst) {
        running--;
        done.accept(burst);
    }

    @Override
    public double busyCores() {
        return running;
    }
}
