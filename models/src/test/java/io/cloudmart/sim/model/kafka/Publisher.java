package io.cloudmart.sim.model.kafka;

import io.cloudmart.sim.core.Simulation;

/** Test helper: publishes records without a key at a constant rate, times computed from an index (no drift). */
final class Publisher {
    private Publisher() {
    }

    /** Publishes to {@code topic} at {@code start + i / ratePerSecond} for every i with that time before {@code end}. */
    static void constantRate(Simulation simulation, Topic topic, double start, double end, double ratePerSecond) {
        schedule(simulation, topic, start, end, ratePerSecond, 0);
    }

    private static void schedule(Simulation simulation, Topic topic, double start, double end, double rate, long i) {
        double time = start + i / rate;
        if (time >= end) {
            return;
        }
        simulation.at(time, "test.publish", () -> {
            topic.publish(null);
            schedule(simulation, topic, start, end, rate, i + 1);
        });
    }
}
