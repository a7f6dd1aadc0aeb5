package io.cloudmart.sim.core.bench;

import java.util.Arrays;

/**
 * The bench's yardstick event list: a binary heap of primitives (time, insertion number and a small
 * event kind in parallel arrays; no object per event). Ties break by insertion order, as in our engine.
 */
final class PrimitiveEventHeap {
    private double[] times = new double[16];
    private long[] order = new long[16];
    private byte[] kinds = new byte[16];
    private int size;
    private long inserted;

    boolean isEmpty() {
        return size == 0;
    }

    /** The earliest event's time; the heap must not be empty. */
    double firstTime() {
        return times[0];
    }

    /** The earliest event's kind; the heap must not be empty. */
    byte firstKind() {
        return kinds[0];
    }

    void push(double time, byte kind) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            order = Arrays.copyOf(order, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
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

    /** Removes the earliest event (read it first with {@link #firstTime()} and {@link #firstKind()}). */
    void removeFirst() {
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

    private boolean before(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && order[a] < order[b]);
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
