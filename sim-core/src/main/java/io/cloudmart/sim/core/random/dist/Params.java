package io.cloudmart.sim.core.random.dist;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Parameter checks and number formatting shared by the distributions of this package, so that
 * every distribution rejects bad input with the same wording and describes itself the same way.
 */
final class Params {
    /** Significant digits shown by {@link #format(double)}: enough to tell 0.1 s from 0.1001 s. */
    private static final MathContext DESCRIBE_PRECISION = new MathContext(6);
    /** Below this magnitude {@link #format(double)} switches to scientific notation. */
    private static final double PLAIN_MIN = 1e-6;
    /** From this magnitude on {@link #format(double)} switches to scientific notation. */
    private static final double PLAIN_MAX = 1e12;

    private Params() {
    }

    /** Returns {@code value} if it is finite and strictly positive, else throws an exception naming the parameter. */
    static double positive(String distribution, String parameter, double value) {
        if (!Double.isFinite(value) || value <= 0.0) {
            throw new IllegalArgumentException(
                    distribution + " " + parameter + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and non-negative, else throws an exception naming the parameter. */
    static double nonNegative(String distribution, String parameter, double value) {
        if (!Double.isFinite(value) || value < 0.0) {
            throw new IllegalArgumentException(
                    distribution + " " + parameter + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /**
     * Refuses parameters whose derived moment overflows: a distribution whose mean or variance is
     * infinite cannot be summarised, and its samples would mostly be huge or infinite.
     */
    static void finiteMoment(String distribution, String moment, double value, String hint) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(distribution + " " + moment + " overflows (" + hint + ")");
        }
    }

    /**
     * {@code value} with at most six significant digits and no trailing zeros, independent of the
     * default locale: 0.1 → {@code 0.1}, 2.0 → {@code 2}, 1.5e-9 → {@code 1.5E-9}.
     */
    static String format(double value) {
        if (value == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(DESCRIBE_PRECISION).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return rounded.toPlainString();
        }
        return rounded.toString();
    }
}
