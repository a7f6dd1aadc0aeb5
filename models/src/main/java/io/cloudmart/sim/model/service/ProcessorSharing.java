package io.cloudmart.sim.model.service;

import java.util.PriorityQueue;
import java.util.function.Consumer;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.Timer;

/**
 * More workers than cores: the operating system time-slices, modelled as egalitarian processor
 * sharing. With n requests running on c cores each progresses at rate min(1, c/n) core.
 *
 * <p>A virtual clock V advances at that per-request rate, so a request started at V₀ with work w
 * finishes when V reaches V₀ + w, whatever happens in between. Only the earliest finish is
 * scheduled, by one {@link Timer} moved whenever n changes (no cancelled event left behind, nothing
 * allocated). Cost per start or finish: O(log n).
 */
final class ProcessorSharing implements CpuScheduler {
    private final Simulation simulation;
    private final double cores;
    private final Consumer<CpuBurst> done;
    private final PriorityQueue<CpuBurst> running =
            new PriorityQueue<>((a, b) -> Double.compare(a.virtualFinish, b.virtualFinish));
    private double virtualTime;
    private double lastUpdate;
    private final Timer nextFinish;

    ProcessorSharing(Simulation simulation, double cores, Consumer<CpuBurst> done) {
        this.simulation = simulation;
        this.cores = cores;
        this.done = done;
        this.nextFinish = simulation.timer("cpu done (shared)", this::finishFirst);
    }

    private double ratePerBurst() {
        return running.isEmpty() ? 0 : Math.min(1.0, cores / running.size());
    }

    private void advanceVirtualTime() {
        double now = simulation.now();
        virtualTime += ratePerBurst() * (now - lastUpdate);
        lastUpdate = now;
    }

    @Override
    public void start(CpuBurst burst) {
        advanceVirtualTime();
        burst.virtualFinish = virtualTime + burst.workSeconds;
        running.add(burst);
        rescheduleFinish();
    }

    private void rescheduleFinish() {
        CpuBurst first = running.peek();
        if (first != null) {
            nextFinish.scheduleAfter(Math.max(0.0, (first.virtualFinish - virtualTime) / ratePerBurst()));
        } else {
            nextFinish.cancel();
        }
    }

    private void finishFirst() {
        advanceVirtualTime();
        CpuBurst burst = running.poll();
        virtualTime = Math.max(virtualTime, burst.virtualFinish);
        rescheduleFinish();
        done.accept(burst);
    }

    @Override
    public double busyCores() {
        return Math.min(cores, running.size());
    }
}
