package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the issues of one load and decides where each points: into the file (line and column
 * of the value or key), or at the {@code --set} override that supplied the value.
 *
 * <p>An issue at path p comes from an override when an override set p or one of its ancestors. It
 * comes from the file when the file wrote p. Otherwise (a service that only an override created)
 * it is blamed on an override below p, and failing that on the nearest ancestor the file wrote.
 */
final class Problems {
    /** Which location of a path an issue points at. */
    enum Anchor {
        /** The value: for wrong values. */
        VALUE,
        /** The key: for unknown or duplicate fields, bad names. */
        KEY,
        /** The key of the mapping at the path: for fields missing from that mapping. */
        MAPPING
    }

    private static final String SET = "--set ";
    /** Most issues listed for one load; the rest are counted. */
    static final int MAX_REPORTED = 50;

    private final String source;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final java.util.Set<String> unknownFields = new java.util.HashSet<>();
    private Locations locations = new Locations();

    Problems(String source) {
        this.source = source;
    }

    /** The file (or resource) name issues are reported against. */
    String source() {
        return source;
    }

    void useLocations(Locations located) {
        this.locations = located;
    }

    Locations locations() {
        return locations;
    }

    /** Records that {@code --set override} replaced the value at {@code path}. */
    void overridden(String path, String override) {
        overrides.remove(path);
        overrides.put(path, override);
    }

    /** Notes that the field at {@code path} is not one the schema knows (it has been reported). */
    void unknownField(String path, String message) {
        unknownFields.add(path);
        add(path, Anchor.KEY, message);
    }

    /** True when the field at {@code path} was reported as unknown. */
    boolean isUnknownField(String path) {
        return unknownFields.contains(path);
    }

    /** A problem with the whole file (empty, not text, missing …): no path, no line. */
    void wholeFile(String message) {
        issues.add(new Issue(source, 0, 0, "", message));
    }

    /** A problem at a line and column known from the parser (syntax error, duplicate key). */
    void atPosition(int line, int column, String path, String message) {
        issues.add(new Issue(source, line, column, path, message));
    }

    /** A problem with the override itself (syntax, unknown path): blamed on {@code --set override}. */
    void inOverride(String override, String message) {
        issues.add(new Issue(SET + override, 0, 0, "", message));
    }

    /** A wrong value at {@code path}. */
    void at(String path, String message) {
        add(path, Anchor.VALUE, message);
    }

    void add(String path, Anchor anchor, String message) {
        String override = overrideCovering(path);
        if (override == null && !path.isEmpty() && locate(path, anchor) == null) {
            override = overrideBelow(path);
        }
        if (override != null) {
            issues.add(new Issue(SET + override, 0, 0, path, message));
            return;
        }
        Locations.Position position = locate(path, anchor);
        String ancestor = path;
        while (position == null && ancestor.contains(".")) {
            ancestor = ancestor.substring(0, ancestor.lastIndexOf('.'));
            position = locate(ancestor, Anchor.VALUE);
        }
        issues.add(position == null
                ? new Issue(source, 0, 0, path, message)
                : new Issue(source, position.line(), position.column(), path, message));
    }

    /**
     * How to show the value of {@code node} in a message: the text as written in the file when
     * known ({@code -1}, {@code 1_000}), else a short description ({@code 'four'}, {@code a list});
     * cut and escaped by {@link SafeText#shown}.
     */
    String shown(String path, JsonNode node) {
        String raw = rawText(path);
        if (node.isContainerNode()) {
            return node.isArray() ? "a list" : "a mapping";
        }
        if (node.isTextual()) {
            return "'" + SafeText.shown(raw != null ? raw : node.asText()) + "'";
        }
        return SafeText.shown(raw != null ? raw : node.asText());
    }

    /** A scalar's text as written in the file ({@code 007}, {@code yes}) when known, else its value as text. */
    String text(String path, JsonNode node) {
        String raw = rawText(path);
        return raw != null ? raw : node.asText();
    }

    /**
     * The scalar at {@code path} as the user typed it: in the file, or after the '=' of the
     * {@code --set} that gave exactly this path; null when unknown (a value inside an overridden
     * section).
     */
    private String rawText(String path) {
        if (overrideCovering(path) == null) {
            return locations.rawText(path);
        }
        String override = overrides.get(path);
        return override == null ? null : override.substring(override.indexOf('=') + 1).strip();
    }

    boolean hasIssues() {
        return !issues.isEmpty();
    }

    /** How many issues were reported so far: a binder compares two counts to tell whether a part it read was wrong. */
    int count() {
        return issues.size();
    }

    /** The issues: those in the file first, by line and column (whole-file ones on top), then the overrides' in order. */
    List<Issue> sorted() {
        List<Issue> sorted = new ArrayList<>(issues.stream().distinct().toList());
        sorted.sort(Comparator.comparingInt((Issue i) -> i.source().startsWith(SET) ? 1 : 0)
                .thenComparingInt(Issue::line)
                .thenComparingInt(Issue::column));
        return sorted;
    }

    /**
     * The issues to report: all of them, or the first {@link #MAX_REPORTED} and one more line
     * saying how many were left out (a file of 300,000 unknown keys must not print 300,000 lines).
     */
    ScenarioException exception() {
        List<Issue> sorted = sorted();
        if (sorted.size() <= MAX_REPORTED) {
            return new ScenarioException(sorted);
        }
        List<Issue> shown = new ArrayList<>(sorted.subList(0, MAX_REPORTED));
        shown.add(new Issue(source, 0, 0, "", String.format(java.util.Locale.US,
                "… and %,d more problems, not listed; fix these first", sorted.size() - MAX_REPORTED)));
        return new ScenarioException(shown);
    }

    private Locations.Position locate(String path, Anchor anchor) {
        if (path.isEmpty()) {
            // the top-level mapping itself: where it starts, for a field missing from it
            return anchor == Anchor.MAPPING ? locations.valueOf(path) : null;
        }
        Locations.Position key = locations.keyOf(path);
        Locations.Position value = locations.valueOf(path);
        if (anchor == Anchor.VALUE) {
            return value != null ? value : key;
        }
        return key != null ? key : value;
    }

    private String overrideCovering(String path) {
        String found = null;
        int longest = -1;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String p = e.getKey();
            if ((path.equals(p) || path.startsWith(p + ".")) && p.length() >= longest) {
                found = e.getValue();
                longest = p.length();
            }
        }
        return found;
    }

    private String overrideBelow(String path) {
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (e.getKey().startsWith(path + ".")) {
                return e.getValue();
            }
        }
        return null;
    }
}
