package io.cloudmart.sim.scenario.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How a sweep writes numbers: in sweep.csv to six significant digits, on the page to three (or whole units). */
final class SweepNumbers {
    private SweepNumbers() {
    }

    /** sweep.csv's cell: empty for no value, else six significant digits without exponent or trailing zeros. */
    static String csv(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The page's text: "–" for no value, whole units from 100 up ("10,338"), else three significant digits. */
    static String text(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.US, "%,.0f", v);
        }
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A csv cell: quoted (quotes doubled) when it holds a comma, quote or line break. */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
