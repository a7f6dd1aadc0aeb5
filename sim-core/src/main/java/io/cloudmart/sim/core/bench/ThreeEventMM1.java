package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * An M/M/1 on {@link Simulation} written as the reference textbooks and libraries (SSJ, DSOL's
 * primer) write it: three events per customer, its arrival, its start of service and its departure.
 * {@link HandHeapMM1} is the same model on a hand-written primitive heap, with the same streams,
 * the same tie-breaking and the same waiting line, so both execute the same events in the same
 * order and the bench compares like with like.
 */
final class ThreeEventMM1 {
    private final Simulation simulation;
    private final double meanInterArrival;
    private final double meanService;
    private final long customers;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final ArrivalFifo waiting = new ArrivalFifo();
    // one action object per kind, as a modeller who cares would keep them (no lambda per event)
    private final Runnable arrival = this::arrive;
    private final Runnable startOfService = this::startService;
    private final Runnable departure = this::depart;
    private long arrived;
    private boolean serverClaimed;
    private double inServiceArrival;
    private double sojournSum;
    private long departed;

    ThreeEventMM1(Simulation simulation, double arrivalRate, double serviceRate, long customers) {
        this.simulation = simulation;
        this.meanInterArrival = 1.0 / arrivalRate;
        this.meanService = 1.0 / serviceRate;
        this.customers = customers;
        this.arrivals = simulation.stream(HandHeapMM1.ARRIVALS);
        this.services = simulation.stream(HandHeapMM1.SERVICES);
        simulation.after(HandHeapMM1.exp(arrivals, meanInterArrival), "arrival", arrival);
    }

    private void arrive() {
        if (++arrived < customers) {
            simulation.after(HandHeapMM1.exp(arrivals, meanInterArrival), "arrival", arrival);
        }
        waiting.add(simulation.now());
        if (!serverClaimed) {
            serverClaimed = true; // claimed now, so a second arrival at this instant waits
            simulation.after(0, "start of service", startOfService);
        }
    }

    private void startService() {
        inServiceArrival = waiting.poll();
        simulation.after(HandHeapMM1.exp(services, meanService), "departure", departure);
    }

    private void depart() {
        sojournSum += simulation.now() - inServiceArrival;
        departed++;
        if (waiting.isEmpty()) {
            serverClaimed = false;
        } else {
            simulation.after(0, "start of service", startOfService);
        }
    }

    double meanSojourn() {
        return sojournSum / departed;
    }

    long departed() {
        return departed;
    }
}
