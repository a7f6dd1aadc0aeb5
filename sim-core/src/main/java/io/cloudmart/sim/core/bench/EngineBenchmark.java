package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;

/**
 * Engine throughput: an M/M/1 at ρ = 0.9 with a fixed number of customers, run through
 * {@link Simulation}, as in the DSOL primer's model A (2M customers, about 6M events).
 */
public final class EngineBenchmark {
    /** Arrival rate, per second; the service rate is 1, so ρ = 0.9. */
    public static final double ARRIVAL_RATE = 0.9;

    /** One measured run's figures. */
    public record Measurement(long customers, long events, double wallSeconds, double meanSojournSeconds) {
        public double eventsPerSecond() {
            return events / wallSeconds;
        }
    }

    private EngineBenchmark() {
    }

    /** Runs {@code customers} through the M/M/1 once with {@code seed}. */
    public static Measurement run(long customers, long seed) {
        double horizon = customers / ARRIVAL_RATE * 2; // long enough for every customer to leave
        Simulation simulation = new Simulation(new RunSettings("bench-mm1", seed, 0, horizon, 0, horizon));
        new MM1Model(simulation, ARRIVAL_RATE, 1.0, customers);
        ReplicationResult result = simulation.run();
        return new Measurement(customers, result.events(), result.wallSeconds(),
                result.metrics().tally("mm1.sojourn").mean());
    }
}
