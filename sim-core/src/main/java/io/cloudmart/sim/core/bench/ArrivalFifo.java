package io.cloudmart.sim.core.bench;

/**
 * The waiting line of the three-event M/M/1s: arrival times in a growable ring of primitives.
 * Both the engine model and the hand-written heap use it, so the bench's ratio between them is the
 * event machinery's and nothing else (no boxing on one side only).
 */
final class ArrivalFifo {
    private double[] times = new double[64];
    private int head;
    private int size;

    void add(double time) {
        if (size == times.length) {
            grow();
        }
        times[(head + size) & (times.length - 1)] = time;
        size++;
    }

    /** The oldest arrival time; the line must not be empty. */
    double poll() {
        double time = times[head];
        head = (head + 1) & (times.length - 1);
        size--;
        return time;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private void grow() {
        double[] bigger = new double[times.length * 2]; // stays a power of two, for the masks above
        for (int i = 0; i < size; i++) {
            bigger[i] = times[(head + i) & (times.length - 1)];
        }
        times = bigger;
        head = 0;
    }
}
