package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;

/**
 * Engine cost: an M/M/1 at ρ = 0.9 with a fixed number of customers, as in the DSOL primer's model A
 * (2M customers, about 6M events), in three forms measured side by side (see {@link Model}).
 */
public final class EngineBenchmark {
    /** Arrival rate, per second; the service rate is 1, so ρ = 0.9. */
    public static final double ARRIVAL_RATE = 0.9;

    /** The M/M/1s the bench times. */
    public enum Model {
        /** The yardstick: three events per customer on a hand-written primitive heap ({@link HandHeapMM1}). */
        HAND_HEAP("hand-heap", 3),
        /** The same three events per customer on our {@link Simulation} ({@link ThreeEventMM1}): the like-for-like figure. */
        ENGINE("engine", 3),
        /**
         * Our {@link MM1Model}, two events per customer (service starts inside the arrival or the departure): what the
         * short way of writing a model on the engine costs per customer; its per-event figure is not comparable.
         */
        ENGINE_TWO_EVENT("engine-2-event", 2);

        private final String id;
        private final int eventsPerCustomer;

        Model(String id, int eventsPerCustomer) {
            this.id = id;
            this.eventsPerCustomer = eventsPerCustomer;
        }

        /** The name in the bench's output and JSON. */
        public String id() {
            return id;
        }

        /** Events the model's own code schedules per customer. */
        public int eventsPerCustomer() {
            return eventsPerCustomer;
        }
    }

    /**
     * One measured run's figures.
     *
     * @param events all events executed, the engine's own bookkeeping events (end of warm-up, end of run) included
     */
    public record Measurement(Model model, long customers, long events, double wallSeconds, double meanSojournSeconds) {
        public double eventsPerSecond() {
            return events / wallSeconds;
        }

        public double nanosPerEvent() {
            return wallSeconds * 1e9 / events;
        }

        public double nanosPerCustomer() {
            return wallSeconds * 1e9 / customers;
        }
    }

    private EngineBenchmark() {
    }

    /** Runs {@code customers} through the engine's two-event M/M/1 once with {@code seed}. */
    public static Measurement run(long customers, long seed) {
        return run(Model.ENGINE_TWO_EVENT, customers, seed);
    }

    /** Runs {@code customers} through {@code model} once with {@code seed}. */
    public static Measurement run(Model model, long customers, long seed) {
        if (model == Model.HAND_HEAP) {
            HandHeapMM1 heap = new HandHeapMM1(seed, ARRIVAL_RATE, 1.0, customers);
            long start = System.nanoTime();
            long events = heap.run();
            double wall = (System.nanoTime() - start) / 1e9;
            return new Measurement(model, customers, events, wall, heap.meanSojourn());
        }
        double horizon = customers / ARRIVAL_RATE * 2; // long enough for every customer to leave
        Simulation simulation = new Simulation(new RunSettings("bench-mm1", seed, 0, horizon, 0, horizon));
        if (model == Model.ENGINE) {
            ThreeEventMM1 mm1 = new ThreeEventMM1(simulation, ARRIVAL_RATE, 1.0, customers);
            ReplicationResult result = simulation.run();
            return new Measurement(model, customers, result.events(), result.wallSeconds(), mm1.meanSojourn());
        }
        new MM1Model(simulation, ARRIVAL_RATE, 1.0, customers);
        ReplicationResult result = simulation.run();
        return new Measurement(model, customers, result.events(), result.wallSeconds(),
                result.metrics().tally("mm1.sojourn").mean());
    }
}
