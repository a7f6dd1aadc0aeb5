package io.cloudmart.sim.core.bench;

import java.util.Arrays;

/**
 * One figure over the measured rounds of a benchmark: its median (the figure to quote, robust to a
 * round slowed by another process) and its range.
 */
public record RoundFigures(int rounds, double median, double min, double max) {
    /** The figures of {@code values}, one per measured round (at least one). */
    public static RoundFigures of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measured rounds");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new RoundFigures(n, median, sorted[0], sorted[n - 1]);
    }
}
