package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The figures two results.json trees disagree on, as JSON pointers (RFC 6901) with both values.
 * {@code /wallSeconds} is left out: it is the one field that depends on the machine and the moment
 * (ResultsJson's contract), so it differs between any two runs.
 */
final class ResultsDiff {
    /** A figure that differs; a value is {@code (absent)} where one side lacks the field. */
    record Difference(String pointer, String recorded, String replayed) {
        String sentence() {
            return pointer + ": recorded " + recorded + ", replayed " + replayed;
        }
    }

    private static final Set<String> IGNORED = Set.of("/wallSeconds");

    private ResultsDiff() {
    }

    /** Every difference, in the recorded file's order (then fields only the replay has). */
    static List<Difference> between(JsonNode recorded, JsonNode replayed) {
        List<Difference> found = new ArrayList<>();
        walk("", recorded, replayed, found);
        return found;
    }

    private static void walk(String pointer, JsonNode a, JsonNode b, List<Difference> found) {
        if (IGNORED.contains(pointer)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(pointer + "/" + escape(name), field(a, name), field(b, name), found);
            }
        } else if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(pointer + "/" + i, element(a, i), element(b, i), found);
            }
        } else if (!a.equals(b)) {
            found.add(new Difference(pointer.isEmpty() ? "/" : pointer, shown(a), shown(b)));
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null ? MissingNode.getInstance() : value;
    }

    private static JsonNode element(JsonNode array, int index) {
        return index < array.size() ? array.get(index) : MissingNode.getInstance();
    }

    /** RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String shown(JsonNode node) {
        if (node.isMissingNode()) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
