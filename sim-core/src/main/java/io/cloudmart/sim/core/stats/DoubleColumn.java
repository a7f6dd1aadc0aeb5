package io.cloudmart.sim.core.stats;

import java.util.Arrays;

/** A growable column of doubles: one value per time-series bucket. */
final class DoubleColumn {
    private double[] values = new double[64];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
