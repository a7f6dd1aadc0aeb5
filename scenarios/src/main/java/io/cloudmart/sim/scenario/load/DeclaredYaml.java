package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes, for {@code cmsim explain}, the parts of a scenario that {@link ScenarioYaml} has no
 * hand-written form for, from their declarations alone: each member of a {@link Schema.Obj} that
 * the file (after {@code --set}) writes, its value read through its {@link Kind} and written back
 * in canonical form, and inside such a section every field with a declared default filled in, as
 * is every sub-section whose absence means "all defaults". So a section appears in
 * {@code explain} as soon as it is declared in the schema (the capacity sections, and any added
 * later), with nothing to write by hand.
 *
 * <p>A section the file leaves out stays out, as do optional fields: their absence has a meaning
 * (a fixed number of pods, the legacy HPA path) that writing defaults would change. Loading the
 * output gives back the same values.
 */
final class DeclaredYaml {
    /** What a section's declared default says when leaving it out means every field at its default. */
    static final String ALL_DEFAULTS = "all defaults";

    /** Reads each value through its declaration's kind; the document loaded without problems already. */
    private final Binding binding;

    private DeclaredYaml() {
        Problems problems = new Problems("explain");
        EmpiricalSamples none = new EmpiricalSamples(null, problems.source());
        this.binding = new Binding(problems, new Distributions(none), none);
    }

    /**
     * The members of {@code obj} written in {@code node} and not in {@code byHand}, as block YAML
     * lines at {@code indent}: the sections the hand-written part of {@code explain} does not know.
     */
    static void rest(StringBuilder out, Schema.Obj obj, Set<String> byHand, JsonNode node, String path, String indent) {
        DeclaredYaml writer = new DeclaredYaml();
        for (Schema.Member member : obj.members()) {
            if (!byHand.contains(member.name()) && isWritten(node, member.name())) {
                Object value = writer.member(member, node.get(member.name()), Locations.child(path, member.name()));
                block(out, member.name(), value, indent);
            }
        }
    }

    /**
     * The same members as {@link #rest} as {@code , name: value} pairs for the end of a flow
     * mapping ({@code pod: { cpu: 1, …, terminationGracePeriodSeconds: 45 }}); empty when none.
     */
    static String flowRest(Schema.Obj obj, Set<String> byHand, JsonNode node, String path) {
        DeclaredYaml writer = new DeclaredYaml();
        StringBuilder out = new StringBuilder();
        for (Schema.Member member : obj.members()) {
            if (!byHand.contains(member.name()) && isWritten(node, member.name())) {
                Object value = writer.member(member, node.get(member.name()), Locations.child(path, member.name()));
                out.append(", ").append(ScenarioYaml.key(member.name())).append(": ").append(flow(value));
            }
        }
        return out.toString();
    }

    private static boolean isWritten(JsonNode node, String name) {
        return node != null && node.hasNonNull(name);
    }

    // ------------------------------------------------------------------ resolving values

    /** A member's value: a formatted scalar ({@link String}), a mapping ({@link Map}) or a list. */
    private Object member(Schema.Member member, JsonNode value, String path) {
        return member instanceof Field<?> field ? scalar(field, value, path)
                : shape(((Schema.Section) member).shape(), value, path);
    }

    private Object shape(Schema schema, JsonNode value, String path) {
        Schema resolved = Schema.resolve(schema);
        if (resolved instanceof Field<?> field) {
            return scalar(field, value, path);
        }
        if (resolved instanceof Schema.Obj obj) {
            return obj(obj, value, path);
        }
        if (resolved instanceof Schema.ScalarOr either) {
            return value != null && value.isObject() ? obj(either.obj(), value, path) : scalar(either.scalar(), value, path);
        }
        if (resolved instanceof Schema.ListOf list) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0; value != null && i < value.size(); i++) {
                elements.add(shape(list.element(), value.get(i), path + "." + i));
            }
            return elements;
        }
        Schema.MapOf map = (Schema.MapOf) resolved;
        Map<String, Object> entries = new LinkedHashMap<>();
        if (value != null) {
            value.fields().forEachRemaining(e -> entries.put(e.getKey(), shape(map.value(), e.getValue(),
                    Locations.child(path, e.getKey()))));
        }
        return entries;
    }

    /**
     * A mapping present in the file (or standing for all defaults): every declared default filled in, but not those
     * of members that belong to another value of the mapping's choice ({@link Schema.Variants}).
     */
    private Map<String, Object> obj(Schema.Obj obj, JsonNode node, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        Schema.Variants variants = obj.variants();
        String chosen = variants == null ? null : read(variants.choice(), node == null ? null
                : node.get(variants.choice().name()), Locations.child(path, variants.choice().name()));
        for (Schema.Member member : obj.members()) {
            String childPath = Locations.child(path, member.name());
            if (isWritten(node, member.name())) {
                out.put(member.name(), member(member, node.get(member.name()), childPath));
            } else if (variants != null && !variants.applies(member.name(), chosen)) {
                continue; // another variant's: writing its default would make the file one the loader refuses
            } else if (member instanceof Field<?> field && field.presence() == Field.Presence.DEFAULTED) {
                out.put(member.name(), scalar(field, null, childPath));
            } else if (member instanceof Schema.Section section && ALL_DEFAULTS.equals(section.defaultText())
                    && Schema.resolve(section.shape()) instanceof Schema.Obj defaults) {
                out.put(member.name(), obj(defaults, null, childPath));
            }
        }
        return out;
    }

    /** The field's value in canonical form ({@code 30s}, {@code 512Mi}, {@code 0.5}), its default when absent. */
    private <T> String scalar(Field<T> field, JsonNode value, String path) {
        if (field.kind() instanceof Kind.Distribution) {
            // written as given: an empirical distribution's file is read relative to the scenario's folder
            String text = value == null ? field.kind().format(field.defaultValue()) : value.asText();
            return ScenarioYaml.distribution(text);
        }
        T read = read(field, value, path);
        String text = field.kind().format(read);
        return field.kind() instanceof Kind.Text || field.kind() instanceof Kind.Choice ? ScenarioYaml.scalar(read.toString())
                : text;
    }

    /** The field's value as the binder reads it, its default when absent. */
    private <T> T read(Field<T> field, JsonNode value, String path) {
        JsonNode holder = value == null ? null : Kind.JSON.objectNode().set(field.name(), value);
        T read = field.kind().read(binding, Fields.of(holder, path, binding.problems), field.name(), field.defaultValue());
        if (read == null) {
            throw new IllegalStateException("explain: " + path + " did not read back (" + value + ")");
        }
        return read;
    }

    // ------------------------------------------------------------------ writing

    private static void block(StringBuilder out, String name, Object value, String indent) {
        out.append(indent).append(ScenarioYaml.key(name)).append(':');
        if (value instanceof String scalar) {
            out.append(' ').append(scalar).append('\n');
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            map.forEach((k, v) -> block(out, (String) k, v, indent + "  "));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            for (Object element : list) {
                listElement(out, element, indent + "  ");
            }
        } else {
            out.append(' ').append(flow(value)).append('\n'); // {} or []
        }
    }

    /** {@code - value} at {@code indent}; a mapping's first line shares the dash, the rest line up under it. */
    private static void listElement(StringBuilder out, Object element, String indent) {
        if (element instanceof Map<?, ?> map && !map.isEmpty()) {
            StringBuilder body = new StringBuilder();
            map.forEach((k, v) -> block(body, (String) k, v, indent + "  "));
            out.append(indent).append("- ").append(body, indent.length() + 2, body.length());
        } else {
            out.append(indent).append("- ").append(flow(element)).append('\n');
        }
    }

    private static String flow(Object value) {
        if (value instanceof String scalar) {
            return scalar;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            List<String> pairs = new ArrayList<>();
            map.forEach((k, v) -> pairs.add(ScenarioYaml.key((String) k) + ": " + flow(v)));
            return "{ " + String.join(", ", pairs) + " }";
        }
        List<String> elements = new ArrayList<>();
        ((List<?>) value).forEach(e -> elements.add(flow(e)));
        return "[" + String.join(", ", elements) + "]";
    }
}
