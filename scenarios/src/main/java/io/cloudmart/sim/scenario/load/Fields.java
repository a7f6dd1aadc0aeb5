package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed reading of the fields of one mapping, reporting every problem with its path.
 *
 * <p>Each reader returns the value, the default when the field is absent (or {@code null} in the
 * file), or {@code null} when the field is required and missing or its value is wrong; the problem
 * is then already reported. A missing-but-required field is reported once, here. Wrong container
 * types (a list where a mapping belongs) are reported by {@link SchemaCheck}, so a mapping that is
 * not one reads as empty without a second message.
 */
final class Fields {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** YAML 1.1's infinities and not-a-number, which the YAML reader leaves as text. */
    private static final Pattern YAML_NOT_FINITE = Pattern.compile("[+-]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    private static final String NOT_FINITE = "must be a finite number";

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    /** False when the value was not a mapping at all: that is reported already, so missing fields are not. */
    private final boolean reportMissing;

    private Fields(ObjectNode node, String path, Problems problems, boolean reportMissing) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.reportMissing = reportMissing;
    }

    /**
     * The fields of {@code value} at {@code path}; none if it is absent, {@code null} or not a
     * mapping. In the last case {@link SchemaCheck} has reported it, so missing fields are not.
     */
    static Fields of(JsonNode value, String path, Problems problems) {
        if (value instanceof ObjectNode object) {
            return new Fields(object, path, problems, true);
        }
        boolean absent = value == null || value.isNull();
        return new Fields(JsonNodeFactory.instance.objectNode(), path, problems, absent);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return Locations.child(path, field);
    }

    /** True when the field is written with a non-null value. */
    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** True when the field's key is written, even without a value. */
    boolean written(String field) {
        return node.has(field);
    }

    /** The names of the fields written, in file order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The value of the field, or null if absent or written as {@code null}. */
    JsonNode get(String field) {
        return has(field) ? node.get(field) : null;
    }

    /**
     * Reports a required field that is absent or empty; returns null for convenience. Not when the
     * mapping has a misspelling of it ({@code topic:} for {@code topics:}): the unknown field's
     * "did you mean" says it already.
     */
    <T> T missing(String field) {
        if (!reportMissing || !node.has(field) && misspelt(List.of(field))) {
            return null;
        }
        if (node.has(field)) {
            problems.add(pathOf(field), Problems.Anchor.KEY, "field '" + field + "' has no value");
        } else {
            problems.add(path, Problems.Anchor.MAPPING, "missing required field '" + field + "'");
        }
        return null;
    }

    /** Reports that the mapping lacks something described by {@code message} (e.g. one of two fields). */
    void missingAlternative(String message) {
        if (reportMissing) {
            problems.add(path, Problems.Anchor.MAPPING, message);
        }
    }

    /**
     * Reports that the mapping lacks one of {@code alternatives}, unless a written field is a
     * misspelling of one of them (then its "unknown field … did you mean" is the one issue).
     */
    void missingAlternative(String message, List<String> alternatives) {
        if (!misspelt(alternatives)) {
            missingAlternative(message);
        }
    }

    /**
     * True when a written field is not one of {@code wanted} but close to one (a typo of it): an
     * unknown field, since a known one ({@code scale} beside {@code shape}) is no typo.
     */
    private boolean misspelt(List<String> wanted) {
        for (String name : names()) {
            if (!wanted.contains(name) && problems.isUnknownField(pathOf(name))
                    && Suggest.closest(name, wanted).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Reports a wrong value of {@code field}; returns null for convenience. */
    <T> T wrong(String field, String message) {
        problems.at(pathOf(field), message);
        return null;
    }

    /** A scalar written as text; numbers and booleans are taken as their text. */
    String text(String field, String defaultValue) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        if (!value.isValueNode()) {
            return wrong(field, "expected text, got " + shown(field, value));
        }
        return value.isTextual() ? value.asText() : problems.text(pathOf(field), value);
    }

    /** A whole number in [min, max]. */
    Long wholeNumber(String field, Long defaultValue, long min, long max) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        String problem = numberProblem(field, value, NOT_FINITE);
        if (problem != null) {
            return wrong(field, problem);
        }
        BigDecimal number = decimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return wrong(field, "expected a whole number, got " + shown(field, value));
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            return wrong(field, "must be at least " + min + " (got " + shown(field, value) + ")");
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return wrong(field, "must be at most " + max + " (got " + shown(field, value) + ")");
        }
        return number.longValueExact();
    }

    /**
     * A number {@code >= min} ({@code > min} when {@code minExclusive}) and {@code <= max};
     * messages say "must be > 0", "must be >= 0" or "must be in [0, 1]".
     */
    Double number(String field, Double defaultValue, double min, boolean minExclusive, double max) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        String problem = numberProblem(field, value, NOT_FINITE);
        if (problem != null) {
            return wrong(field, problem);
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            return wrong(field, "expected a number, got " + shown(field, value));
        }
        double d = number.doubleValue();
        boolean low = minExclusive ? !(d > min) : !(d >= min);
        if (low || d > max) {
            String range = max == Double.POSITIVE_INFINITY
                    ? (minExclusive ? "> " : ">= ") + Units.plain(min)
                    : "in " + (minExclusive ? "(" : "[") + Units.plain(min) + ", " + Units.plain(max) + "]";
            return wrong(field, "must be " + range + " (got " + shown(field, value) + ")");
        }
        return d;
    }

    /** {@code true} or {@code false}. */
    Boolean bool(String field, Boolean defaultValue) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        if (!value.isBoolean()) {
            return wrong(field, "expected true or false, got " + shown(field, value));
        }
        return value.booleanValue();
    }

    /**
     * One of {@code allowed}, compared exactly; otherwise "unknown value 'x' for field; did you
     * mean 'y'? Allowed: a, b".
     */
    String oneOf(String field, String defaultValue, List<String> allowed) {
        String text = text(field, defaultValue);
        if (text == null || allowed.contains(text)) {
            return text;
        }
        String suggestion = Suggest.didYouMean(text, allowed);
        return wrong(field, "unknown value '" + text + "' for " + field + (suggestion.isEmpty() ? "." : suggestion)
                + " Allowed: " + String.join(", ", allowed));
    }

    /** A duration with a unit, in seconds; {@code > 0}, or {@code >= 0} when {@code zeroAllowed}. */
    Double duration(String field, Double defaultValue, boolean zeroAllowed) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        if (!value.isValueNode() || value.isBoolean()) {
            return wrong(field, "expected a duration like 250ms, 1.5s, 5m or 2h, got " + shown(field, value));
        }
        String problem = numberProblem(field, value, "must be a finite duration like 250ms, 1.5s, 5m or 2h");
        if (problem != null) {
            return wrong(field, problem);
        }
        String text = value.isTextual() ? value.asText() : problems.text(pathOf(field), value);
        Double seconds = parse(field, text, Units::parseDurationSeconds);
        if (seconds == null) {
            return null;
        }
        if (seconds > Maxima.DURATION_SECONDS) {
            return wrong(field, "must be at most " + Units.formatDuration(Maxima.DURATION_SECONDS) + " (got "
                    + shown(field, value) + ")");
        }
        if (zeroAllowed) {
            return seconds < 0 ? wrong(field, "must be >= 0 (got " + shown(field, value) + ")") : seconds;
        }
        return positive(field, value, seconds);
    }

    /** CPU cores: a number of cores or millicores ({@code 500m}); {@code > 0}. */
    Double cpuCores(String field, Double defaultValue) {
        return quantity(field, defaultValue, Units::parseCpuCores, false);
    }

    /** CPU cores as {@link #cpuCores}, or {@code >= 0} when {@code zeroAllowed} (a container that requests none). */
    Double cpuCores(String field, Double defaultValue, boolean zeroAllowed) {
        return quantity(field, defaultValue, Units::parseCpuCores, zeroAllowed);
    }

    /** A Kubernetes quantity in its base unit ({@code 0.5}, {@code 500m}, {@code 400Mi}); {@code > 0}. */
    Double anyQuantity(String field, Double defaultValue) {
        return quantity(field, defaultValue, Units::parseQuantity, false);
    }

    /** Memory in MiB from a Kubernetes quantity ({@code 512Mi}, {@code 1G}, bytes); {@code > 0}. */
    Double memoryMiB(String field, Double defaultValue) {
        return quantity(field, defaultValue, Units::parseMemoryMiB, false);
    }

    /** Memory as {@link #memoryMiB}, or {@code >= 0} when {@code zeroAllowed}. */
    Double memoryMiB(String field, Double defaultValue, boolean zeroAllowed) {
        return quantity(field, defaultValue, Units::parseMemoryMiB, zeroAllowed);
    }

    /**
     * The entries of a mapping field, in file order; empty when absent (reported if
     * {@code required}) or when the mapping is empty (reported as needing at least one
     * {@code what}).
     */
    Map<String, JsonNode> entries(String field, boolean required, String what) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        JsonNode value = get(field);
        if (value == null) {
            if (required) {
                missing(field);
            }
            return entries;
        }
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.put(e.getKey(), e.getValue());
            }
            if (entries.isEmpty()) {
                wrong(field, "must name at least one " + what);
            }
        }
        return entries;
    }

    /** The elements of a list field; empty when absent or not a list. */
    List<JsonNode> elements(String field) {
        List<JsonNode> elements = new ArrayList<>();
        JsonNode value = get(field);
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }

    /** How a value is shown in messages: as written when known ({@code -1}, {@code 'four'}, {@code a list}). */
    String shown(String field, JsonNode value) {
        return problems.shown(pathOf(field), value);
    }

    private Double quantity(String field, Double defaultValue, Parser parser, boolean zeroAllowed) {
        JsonNode value = get(field);
        if (value == null) {
            return defaultValue != null ? defaultValue : missing(field);
        }
        if (!value.isValueNode() || value.isBoolean()) {
            return wrong(field, "expected a number or a quantity like 500m or 512Mi, got " + shown(field, value));
        }
        String problem = numberProblem(field, value, NOT_FINITE);
        if (problem != null) {
            return wrong(field, problem);
        }
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
        Double amount = parse(field, text, parser);
        if (amount != null && zeroAllowed) {
            return amount >= 0 ? amount : wrong(field, "must be >= 0 (got " + shown(field, value) + ")");
        }
        return amount == null ? null : positive(field, value, amount);
    }

    private Double positive(String field, JsonNode value, double number) {
        if (!(number > 0)) {
            return wrong(field, "must be > 0 (got " + shown(field, value) + ")");
        }
        return number;
    }

    private Double parse(String field, String text, Parser parser) {
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            return wrong(field, e.getMessage());
        }
    }

    /**
     * What is wrong with a value given where a number belongs before its digits are read, or null:
     * text too long to be a number (reading it would take time quadratic in its length), or a
     * number without a finite value ({@code notFinite} completes "… (got x)").
     */
    private String numberProblem(String field, JsonNode value, String notFinite) {
        if (value.isTextual() && value.asText().length() > Maxima.NUMBER_CHARS) {
            return String.format(java.util.Locale.US, "is too long for a number or a quantity: %,d characters, at most %d",
                    value.asText().length(), Maxima.NUMBER_CHARS);
        }
        return notFinite(value) ? notFinite + " (got " + shown(field, value) + ")" : null;
    }

    /**
     * True for a value that looks like a number but has no finite value: YAML's {@code .inf} and
     * {@code .nan}, and numbers beyond a double's range ({@code 1e309}), which the reader turns
     * into infinity.
     */
    private static boolean notFinite(JsonNode value) {
        if (value.isNumber()) {
            return !Double.isFinite(value.doubleValue());
        }
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText().strip();
        if (YAML_NOT_FINITE.matcher(text).matches()) {
            return true;
        }
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            return false;
        }
        BigDecimal exact = exact(text);
        return exact == null || !Double.isFinite(exact.doubleValue());
    }

    /**
     * The exact value of plain-number text; null when its exponent is beyond BigDecimal's range
     * and positive (infinite for every purpose), zero when it is negative (as a double rounds it).
     */
    private static BigDecimal exact(String plainNumber) {
        try {
            return new BigDecimal(plainNumber);
        } catch (NumberFormatException exponentOutOfRange) {
            return plainNumber.matches(".*[eE]-.*") ? BigDecimal.ZERO : null;
        }
    }

    /** The exact decimal value of a number, or of text that is a plain number; null otherwise. */
    private static BigDecimal decimal(JsonNode value) {
        if (value.isNumber()) {
            return Double.isFinite(value.doubleValue()) ? value.decimalValue() : null;
        }
        if (value.isTextual() && value.asText().length() <= Maxima.NUMBER_CHARS
                && PLAIN_NUMBER.matcher(value.asText().strip()).matches()) {
            return exact(value.asText().strip());
        }
        return null;
    }

    /** Parses text with units; throws {@link IllegalArgumentException} with a message for the user. */
    @FunctionalInterface
    private interface Parser {
        double parse(String text);
    }
}
