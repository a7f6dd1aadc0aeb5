package io.cloudmart.sim.core.bench;

import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.RandomStreams;

/**
 * The bench's yardstick: the three-event M/M/1 of {@link ThreeEventMM1} on a hand-written binary
 * heap of primitives (time, insertion number, event kind in parallel arrays; no object per event,
 * dispatch by a switch). Ties break by insertion order, as in our engine, and the random streams
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
    private double[] times = new double[16];
    private long[] order = new long[16];
    private byte[] kinds = new byte[16];
    private int size;
    private long inserted;
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
        push(exp(arrivals, meanInterArrival), ARRIVAL);
        while (size > 0) {
            now = times[0];
            byte kind = kinds[0];
            pop();
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
            push(now + exp(arrivals, meanInterArrival), ARRIVAL);
        }
        waiting.add(now);
        if (!serverClaimed) {
            serverClaimed = true;
            push(now, START_OF_SERVICE);
        }
    }

    private void startService() {
        inServiceArrival = waiting.poll();
        push(now + exp(services, meanService), DEPARTURE);
    }

    private void depart() {
        sojournSum += now - inServiceArrival;
        departed++;
        if (waiting.isEmpty()) {
            serverClaimed = false;
        } else {
            push(now, START_OF_SERVICE);
        }
    }

    double meanSojourn() {
        return sojournSum / departed;
    }

    long departed() {
        return departed;
    }

    private boolean before(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && order[a] < order[b]);
    }

    private void push(double time, byte kind) {
        if (size == times.length) {
            times = java.util.Arrays.copyOf(times, size * 2);
            order = java.util.Arrays.copyOf(order, size * 2);
            kinds = java.util.Arrays.copyOf(kinds, size * 2);
        }
        int i = size++;
        times[i] = time;
        order[i] = inserted++;
        kinds[i] = kind;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void pop() {
        size--;
        if (size == 0) {
            return;
        }
        times[0] = times[size];
        order[0] = order[size];
        kinds[0] = kinds[size];
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && before(left + 1, left) ? left + 1 : left;
            if (!before(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        double t = times[a];
        times[a] = times[b];
        times[b] = t;
        long o = order[a];
        order[a] = order[b];
        order[b] = o;
        byte k = kinds[a];
        kinds[a] = kinds[b];
        kinds[b] = k;
    }
}
