package io.cloudmart.sim.scenario.report;

import java.util.Locale;

import io.cloudmart.sim.core.run.Estimate;

/** Number formatting for report cells: fixed, locale-free, "–" for no value. */
final class Format {
    static final String NONE = "–";

    private Format() {
    }

    static String number(double v, int decimals) {
        return Double.isNaN(v) ? NONE : String.format(Locale.US, "%,." + decimals + "f", v);
    }

    /** Mean and, with several replications, "± half-width". */
    static String estimate(Estimate e, int decimals) {
        if (Double.isNaN(e.mean())) {
            return NONE;
        }
        String mean = number(e.mean(), decimals);
        return Double.isNaN(e.halfWidth95()) ? mean : mean + " ± " + number(e.halfWidth95(), decimals);
    }

    /** A number with no more decimals than it needs (10, 2.5, 0.125). */
    static String compact(double v) {
        return io.cloudmart.sim.scenario.output.SignificantDigits.format(v, 4);
    }

    /** A fraction as a percentage with one decimal, "35.2 %"; "–" for NaN. */
    static String percentOf(double fraction) {
        return Double.isNaN(fraction) ? NONE : number(fraction * 100, 1) + " %";
    }

    static String percent(Estimate e) {
        return estimate(new Estimate(e.mean() * 100, e.halfWidth95() * 100, e.n()), 1) + " %";
    }

    /**
     * {@code text} that a table cell does not wrap: no-break spaces, and a word joiner after an en dash between
     * two values, so "12 s", "99 %" or "16–24" stays on one line (a lone "–", no value, stays as it is).
     */
    static String nobreak(String text) {
        return text.replace(' ', '\u00A0').replaceAll("–(?=\\S)", "–\u2060");
    }

    /** A long time to a few digits, in the unit that reads best: "90 s", "13.5 min", "5.2 h", "9.04 days". */
    static String span(double seconds) {
        if (seconds < 120) {
            return compact(Math.round(seconds)) + " s";
        }
        if (seconds < 2 * 3600) {
            return io.cloudmart.sim.scenario.output.SignificantDigits.format(seconds / 60, 3) + " min";
        }
        if (seconds < 72 * 3600) {
            return io.cloudmart.sim.scenario.output.SignificantDigits.format(seconds / 3600, 3) + " h";
        }
        return io.cloudmart.sim.scenario.output.SignificantDigits.format(seconds / 86400, 3) + " days";
    }

    static String duration(double seconds) {
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return String.format(Locale.US, "%d h", (long) (seconds / 3600));
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return String.format(Locale.US, "%d min", (long) (seconds / 60));
        }
        return number(seconds, seconds == Math.rint(seconds) ? 0 : 3) + " s";
    }
}
