package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line overrides, {@code --set path=value}, applied to the document before it is bound,
 * so an overridden value is checked exactly like one written in the file.
 *
 * <p>{@code path} is dotted: {@code services.api.pod.cpu}, {@code duration}, and list elements by
 * index, {@code load.stages.0.rate} (or {@code load.stages[0].rate}). It is checked against the
 * {@link Schema} first; an unknown field is refused with a "did you mean". Under a map (services,
 * journeys, endpoints) any new name may be used, which adds an entry. The value is read as a YAML
 * scalar ({@code 3}, {@code 200h}, {@code exponential(mean=50ms)}); where a section is expected a
 * YAML flow value works too ({@code {cpu: 2, memory: 1Gi}}). {@code null} removes the value, so the
 * default applies. Fields that exclude each other replace each other: setting {@code load.rate}
 * removes {@code load.stages} and {@code load.shape}, and so on (see {@code ALTERNATIVES}).
 */
final class Overrides {
    /** A checked override: its text, its path split into segments, and the value to put there (null node = remove). */
    record Override(String text, List<String> segments, JsonNode value) {
        String path() {
            return String.join(".", segments);
        }
    }

    private final DocumentReader reader;
    private final Problems problems;
    private final List<String> replaced = new ArrayList<>();

    Overrides(DocumentReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    /** The overrides that are well formed and name a known path; the others are reported. */
    List<Override> parse(List<String> texts) {
        List<Override> parsed = new ArrayList<>();
        for (String text : texts) {
            Override override = parse(text);
            if (override != null) {
                parsed.add(override);
            }
        }
        return parsed;
    }

    /**
     * One sentence per field an override removed because it excludes the field set ({@code --set
     * load.rate=50} on a staged scenario drops its stages): the learner is told, not left to wonder
     * why the stages' rates no longer apply.
     */
    List<String> replaced() {
        return List.copyOf(replaced);
    }

    /** Applies {@code overrides} in order to {@code root}; later ones win. */
    void apply(List<Override> overrides, ObjectNode root) {
        for (Override override : overrides) {
            apply(override, root);
        }
    }

    private Override parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            problems.inOverride(text, "missing '=': write --set path=value, e.g. --set services.api.replicas=3");
            return null;
        }
        String pathText = text.substring(0, eq).strip().replaceAll("\\[(\\d+)]", ".$1");
        if (pathText.isEmpty()) {
            problems.inOverride(text, "missing path before '=': write --set path=value, e.g. --set duration=2h");
            return null;
        }
        List<String> segments = Arrays.asList(pathText.split("\\.", -1));
        Schema target = Schema.SCENARIO;
        for (int i = 0; i < segments.size() && target != null; i++) {
            target = step(text, target, segments, i);
        }
        if (target == null) {
            return null;
        }
        JsonNode value = value(text, text.substring(eq + 1), target);
        return value == null ? null : new Override(text, List.copyOf(segments), value);
    }

    /** The schema of segment {@code i} below {@code schema}, or null after reporting why there is none. */
    private Schema step(String text, Schema schema, List<String> segments, int i) {
        String segment = segments.get(i);
        String parent = String.join(".", segments.subList(0, i));
        if (segment.isEmpty()) {
            problems.inOverride(text, "empty name in the path; write names separated by single dots, e.g. services.api.replicas");
            return null;
        }
        schema = Schema.resolve(schema);
        if (schema instanceof Schema.ScalarOr either) {
            schema = either.obj();
        }
        if (schema instanceof Schema.Obj obj) {
            Schema child = obj.fields().get(segment);
            if (child == null) {
                String suggestion = Suggest.didYouMean(segment, obj.fields().keySet());
                problems.inOverride(text, "unknown field '" + SafeText.shown(segment) + "'"
                        + (suggestion.isEmpty() ? "." : suggestion) + " Allowed: " + obj.allowed());
            }
            return child;
        }
        if (schema instanceof Schema.MapOf map) {
            return map.value();
        }
        if (schema instanceof Schema.ListOf list) {
            if (!segment.matches("\\d{1,6}")) {
                problems.inOverride(text, parent + " is a list; choose an element by its index, e.g. " + parent + ".0");
                return null;
            }
            return list.element();
        }
        problems.inOverride(text, parent + " is a single value; it has no field '" + segment + "'");
        return null;
    }

    private JsonNode value(String text, String raw, Schema target) {
        target = Schema.resolve(target);
        String stripped = raw.strip();
        JsonNode parsed;
        try {
            parsed = reader.readValue(raw);
        } catch (JacksonException e) {
            if (target instanceof Schema.Scalar) {
                return TextNode.valueOf(stripped);
            }
            problems.inOverride(text, "the value is not valid YAML: " + DocumentReader.problemOf(e));
            return null;
        }
        if (parsed == null || parsed.isMissingNode()) {
            return target instanceof Schema.Scalar ? TextNode.valueOf("") : NullNode.getInstance();
        }
        boolean quoted = stripped.startsWith("\"") || stripped.startsWith("'");
        if (target instanceof Schema.Scalar && (parsed.isContainerNode() || parsed.isTextual() && !quoted)) {
            return TextNode.valueOf(stripped);
        }
        if (target instanceof Schema.ScalarOr && parsed.isTextual() && !quoted) {
            return TextNode.valueOf(stripped);
        }
        return parsed;
    }

    private void apply(Override override, ObjectNode root) {
        if (!indicesInRange(override, root)) {
            return;
        }
        List<String> segments = override.segments();
        JsonNode current = root;
        Schema schema = Schema.SCENARIO;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            Schema childSchema = child(schema, segment);
            boolean last = i == segments.size() - 1;
            JsonNode next = last ? override.value() : null;
            if (current instanceof ObjectNode object) {
                String prefix = i == 0 ? "" : String.join(".", segments.subList(0, i)) + ".";
                clearAlternatives(object, schema, segment).forEach(removed -> replaced.add("--set " + override.text()
                        + " drops " + prefix + removed + ": the two exclude each other, and the one set wins"));
                if (!last) {
                    next = fits(object.get(segment), childSchema) ? object.get(segment) : container(childSchema);
                }
                put(object, segment, next);
            } else if (current instanceof ArrayNode array) {
                int index = Integer.parseInt(segment);
                if (!last) {
                    JsonNode existing = index < array.size() ? array.get(index) : null;
                    next = fits(existing, childSchema) ? existing : container(childSchema);
                }
                put(array, index, next);
            }
            current = next;
            schema = childSchema;
        }
        problems.overridden(override.path(), override.text());
    }

    /**
     * Checks, before anything changes, that every list index of the path is at most the list's
     * size (equal to it appends); reports the first that is not.
     */
    private boolean indicesInRange(Override override, ObjectNode root) {
        List<String> segments = override.segments();
        JsonNode current = root;
        Schema schema = Schema.SCENARIO;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (Schema.resolve(schema) instanceof Schema.ListOf) {
                int size = current != null && current.isArray() ? current.size() : 0;
                int index = Integer.parseInt(segment);
                if (index > size) {
                    String list = String.join(".", segments.subList(0, i));
                    problems.inOverride(override.text(), size == 0
                            ? list + " has no elements yet; start with index 0"
                            : list + " has " + size + " element" + (size == 1 ? "" : "s") + "; use an index from 0 to "
                                    + size + " (" + size + " adds one)");
                    return false;
                }
                current = current != null && current.isArray() ? current.get(index) : null;
            } else {
                current = current != null && current.isObject() ? current.get(segment) : null;
            }
            schema = child(schema, segment);
        }
        return true;
    }

    /**
     * Fields of one mapping that exclude each other: setting a field of one group removes the
     * fields of the others (a load has {@code rate}, {@code stages} or {@code shape}; a shape is
     * one kind; an endpoint has {@code work} or {@code steps}; a route one destination form).
     */
    private static final Map<Schema, List<Set<String>>> ALTERNATIVES = alternatives();

    /**
     * Keyed by the schema nodes themselves: a path walks the one schema tree, so the node met is the declared one,
     * and a record's own equality would hash and compare the whole subtree (the scenario's root on every path).
     */
    private static Map<Schema, List<Set<String>>> alternatives() {
        Map<Schema, List<Set<String>>> alternatives = new IdentityHashMap<>();
        alternatives.put(Schema.LOAD, List.of(Set.of("rate"), Set.of("stages"), Set.of("shape")));
        alternatives.put(Schema.SHAPE, List.of(Set.of("startRate", "schedule"), Set.of("spike"), Set.of("daily"),
                Set.of("trace"), Set.of("replay")));
        alternatives.put(Schema.ENDPOINT, List.of(Set.of("work"), Set.of("steps")));
        alternatives.put(Schema.ROUTE, List.of(Set.of("destination"), Set.of("destinations")));
        return Collections.unmodifiableMap(alternatives);
    }

    /** Removes the fields that exclude {@code field}; returns the names of those that were there, sorted. */
    private static List<String> clearAlternatives(ObjectNode object, Schema schema, String field) {
        List<Set<String>> groups = ALTERNATIVES.get(Schema.resolve(schema));
        if (groups == null || groups.stream().noneMatch(group -> group.contains(field))) {
            return List.of();
        }
        List<String> removed = new ArrayList<>();
        for (Set<String> group : groups) {
            if (!group.contains(field)) {
                group.stream().sorted().filter(object::has).forEach(removed::add);
                group.forEach(object::remove);
            }
        }
        return removed;
    }

    private static void put(ObjectNode object, String field, JsonNode value) {
        if (value.isNull()) {
            object.remove(field);
        } else {
            object.set(field, value);
        }
    }

    private static void put(ArrayNode array, int index, JsonNode value) {
        if (value.isNull()) {
            if (index < array.size()) {
                array.remove(index);
            }
        } else if (index == array.size()) {
            array.add(value);
        } else {
            array.set(index, value);
        }
    }

    private static Schema child(Schema schema, String segment) {
        schema = Schema.resolve(schema);
        if (schema instanceof Schema.ScalarOr either) {
            return either.obj().fields().get(segment);
        }
        if (schema instanceof Schema.Obj obj) {
            return obj.fields().get(segment);
        }
        if (schema instanceof Schema.MapOf map) {
            return map.value();
        }
        return ((Schema.ListOf) schema).element();
    }

    private static boolean fits(JsonNode node, Schema schema) {
        return Schema.resolve(schema) instanceof Schema.ListOf ? node instanceof ArrayNode : node instanceof ObjectNode;
    }

    private static JsonNode container(Schema schema) {
        return Schema.resolve(schema) instanceof Schema.ListOf
                ? JsonNodeFactory.instance.arrayNode()
                : JsonNodeFactory.instance.objectNode();
    }
}
