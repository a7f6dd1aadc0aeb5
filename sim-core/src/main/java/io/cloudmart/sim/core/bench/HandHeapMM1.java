package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;

/**
 * The bench's yardstick: the three-event M/M/1 of {@link ThreeEventMM1} on a hand-written binary
 * heap of primitives ({@link PrimitiveEventHeap}: no object per event; dispatch by a switch). Ties
 * break by insertion order, as in our engine, and the random streams
 * are the engine's, derived from the same seed: the two run the same events in the same order and
 * end with the same mean sojourn, so what differs between them is the event machinery alone.
 */
final class HandHeapMM1 {
    static final String ARRIVALS = "mm1.arrivals";
    static final String SERVICES = "mm1.services";
    private static final byte ARRIVAL = 0;
    private static final byte START_OF_SERVICE = 1;
    private static final byte DEPARTURE = 2;

    private final double meanInterArrival;
    private final double meanService;
    private final long customers;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final ArrivalFifo waiting = new ArrivalFifo();
    private final PrimitiveEventHeap heap = new PrimitiveEventHeap();
    private double now;
    private long executed;
    private long arrived;
    private boolean serverClaimed;
    private double inServiceArrival;
    private double sojournSum;
    private long departed;

    HandHeapMM1(long seed, double arrivalRate, double serviceRate, long customers) {
        RandomStreams streams = new RandomStreams(seed, 0);
        this.meanInterArrival = 1.0 / arrivalRate;
        this.meanService = 1.0 / serviceRate;
        this.customers = customers;
        this.arrivals = streams.stream(ARRIVALS);
        this.services = streams.stream(SERVICES);
    }

    static double exp(RandomStream stream, double mean) {
        return -mean * Math.log(stream.nextOpenDouble());
    }

    /** Runs every customer through; returns the events executed. */
    long run() {
        heap.push(exp(arrivals, meanInterArrival), ARRIVAL);
        while (!heap.isEmpty()) {
            now = heap.firstTime();
            byte kind = heap.firstKind();
            heap.removeFirst();
            executed++;
            switch (kind) {
                case ARRIVAL -> arrive();
                case START_OF_SERVICE -> startService();
                default -> depart();
            }
        }
        return executed;
    }

    private void arrive() {
        if (++arrived < customers) {
            heap.push(now + exp(arrivals, meanInterArrival), ARRIVAL);
        }
        waiting.add(now);
        if (!serverClaimed) {
            serverClaimed = true;
            heap.push(now, START_OF_SERVICE);
        }
    }

    private void startService() {
        inServiceArrival = waiting.poll();
        heap.push(now + exp(services, meanService), DEPARTURE);
    }

    private void depart() {
        sojournSum += now - inServiceArrival;
        departed++;
        if (waiting.isEmpty()) {
            serverClaimed = false;
        } else {
            heap.push(now, START_OF_SERVICE);
        }
    }

    double meanSojourn() {
        return sojournSum / departed;
    }

    long departed() {
        return departed;
    }
}
