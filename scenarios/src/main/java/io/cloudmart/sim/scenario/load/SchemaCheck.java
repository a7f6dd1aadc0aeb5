package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks a document against the {@link Schema} and reports fields the schema does not know (with a
 * "did you mean") and sections of the wrong kind (a list where a mapping belongs). Scalars are left
 * to the binders, which know what each one means.
 */
final class SchemaCheck {
    private final Problems problems;

    SchemaCheck(Problems problems) {
        this.problems = problems;
    }

    /** Checks {@code node}, found at {@code path}, against {@code schema}. */
    void check(JsonNode node, Schema schema, String path) {
        if (node == null || node.isNull()) {
            return;
        }
        schema = Schema.resolve(schema);
        if (schema instanceof Schema.ScalarOr either) {
            if (node.isArray()) {
                problems.at(path, "expected a single value or a mapping, got a list");
            } else if (node.isObject()) {
                checkFields(node, either.obj(), path);
            }
        } else if (schema instanceof Schema.Obj obj) {
            if (expectMapping(node, path)) {
                checkFields(node, obj, path);
            }
        } else if (schema instanceof Schema.MapOf map) {
            if (expectMapping(node, path)) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    check(e.getValue(), map.value(), Locations.child(path, e.getKey()));
                }
            }
        } else if (schema instanceof Schema.ListOf list) {
            if (!node.isArray()) {
                problems.at(path, "expected a list (lines starting with '- '), got " + problems.shown(path, node));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), list.element(), Locations.child(path, String.valueOf(i)));
            }
        }
    }

    private void checkFields(JsonNode node, Schema.Obj obj, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            Schema field = obj.fields().get(name);
            String fieldPath = Locations.child(path, name);
            if (field == null && looksLikeSplitDistribution(name)) {
                continue; // the distribution's own message explains the missing quotes; don't add a second one
            } else if (field == null) {
                problems.unknownField(fieldPath, unknownField(name, path, obj));
            } else {
                check(e.getValue(), field, fieldPath);
            }
        }
    }

    /**
     * True for the tail of a distribution that a YAML flow mapping split at its comma:
     * {@code { work: lognormal(median=1ms, p99=5ms) }} gives a key {@code p99=5ms)}.
     */
    static boolean looksLikeSplitDistribution(String key) {
        return key.contains("=") && key.strip().endsWith(")");
    }

    private boolean expectMapping(JsonNode node, String path) {
        if (node.isObject()) {
            return true;
        }
        problems.at(path, "expected a mapping (indented 'key: value' lines), got " + problems.shown(path, node));
        return false;
    }

    /**
     * "unknown field 'replica' at services.api; did you mean 'replicas'? Allowed: replicas, pod,
     * endpoints" ({@code at the top level} for the root).
     */
    static String unknownField(String name, String parentPath, Schema.Obj obj) {
        String where = parentPath.isEmpty() ? "at the top level" : "at " + parentPath;
        String suggestion = Suggest.didYouMean(name, obj.fields().keySet());
        return "unknown field '" + name + "' " + where + (suggestion.isEmpty() ? "." : suggestion)
                + " Allowed: " + obj.allowed();
    }
}
