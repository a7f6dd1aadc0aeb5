package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.cloudmart.sim.scenario.load.Issue;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.SafeText;

/**
 * One {@code --vary path=v1,v2,…}: a scenario field and the values a sweep gives it, in the order typed.
 *
 * @param path   the field, as {@code --set} names it
 * @param values at least one, each non-empty and different from the others
 */
record SweepAxis(String path, List<String> values) {
    SweepAxis {
        values = List.copyOf(values);
    }

    /** Reads {@code path=v1,v2,…}; values are trimmed. */
    static SweepAxis parse(String text) throws ScenarioException {
        int eq = text.indexOf('=');
        if (eq < 1) {
            throw bad(text, "write --vary path=v1,v2,... (for example --vary load.rate=10,20,30)");
        }
        String path = text.substring(0, eq).strip();
        if (path.equals("seed") || path.equals("replications")) {
            // every point shares seed and replications, so the points differ only by the knob (common random numbers)
            throw bad(text, "a sweep does not vary " + path + ": every point uses the same one; give it with --" + path);
        }
        String list = text.substring(eq + 1);
        if (list.isBlank()) {
            throw bad(text, "no values after '" + path + "='; write --vary " + path + "=v1,v2,...");
        }
        List<String> values = new ArrayList<>();
        for (String value : list.split(",", -1)) {
            String v = value.strip();
            if (v.isEmpty()) {
                throw bad(text, "an empty value in the list for " + path + " (two commas, or one at an end)");
            }
            values.add(v);
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw bad(text, "a value is listed twice for " + path + ": each point of a sweep is run once");
        }
        return new SweepAxis(path, values);
    }

    /** The values as numbers, or null when one is not (then the knob is drawn as categories). */
    double[] numbers() {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            try {
                x[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(x[i])) {
                return null;
            }
        }
        return x;
    }

    static ScenarioException bad(String vary, String message) {
        return new ScenarioException(List.of(new Issue("--vary " + SafeText.cut(vary, 120), 0, 0, "", message)));
    }
}
