package io.cloudmart.sim.model.kafka;

import java.util.NoSuchElementException;

/**
 * The publish times of one partition's unprocessed records, oldest first: a growable ring buffer
 * of primitive doubles (seconds).
 *
 * <p>This is the only per-record memory of the Kafka model, and it is bounded by the backlog (the
 * consumer lag), not by the number of records ever published: the capacity doubles when full and
 * halves when three quarters empty, never below {@link #MIN_CAPACITY}.
 */
final class TimestampQueue {
    static final int MIN_CAPACITY = 16;

    private double[] values = new double[MIN_CAPACITY];
    private int head;
    private int size;

    /** Appends the publish time of a new record, seconds. */
    void addLast(double seconds) {
        if (size == values.length) {
            resize(values.length * 2);
        }
        values[(head + size) & (values.length - 1)] = seconds;
        size++;
    }

    /** The publish time of the oldest unprocessed record, seconds. */
    double first() {
        if (size == 0) {
            throw new NoSuchElementException("no unprocessed record");
        }
        return values[head];
    }

    /** Removes the oldest record and returns its publish time, seconds. */
    double removeFirst() {
        double value = first();
        head = (head + 1) & (values.length - 1);
        size--;
        if (values.length > MIN_CAPACITY && size < values.length / 4) {
            resize(values.length / 2);
        }
        return value;
    }

    int size() {
        return size;
    }

    /** Current capacity (a power of two); exposed for the memory test. */
    int capacity() {
        return values.length;
    }

    private void resize(int capacity) {
        double[] copy = new double[capacity];
        for (int i = 0; i < size; i++) {
            copy[i] = values[(head + i) & (values.length - 1)];
        }
        values = copy;
        head = 0;
    }
}
