package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * What every section binder shares during one load: where problems go, how distributions and
 * side files are read, the references to check once everything is bound, and small readers used
 * by several sections (names, {@code service.endpoint} targets, distributions with defaults).
 */
final class Binding {
    /**
     * Names of scenarios and services: lower case and at most 63 characters, like Kubernetes names
     * (RFC 1123 labels); the scenario's name is also its output folder's.
     */
    static final Pattern NAME = Pattern.compile(TopSchema.NAME_PATTERN);
    /** Other names (journeys, endpoints, stores, topics …): no dots, since paths and calls use dots. */
    static final Pattern LOCAL_NAME = Pattern.compile(TopSchema.LOCAL_NAME_PATTERN);
    static final String NAME_RULE = "use at most 63 lower-case letters, digits and '-', starting with a letter or digit";
    static final String LOCAL_NAME_RULE = "use at most 63 letters, digits, '-' and '_', starting with a letter or digit";

    /** Stands in for a distribution that could not be read (the problem is reported). */
    static final DistributionSpec INVALID = new DistributionSpec("invalid", Map.of(), new double[0], "");

    final Problems problems;
    final Distributions distributions;
    final EmpiricalSamples files;
    final References refs;

    Binding(Problems problems, Distributions distributions, EmpiricalSamples files) {
        this.problems = problems;
        this.distributions = distributions;
        this.files = files;
        this.refs = new References(problems);
    }

    /**
     * The value of {@code field} in {@code f}, read and checked as its declaration says: its
     * default when absent (null for an optional field), null after reporting a problem.
     */
    <T> T read(Fields f, Field<T> field) {
        if (field.presence() == Field.Presence.OPTIONAL && !f.has(field.name())) {
            return null;
        }
        return field.kind().read(this, f, field.name(), field.defaultValue());
    }

    /** {@link #read}, or {@code fallback} when the field is absent and optional or its value is wrong (already reported). */
    <T> T read(Fields f, Field<T> field, T fallback) {
        T value = read(f, field);
        return value == null ? fallback : value;
    }

    /**
     * The value written under {@code name} in {@code f}, a map with free keys (route weights,
     * operations, headers), read and checked as the map's {@code value} declaration says.
     */
    <T> T readEntry(Fields f, String name, Field<T> value) {
        return value.kind().read(this, f, name, value.defaultValue());
    }

    /** {@link #read}, or the field's default when the value is wrong (already reported): for fields with a default. */
    <T> T readOrDefault(Fields f, Field<T> field) {
        return read(f, field, field.defaultValue());
    }

    Fields fields(JsonNode node, String path) {
        return Fields.of(node, path, problems);
    }

    /** The fields of section {@code field} of {@code f} (none when absent). */
    Fields section(Fields f, String field) {
        return Fields.of(f.get(field), f.pathOf(field), problems);
    }

    /**
     * The distribution written in {@code field}, or {@code defaultText} parsed when the field is
     * absent (required when {@code defaultText} is null).
     */
    DistributionSpec distribution(Fields f, String field, String defaultText) {
        JsonNode value = f.get(field);
        if (value == null) {
            if (defaultText != null) {
                return distributions.parse(defaultText);
            }
            f.missing(field);
        } else if (!value.isTextual()) {
            f.wrong(field, "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got "
                    + f.shown(field, value));
        } else {
            try {
                return distributions.parse(value.asText());
            } catch (IllegalArgumentException e) {
                f.wrong(field, e.getMessage());
            }
        }
        return INVALID;
    }

    void checkName(String path, String name, String what, Pattern pattern, String rule) {
        if (!pattern.matcher(name).matches()) {
            problems.add(path, Problems.Anchor.KEY, "'" + SafeText.shown(name) + "' is not a valid " + what + " name; " + rule);
        }
    }

    /**
     * The entries of map field {@code field}, each name checked against {@code pattern} and its
     * value bound by {@code bind(fields, name)}, in file order.
     */
    <T> Map<String, T> named(Fields f, String field, boolean required, String what, Pattern pattern,
                             BiFunction<Fields, String, T> bind) {
        Map<String, T> bound = new LinkedHashMap<>();
        String rule = pattern == NAME ? NAME_RULE : LOCAL_NAME_RULE;
        f.entries(field, required, what).forEach((name, node) -> {
            String path = f.pathOf(field) + "." + name;
            checkName(path, name, what, pattern, rule);
            bound.put(name, bind.apply(fields(node, path), name));
        });
        return bound;
    }

    /** A map of names to text values ({@code headers}); names follow {@link #LOCAL_NAME}. */
    Map<String, String> texts(Fields f, String field, String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        f.entries(field, false, what).forEach((name, node) -> {
            String path = f.pathOf(field) + "." + name;
            checkName(path, name, what, LOCAL_NAME, LOCAL_NAME_RULE);
            String value = fields(f.get(field), f.pathOf(field)).text(name, null);
            texts.put(name, value == null ? "" : value);
        });
        return texts;
    }

    /**
     * {@code service.endpoint} split in two, or null after reporting a malformed target.
     *
     * @param path where the target is written
     * @param text the target as written
     */
    String[] target(String path, String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.indexOf('.', dot + 1) >= 0) {
            problems.at(path, "expected 'service.endpoint', e.g. api.get, got '" + SafeText.shown(text) + "'");
            return null;
        }
        return new String[] {text.substring(0, dot), text.substring(dot + 1)};
    }

    static String orPeriod(String suggestion) {
        return suggestion.isEmpty() ? "." : suggestion;
    }

    /**
     * The elements of list field {@code field} of {@code f}, each read as {@code element} declares (required:
     * a null element is reported), in order; absent or wrong elements are left out (and reported).
     */
    <T> java.util.List<T> list(Fields f, String field, Field<T> element) {
        java.util.List<T> values = new java.util.ArrayList<>();
        JsonNode node = f.get(field);
        if (node == null || !node.isArray()) {
            return values;
        }
        com.fasterxml.jackson.databind.node.ObjectNode byIndex = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode();
        for (int i = 0; i < node.size(); i++) {
            byIndex.set(String.valueOf(i), node.get(i));
        }
        Fields elements = fields(byIndex, f.pathOf(field));
        for (int i = 0; i < node.size(); i++) {
            T value = element.kind().read(this, elements, String.valueOf(i), null);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
