package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.WarmupSpec;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a scalar field of a scenario holds: how it is read and checked (through the typed readers
 * of {@link Fields}, whose messages it keeps), how the reference names its type and range, how a
 * value of it is written, and its JSON Schema. A {@link Field} pairs a kind with a name, a default
 * and a description.
 *
 * @param <T> what the field binds to: {@code Long} for whole numbers, {@code Double} for numbers,
 *            durations in seconds, CPU cores and MiB, {@code String} for text and choices
 */
sealed interface Kind<T> {
    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Reads field {@code name} of {@code f}; {@code defaultValue} when absent (required when null); null after a problem. */
    T read(Binding b, Fields f, String name, T defaultValue);

    /** The type as the reference names it: "whole number", "duration" … */
    String type();

    /** What the kind allows beyond its type, as the reference writes it ("`1` to `63`", "`> 0`"); empty when nothing. */
    String range();

    /** {@code value} as it would be written in a scenario ({@code 100ms}, {@code 512Mi}, {@code 0.5}). */
    String format(T value);

    /** The JSON Schema of a value. */
    ObjectNode jsonSchema();

    /** Free text, or text of a form the binder checks (a name, {@code service.endpoint}, a file). */
    Kind<String> TEXT = new Text("text", null);
    Kind<Boolean> BOOL = new Bool();
    Kind<Double> MEMORY = new Memory(false);
    /** Memory {@code >= 0}: a request that may be none (a DaemonSet's, a sidecar's). */
    Kind<Double> MEMORY_OR_ZERO = new Memory(true);
    Kind<DistributionSpec> DISTRIBUTION = new Distribution();
    /** A number {@code > 0}. */
    Kind<Double> POSITIVE = new Decimal(0, true, Double.POSITIVE_INFINITY, null);
    /** A number {@code >= 0}. */
    Kind<Double> NON_NEGATIVE = new Decimal(0, false, Double.POSITIVE_INFINITY, null);
    /** A probability or share in [0, 1]. */
    Kind<Double> FRACTION = new Decimal(0, false, 1, null);
    Kind<Double> DURATION = new Duration(false);
    Kind<Double> DURATION_OR_ZERO = new Duration(true);
    /** Any Kubernetes quantity {@code > 0}, in its base unit. */
    Kind<Double> QUANTITY = new Quantity();

    static Kind<Long> whole(long min, long max) {
        return new Whole(min, max);
    }

    /** An arrival rate, requests per second, at most {@link Maxima#RATE_PER_SECOND}. */
    static Kind<Double> rate(boolean zeroAllowed) {
        return new Decimal(0, !zeroAllowed, Maxima.RATE_PER_SECOND, "requests per second");
    }

    static Kind<String> choice(List<String> allowed) {
        return new Choice(allowed);
    }

    /** Text the reference calls {@code type}, of the form {@code pattern} in the JSON Schema. */
    static Kind<String> text(String type, String pattern) {
        return new Text(type, pattern);
    }

    /**
     * Text; {@code type} is how the reference names it ("text", "`service.endpoint`", "CSV
     * path"), {@code pattern} its form in the JSON Schema (null for any text).
     */
    record Text(String type, String pattern) implements Kind<String> {
        @Override
        public String read(Binding b, Fields f, String name, String defaultValue) {
            return f.text(name, defaultValue);
        }

        @Override
        public String range() {
            return "";
        }

        @Override
        public String format(String value) {
            return value.isEmpty() ? "\"\"" : value;
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            return pattern == null ? schema : schema.put("pattern", pattern);
        }
    }

    /** A whole number in [min, max]. */
    record Whole(long min, long max) implements Kind<Long> {
        @Override
        public Long read(Binding b, Fields f, String name, Long defaultValue) {
            return f.wholeNumber(name, defaultValue, min, max);
        }

        @Override
        public String type() {
            return "whole number";
        }

        @Override
        public String range() {
            if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
                return "any 64-bit integer";
            }
            return max == Long.MAX_VALUE ? "`>= " + min + "`" : "`" + min + "` to `" + max + "`";
        }

        @Override
        public String format(Long value) {
            return Long.toString(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode().put("type", "integer");
            if (min != Long.MIN_VALUE) {
                schema.put("minimum", min);
            }
            if (max != Long.MAX_VALUE) {
                schema.put("maximum", max);
            }
            return schema;
        }
    }

    /**
     * A number {@code >= min} ({@code > min} when {@code minExclusive}) and {@code <= max}. With a
     * {@code unit} (requests per second) the maximum is said in it; without, a finite maximum makes
     * the range an interval ("in `[0, 1]`").
     */
    record Decimal(double min, boolean minExclusive, double max, String unit) implements Kind<Double> {
        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            if (unit == null) {
                return f.number(name, defaultValue, min, minExclusive, max);
            }
            Double value = f.number(name, defaultValue, min, minExclusive, Double.POSITIVE_INFINITY);
            if (value != null && value > max) {
                return f.wrong(name, "must be at most " + Units.plain(max) + " " + unit + " (got "
                        + f.shown(name, f.get(name)) + ")");
            }
            return value;
        }

        @Override
        public String type() {
            return unit == null ? "number" : "number, " + unit;
        }

        @Override
        public String range() {
            String low = "`" + (minExclusive ? "> " : ">= ") + Units.plain(min) + "`";
            if (max == Double.POSITIVE_INFINITY) {
                return low;
            }
            if (unit != null) {
                return low + ", at most `" + Units.plain(max) + "`";
            }
            return "in `" + (minExclusive ? "(" : "[") + Units.plain(min) + ", " + Units.plain(max) + "]`";
        }

        @Override
        public String format(Double value) {
            return Units.plain(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode().put("type", "number");
            schema.put(minExclusive ? "exclusiveMinimum" : "minimum", min);
            if (max != Double.POSITIVE_INFINITY) {
                schema.put("maximum", max);
            }
            return schema;
        }
    }

    /** A duration with a unit, in seconds: {@code > 0}, or {@code >= 0} when {@code zeroAllowed}. */
    record Duration(boolean zeroAllowed) implements Kind<Double> {
        /** A duration as the loader reads it: numbers with units, several in a row ({@code 1h30m}). */
        static final String PATTERN = "^\\s*\\+?((\\d+(\\.\\d+)?|\\.\\d+)(ns|us|µs|ms|s|m|h|d))+\\s*$";

        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            return f.duration(name, defaultValue, zeroAllowed);
        }

        @Override
        public String type() {
            return "duration";
        }

        @Override
        public String range() {
            return zeroAllowed ? "`>= 0`" : "`> 0`";
        }

        @Override
        public String format(Double value) {
            return Units.formatDuration(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            return JSON.objectNode().put("type", "string").put("pattern", PATTERN);
        }
    }

    /** A duration {@code >= 0}, or {@code auto}: {@code warmup}. Any other word gets one message naming both. */
    record DurationOrAuto() implements Kind<WarmupSpec> {
        @Override
        public WarmupSpec read(Binding b, Fields f, String name, WarmupSpec defaultValue) {
            com.fasterxml.jackson.databind.JsonNode value = f.get(name);
            if (value == null) {
                return defaultValue;
            }
            if (value.isTextual()) {
                String text = value.asText().strip();
                if (text.equals(WarmupSpec.AUTO_WORD)) {
                    return WarmupSpec.AUTO;
                }
                // a negative or out-of-range duration gets the duration's own message; a word gets this one
                if (!text.startsWith("-") && !text.matches(Duration.PATTERN) && !text.matches("[+]?[0-9.eE+-]+")) {
                    return f.wrong(name, "expected `auto` or a finite duration like 250ms, 1.5s, 5m or 2h, got "
                            + f.shown(name, value));
                }
            }
            Double seconds = f.duration(name, null, true);
            return seconds == null ? null : WarmupSpec.fixed(seconds);
        }

        @Override
        public String type() {
            return "duration or `auto`";
        }

        @Override
        public String range() {
            return "`>= 0`, or `auto` (MSER-5)";
        }

        @Override
        public String format(WarmupSpec value) {
            return value.auto() ? WarmupSpec.AUTO_WORD : Units.formatDuration(value.seconds());
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "string").put("pattern", Duration.PATTERN);
            anyOf.addObject().put("const", WarmupSpec.AUTO_WORD);
            return schema;
        }
    }

    /** A share in (0, 1), written as a fraction ({@code 0.05}) or a percentage ({@code 5%}): {@code precision}. */
    record Share() implements Kind<Double> {
        private static final String EXPECTED = "expected a share like 5% or 0.05, above 0 and below 100%, got ";

        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            com.fasterxml.jackson.databind.JsonNode value = f.get(name);
            if (value == null) {
                return defaultValue;
            }
            if (value.isTextual() && value.asText().strip().endsWith("%")) {
                String number = value.asText().strip();
                number = number.substring(0, number.length() - 1).strip();
                try {
                    double percent = Double.parseDouble(number);
                    if (percent > 0 && percent < 100) {
                        return percent / 100;
                    }
                } catch (NumberFormatException e) {
                    // said below, with the value as written
                }
                return f.wrong(name, EXPECTED + f.shown(name, value));
            }
            if (!value.isNumber()) {
                return f.wrong(name, EXPECTED + f.shown(name, value));
            }
            double share = value.asDouble();
            return share > 0 && share < 1 ? share : f.wrong(name, EXPECTED + f.shown(name, value));
        }

        @Override
        public String type() {
            return "share";
        }

        @Override
        public String range() {
            return "`5%` or `0.05`, in `(0, 1)`";
        }

        @Override
        public String format(Double value) {
            return Units.plain(value * 100) + "%";
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "number").put("exclusiveMinimum", 0).put("exclusiveMaximum", 1);
            anyOf.addObject().put("type", "string").put("pattern", "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)\\s*%\\s*$");
            return schema;
        }
    }

    /**
     * CPU cores: a number or millicores ({@code 500m}), {@code > 0} ({@code >= 0} when
     * {@code zeroAllowed}) and at most {@code max}.
     */
    record Cpu(double max, boolean zeroAllowed) implements Kind<Double> {
        /** CPU {@code > 0}, at most {@code max}. */
        Cpu(double max) {
            this(max, false);
        }

        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            Double cores = f.cpuCores(name, defaultValue, zeroAllowed);
            if (cores != null && cores > max) {
                return f.wrong(name, "must be at most " + Units.plain(max) + " cores (got " + f.shown(name, f.get(name)) + ")");
            }
            return cores;
        }

        @Override
        public String type() {
            return "CPU quantity";
        }

        @Override
        public String range() {
            return "`" + (zeroAllowed ? ">= 0" : "> 0") + "`, at most `" + Units.plain(max) + "`";
        }

        @Override
        public String format(Double value) {
            return Units.formatCpuCores(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "number").put(zeroAllowed ? "minimum" : "exclusiveMinimum", 0).put("maximum", max);
            anyOf.addObject().put("type", "string").put("pattern", "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)m?\\s*$");
            return schema;
        }
    }

    /** Memory in MiB, from a Kubernetes quantity ({@code 512Mi}, {@code 1G}, bytes); {@code > 0} ({@code >= 0} when {@code zeroAllowed}). */
    record Memory(boolean zeroAllowed) implements Kind<Double> {
        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            return f.memoryMiB(name, defaultValue, zeroAllowed);
        }

        @Override
        public String type() {
            return "memory quantity";
        }

        @Override
        public String range() {
            return zeroAllowed ? "`>= 0`" : "`> 0`";
        }

        @Override
        public String format(Double value) {
            return Units.formatMemoryMiB(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "number").put(zeroAllowed ? "minimum" : "exclusiveMinimum", 0);
            anyOf.addObject().put("type", "string")
                    .put("pattern", "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?\\s*$");
            return schema;
        }
    }

    /**
     * Any Kubernetes quantity, {@code > 0}, in its base unit: a number, millis ({@code 500m}) or a binary or decimal
     * multiple ({@code 400Mi}, {@code 1G}); what it measures is up to the field (an HPA target's {@code averageValue}).
     */
    record Quantity() implements Kind<Double> {
        @Override
        public Double read(Binding b, Fields f, String name, Double defaultValue) {
            return f.anyQuantity(name, defaultValue);
        }

        @Override
        public String type() {
            return "quantity";
        }

        @Override
        public String range() {
            return "`> 0`";
        }

        @Override
        public String format(Double value) {
            return Units.plain(value);
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "number").put("exclusiveMinimum", 0);
            anyOf.addObject().put("type", "string")
                    .put("pattern", "^\\s*(\\d+(\\.\\d+)?|\\.\\d+)(m|Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?\\s*$");
            return schema;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool() implements Kind<Boolean> {
        @Override
        public Boolean read(Binding b, Fields f, String name, Boolean defaultValue) {
            return f.bool(name, defaultValue);
        }

        @Override
        public String type() {
            return "`true` or `false`";
        }

        @Override
        public String range() {
            return "";
        }

        @Override
        public String format(Boolean value) {
            return value.toString();
        }

        @Override
        public ObjectNode jsonSchema() {
            return JSON.objectNode().put("type", "boolean");
        }
    }

    /** One of a fixed list of words, compared exactly. */
    record Choice(List<String> allowed) implements Kind<String> {
        public Choice {
            allowed = List.copyOf(allowed);
        }

        @Override
        public String read(Binding b, Fields f, String name, String defaultValue) {
            return f.oneOf(name, defaultValue, allowed);
        }

        @Override
        public String type() {
            return "text";
        }

        @Override
        public String range() {
            return "one of " + allowed.stream().map(a -> "`" + a + "`").collect(Collectors.joining(", "));
        }

        @Override
        public String format(String value) {
            return value;
        }

        @Override
        public ObjectNode jsonSchema() {
            ObjectNode schema = JSON.objectNode();
            ArrayNode values = schema.putArray("enum");
            allowed.forEach(values::add);
            return schema;
        }
    }

    /** A distribution written {@code name(param=value, …)}. */
    record Distribution() implements Kind<DistributionSpec> {
        @Override
        public DistributionSpec read(Binding b, Fields f, String name, DistributionSpec defaultValue) {
            return b.distribution(f, name, defaultValue == null ? null : defaultValue.text());
        }

        @Override
        public String type() {
            return "distribution";
        }

        @Override
        public String range() {
            return "";
        }

        @Override
        public String format(DistributionSpec value) {
            return value.text();
        }

        @Override
        public ObjectNode jsonSchema() {
            return JSON.objectNode().put("type", "string").put("pattern", "^\\s*[A-Za-z][A-Za-z0-9_-]*\\s*\\(.*\\)\\s*$");
        }
    }
}
