package io.cloudmart.sim.core.run;

import io.cloudmart.sim.core.Simulation;

/**
 * Wires a fresh model onto a fresh {@link Simulation}: creates its components, their streams and
 * metrics, and schedules the first actions. Called once per replication, possibly from several
 * threads at once, so it must not share mutable state between calls.
 */
@FunctionalInterface
public interface ModelFactory {
    void assemble(Simulation simulation);
}
