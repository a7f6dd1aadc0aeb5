package io.cloudmart.sim.scenario.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How amounts of money are written to results.json: rounded to a millionth of the currency unit. A node-second of
 * an m5.large costs about 0.000027 USD, so six decimals keep every figure a run can move, and drop the binary
 * noise of sums ({@code 0.07680000000000001}) that would make a reader wonder. Sums of rounded parts may differ
 * from the rounded total in the last digit.
 */
final class Money {
    /** Decimal places kept. */
    static final int DECIMALS = 6;

    private Money() {
    }

    /**
     * Writes {@code amount} rounded, as a plain decimal ({@code 0.000175}, where a double would print
     * {@code 1.75E-4}); a whole amount as an integer, and null when it is NaN, as every figure.
     */
    static void put(ObjectNode node, String field, double amount) {
        double rounded = round(amount);
        if (Double.isNaN(rounded) || Double.isInfinite(rounded) || rounded == Math.rint(rounded)) {
            ResultsJson.put(node, field, rounded);
        } else {
            // at most six decimals: BigDecimal's text has no exponent down to 0.000001
            node.put(field, BigDecimal.valueOf(rounded).stripTrailingZeros());
        }
    }

    static double round(double amount) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return amount;
        }
        return BigDecimal.valueOf(amount).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
