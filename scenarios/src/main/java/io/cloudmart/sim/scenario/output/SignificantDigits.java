package io.cloudmart.sim.scenario.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers rounded to a few significant digits, without exponent or trailing zeros: stable and locale-free. */
public final class SignificantDigits {
    private SignificantDigits() {
    }

    /** {@code v} rounded to {@code digits} significant digits, e.g. 0.125, 12.5, 1250. */
    public static String format(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
