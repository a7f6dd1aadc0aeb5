package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Priority;
import io.cloudmart.sim.core.Simulation;

/**
 * Runs the control loops of one replication. Every loop runs at {@link Priority#LAST} among the
 * actions due at the same instant, so it sees the state the requests of that instant left, and loops
 * due together run in the order they were added (the metrics pipeline before the autoscalers that read
 * it). Warm-up does not reset anything a loop reads: like metrics-server and Prometheus they see the
 * whole run.
 */
public final class ControlPlane {
    private final Simulation simulation;
    private final List<ControlLoop> loops = new ArrayList<>();

    public ControlPlane(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Starts {@code loop}: its first reconcile is one period from now. */
    public void add(ControlLoop loop) {
        loops.add(loop);
        simulation.every(loop.periodSeconds(), Priority.LAST, loop.name(), loop::reconcile);
    }

    /** The loops added, in order. */
    public List<ControlLoop> loops() {
        return List.copyOf(loops);
    }
}
