package io.cloudmart.sim.core.bench;

import java.util.ArrayDeque;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Tally;

/**
 * The smallest honest model on {@link Simulation}: one exponential server, Poisson arrivals, FIFO.
 * Used by the engine benchmark and by the engine's analytic tests (mean sojourn 1/(μ − λ)).
 */
public final class MM1Model {
    private final Simulation simulation;
    private final double meanInterArrival;
    private final double meanService;
    private final long customers;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final ArrayDeque<Double> waiting = new ArrayDeque<>();
    private final Tally sojourn;
    private long arrived;
    private boolean busy;
    private double inServiceArrival;

    /**
     * @param arrivalRate customers per second
     * @param serviceRate customers per second one server completes
     * @param customers   arrivals to generate; then the source stops (use Long.MAX_VALUE for none)
     */
    public MM1Model(Simulation simulation, double arrivalRate, double serviceRate, long customers) {
        this.simulation = simulation;
        this.meanInterArrival = 1.0 / arrivalRate;
        this.meanService = 1.0 / serviceRate;
        this.customers = customers;
        this.arrivals = simulation.stream("mm1.arrivals");
        this.services = simulation.stream("mm1.services");
        this.sojourn = simulation.metrics().tally("mm1.sojourn", false);
        simulation.after(exp(arrivals, meanInterArrival), "arrival", this::arrive);
    }

    private static double exp(RandomStream stream, double mean) {
        return -mean * Math.log(stream.nextOpenDouble());
    }

    private void arrive() {
        if (++arrived < customers) {
            simulation.after(exp(arrivals, meanInterArrival), "arrival", this::arrive);
        }
        double now = simulation.now();
        if (busy) {
            waiting.addLast(now);
        } else {
            startService(now);
        }
    }

    private void startService(double arrivalTime) {
        busy = true;
        inServiceArrival = arrivalTime;
        simulation.after(exp(services, meanService), "departure", this::depart);
    }

    private void depart() {
        sojourn.record(simulation.now() - inServiceArrival);
        Double next = waiting.pollFirst();
        if (next != null) {
            startService(next);
        } else {
            busy = false;
        }
    }
}
