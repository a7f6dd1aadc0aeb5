package io.cloudmart.sim.scenario.report;

import java.util.Map;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.scenario.output.SignificantDigits;

/**
 * Reads one journaled decision's inputs for a sentence: the values as text, numbers to a few significant digits. A
 * missing input reads "?", so a renamed input shows in the report instead of breaking it (the report tests check
 * that no "?" appears for the shop's own controllers).
 */
record Inputs(Map<String, Object> values) {
    static final String MISSING = "?";

    static Inputs of(ControlEvent event) {
        return new Inputs(event.inputs());
    }

    /** The input as written, or {@value #MISSING}. */
    String text(String key) {
        Object value = values.get(key);
        return value == null ? MISSING : value.toString();
    }

    /** The input as a number, NaN when absent or not a number. */
    double number(String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The input to three significant digits, or {@value #MISSING}. */
    String figure(String key) {
        double value = number(key);
        return Double.isFinite(value) ? SignificantDigits.format(value, 3) : MISSING;
    }

    /** "1 pod", "3 pods": the count in {@code key} with the noun in the right number. */
    String count(String key, String noun) {
        double value = number(key);
        if (!Double.isFinite(value)) {
            return MISSING + " " + noun + "s";
        }
        return Format.compact(value) + " " + (value == 1 ? noun : noun + "s");
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }
}
