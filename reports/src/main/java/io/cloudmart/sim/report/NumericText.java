package io.cloudmart.sim.report;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a preformatted table cell reads as a number, so that figures are right-aligned
 * and their digits line up.
 *
 * <p>Accepted: an optionally signed number with optional currency sign, thousands separators,
 * decimals, exponent and a short unit ("12.5", "-3", "1,024", "$0.42", "95%", "250 ms", "3.1 req/s"),
 * optionally followed by "± number" or an interval in brackets or parentheses
 * ("12.3 ± 0.4 ms", "12.3 [11.9, 12.7]"). Dates, versions and words are not numeric.
 */
final class NumericText {

    private static final String NUMBER =
            "[-+\u2212]?[$\u20AC\u00A3]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)"
                    + "(?:[eE][-+]?\\d+)?";
    private static final String UNIT = "(?:\\s?(?:%|\u00D7|[A-Za-z\u00B5\u03BC\u00B0]{1,8}"
            + "(?:/[A-Za-z]{1,4})?))?";
    private static final String VALUE = NUMBER + UNIT;
    private static final String SEPARATOR = "\\s*(?:,|;|\u2013|\u2014|\\.\\.|to)\\s*";
    private static final Pattern NUMERIC =
            Pattern.compile(
                    VALUE
                            + "(?:\\s*\u00B1\\s*" + VALUE
                            + "|\\s*[\\[(]\\s*" + VALUE + SEPARATOR + VALUE + "\\s*[\\])])?");

    /** Cell texts that stand for a missing number and align with the numbers of their column. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("", "-", "\u2013", "\u2014", "n/a", "na", "nan", "\u221E", "-\u221E", "inf", "-inf");

    private NumericText() {}

    /** Returns whether {@code cell} reads as a number, possibly with unit and uncertainty. */
    static boolean looksNumeric(String cell) {
        return NUMERIC.matcher(cell.strip()).matches();
    }

    /** Returns whether {@code cell} is a stand-in for a missing number, such as "—" or "n/a". */
    static boolean isPlaceholder(String cell) {
        return PLACEHOLDERS.contains(cell.strip().toLowerCase(Locale.ROOT));
    }
}
