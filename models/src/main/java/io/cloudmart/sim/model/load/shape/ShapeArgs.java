package io.cloudmart.sim.model.load.shape;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Argument checks and number formatting shared by the rate shapes, so that every shape rejects bad
 * input with the same wording and describes itself the same way (the style of the distributions'
 * {@code Params} in sim-core).
 */
final class ShapeArgs {
    /** Significant digits shown by {@link #format(double)}. */
    private static final MathContext DESCRIBE_PRECISION = new MathContext(6);
    /** Below this magnitude {@link #format(double)} switches to scientific notation. */
    private static final double PLAIN_MIN = 1e-6;
    /** From this magnitude on {@link #format(double)} switches to scientific notation. */
    private static final double PLAIN_MAX = 1e12;

    private ShapeArgs() {
    }

    /** Returns {@code value} if it is finite and {@code > 0}, else throws naming the shape and parameter. */
    static double positive(String shape, String parameter, double value) {
        if (!Double.isFinite(value) || value <= 0.0) {
            throw new IllegalArgumentException(shape + " " + parameter + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and {@code >= 0}, else throws naming the shape and parameter. */
    static double nonNegative(String shape, String parameter, double value) {
        if (!Double.isFinite(value) || value < 0.0) {
            throw new IllegalArgumentException(shape + " " + parameter + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite, else throws naming the shape and parameter. */
    static double finite(String shape, String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(shape + " " + parameter + " must be finite, got " + value);
        }
        return value;
    }

    /** Refuses a simulation time that is negative or NaN (shapes are defined from time 0 on). */
    static void time(double t) {
        if (!(t >= 0.0)) {
            throw new IllegalArgumentException("time must be >= 0 s, got " + t);
        }
    }

    /** Refuses a NaN horizon (any other value, {@code +∞} included, is a valid bound). */
    static void horizon(double horizon) {
        if (Double.isNaN(horizon)) {
            throw new IllegalArgumentException("horizon must be a time in seconds, got NaN");
        }
    }

    /** Refuses a window [from, to] that is not {@code 0 <= from <= to}. */
    static void window(double from, double to) {
        if (!(from >= 0.0 && to >= from)) {
            throw new IllegalArgumentException("window must have 0 <= from <= to (s), got [" + from + ", " + to + "]");
        }
    }

    /**
     * The index i of the cell [i·width, (i+1)·width) holding {@code t} ({@code t >= 0}, seconds),
     * exact as those products round, so that {@code (i + 1) * width > t} always holds.
     */
    static long cell(double t, double width) {
        long i = (long) Math.floor(t / width);
        if (t >= (i + 1) * width) {
            i++;
        } else if (t < i * width) {
            i--;
        }
        return i;
    }

    /**
     * {@code value} with at most six significant digits and no trailing zeros, independent of the
     * default locale: 0.1 → {@code 0.1}, 2.0 → {@code 2}, 1.5e-9 → {@code 1.5E-9}.
     */
    static String format(double value) {
        if (value == 0.0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(DESCRIBE_PRECISION).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return rounded.toPlainString();
        }
        return rounded.toString();
    }
}
