package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses scenario text into a Jackson tree plus a {@link Locations} index, and turns parser
 * failures into one readable issue ("YAML syntax error: …" with line and column, without the
 * parser's source dump).
 *
 * <p>JSON is YAML, and the YAML parser reads it, except that YAML forbids tabs where JSON editors
 * like to put them. So text that starts with <code>{</code> is first read with the JSON parser; if
 * that fails the YAML parser gets a go (a YAML flow mapping also starts with <code>{</code>), and
 * if both fail the JSON error is reported.
 */
final class DocumentReader {
    /** A parsed document: the tree (null when the text holds no value) and where each value was written. */
    record Document(JsonNode root, Locations locations) {
    }

    private final YAMLMapper yaml = new YAMLMapper(yamlFactory());
    private final JsonMapper json = new JsonMapper(JsonFactory.builder().streamReadConstraints(constraints()).build());

    /**
     * Jackson's own limits, set above {@link InputLimits} and {@link Maxima#NUMBER_CHARS} so that
     * ours, checked with our wording, are the ones a user meets: a longer number stays text and is
     * refused by the binder, never as "StreamReadConstraints.getMaxNumberLength()".
     */
    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNumberLength(InputLimits.LINE_CHARS)
                .maxNestingDepth(4 * InputLimits.NESTING_DEPTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, InputLimits.SCENARIO_BYTES))
                .build();
    }

    /**
     * A YAML factory with {@link #loaderOptions()} and the parser features a default factory has:
     * the builder starts from none (so an empty value would read as "" instead of null).
     */
    private static YAMLFactory yamlFactory() {
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(loaderOptions())
                .streamReadConstraints(constraints());
        for (YAMLParser.Feature feature : YAMLParser.Feature.values()) {
            if (feature.enabledByDefault()) {
                builder.enable(feature);
            }
        }
        return builder.build();
    }

    /**
     * SnakeYAML's own limits, set above {@link InputLimits} so that ours, checked first and with
     * our wording, are the ones a user meets.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, InputLimits.SCENARIO_BYTES));
        options.setNestingDepthLimit(4 * InputLimits.NESTING_DEPTH);
        return options;
    }

    /**
     * Parses {@code text}; returns null after reporting a syntax error to {@code problems}.
     * Duplicate keys and YAML aliases are reported too, but the document is still returned.
     */
    Document read(String text, Problems problems) {
        JacksonException jsonError = null;
        if (text.strip().startsWith("{")) {
            Problems scratch = new Problems(problems.source());
            try {
                Document document = parse(json, text, scratch);
                scratch.sorted().forEach(i -> problems.atPosition(i.line(), i.column(), i.path(), i.message()));
                return document;
            } catch (JacksonException e) {
                jsonError = e;
            } catch (TooDeep e) {
                reportTooDeep(e, problems);
                return null;
            }
        }
        try {
            return parse(yaml, text, problems);
        } catch (JacksonException e) {
            reportSyntaxError(jsonError != null ? jsonError : e, jsonError != null, problems);
            return null;
        } catch (TooDeep e) {
            reportTooDeep(e, problems);
            return null;
        }
    }

    /** Parses {@code text} as one YAML scalar or flow value, as {@code --set} values are. */
    JsonNode readValue(String text) throws JacksonException {
        try {
            Document document = parse(yaml, text, new Problems("--set"));
            return document.root() == null ? NullNode.getInstance() : document.root();
        } catch (TooDeep e) {
            throw new JsonParseException(null, "the value is nested more than " + InputLimits.NESTING_DEPTH
                    + " levels deep");
        }
    }

    /**
     * Reads the tokens once, building the tree and the {@link Locations} index together. Building
     * the tree here rather than with the mapper's {@code readTree} means one pass instead of two,
     * a nesting limit checked with our wording, and numbers the parser cannot read (YAML's
     * {@code .inf}, or more digits than it allows) kept as their text for the binders to explain.
     */
    private Document parse(ObjectMapper mapper, String text, Problems problems) throws JacksonException, TooDeep {
        Locations locations = new Locations();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode root = index(parser, locations, problems);
            return new Document(root, locations);
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    /** The text nests mappings and lists deeper than {@link InputLimits#NESTING_DEPTH}. */
    private static final class TooDeep extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        TooDeep(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private static void reportTooDeep(TooDeep e, Problems problems) {
        problems.atPosition(e.line, e.column, "", "mappings and lists are nested more than "
                + InputLimits.NESTING_DEPTH + " levels deep here; a scenario needs far fewer");
    }

    /** One open mapping or list while walking the tokens. */
    private static final class Frame {
        final String path;
        final ContainerNode<?> node;
        final Map<String, Locations.Position> keys = new HashMap<>();
        int index = -1;
        String key;

        Frame(String path, ContainerNode<?> node) {
            this.path = path;
            this.node = node;
        }

        String nextValuePath() {
            return Locations.child(path, node.isArray() ? String.valueOf(++index) : key);
        }

        void add(JsonNode value) {
            if (node instanceof ArrayNode array) {
                array.add(value);
            } else {
                ((ObjectNode) node).set(key, value); // a duplicate key is reported; the last one wins, as in readTree
            }
        }
    }

    /** Walks every token, indexing locations and building the first document's tree, which it returns. */
    private static JsonNode index(JsonParser parser, Locations locations, Problems problems) throws IOException, TooDeep {
        Deque<Frame> open = new ArrayDeque<>();
        int documents = 0;
        JsonNode root = null;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            JsonLocation at = parser.currentTokenLocation();
            Locations.Position position = new Locations.Position(at.getLineNr(), at.getColumnNr());
            if (token == JsonToken.FIELD_NAME) {
                Frame frame = open.peek();
                frame.key = parser.currentName();
                String path = Locations.child(frame.path, frame.key);
                Locations.Position first = frame.keys.putIfAbsent(frame.key, position);
                if (first != null) {
                    problems.atPosition(position.line(), position.column(), path, "duplicate field '"
                            + SafeText.shown(frame.key) + "' (first on line " + first.line() + "); keep only one");
                }
                locations.key(path, position);
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
            } else {
                if (open.isEmpty() && ++documents == 2) {
                    problems.atPosition(position.line(), position.column(), "", "a second YAML document (after '---')"
                            + " is not supported: keep one scenario per file");
                }
                String path = open.isEmpty() ? "" : open.peek().nextValuePath();
                locations.value(path, position, token.isScalarValue() ? parser.getText() : null);
                if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
                    problems.atPosition(position.line(), position.column(), path, "YAML aliases (*"
                            + SafeText.shown(parser.getText()) + ") are not supported; write the value out in full");
                }
                JsonNode value = token == JsonToken.START_OBJECT ? NODES.objectNode()
                        : token == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(parser, token);
                if (open.isEmpty()) {
                    root = documents == 1 ? value : root;
                } else {
                    open.peek().add(value);
                }
                if (value instanceof ContainerNode<?> container) {
                    if (open.size() >= InputLimits.NESTING_DEPTH) {
                        throw new TooDeep(position.line(), position.column());
                    }
                    open.push(new Frame(path, container));
                }
            }
        }
        return root;
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The node of a scalar token, as {@code readTree} would make it; a number the parser cannot read stays text. */
    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (parser.getTextLength() > Maxima.NUMBER_CHARS) {
                    return NODES.textNode(parser.getText()); // reading its digits would take quadratic time
                }
                try {
                    return token == JsonToken.VALUE_NUMBER_FLOAT ? NODES.numberNode(parser.getDoubleValue())
                            : switch (parser.getNumberType()) {
                                case INT -> NODES.numberNode(parser.getIntValue());
                                case LONG -> NODES.numberNode(parser.getLongValue());
                                default -> NODES.numberNode(parser.getBigIntegerValue());
                            };
                } catch (JacksonException unreadable) {
                    return NODES.textNode(parser.getText());
                }
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> {
                return NODES.textNode(parser.getText());
            }
        }
    }

    private static void reportSyntaxError(JacksonException e, boolean json, Problems problems) {
        MarkedYAMLException marked = markedCause(e);
        if (marked != null && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            StringBuilder message = new StringBuilder("YAML syntax error: ").append(humanize(marked.getProblem()));
            if (marked.getContext() != null && !marked.getContext().contains("scanning for the next token")) {
                message.append(" (").append(marked.getContext());
                Mark start = marked.getContextMark();
                if (start != null && (start.getLine() != mark.getLine() || start.getColumn() != mark.getColumn())) {
                    message.append(" that starts at line ").append(start.getLine() + 1)
                            .append(", column ").append(start.getColumn() + 1);
                }
                message.append(')');
            }
            problems.atPosition(mark.getLine() + 1, mark.getColumn() + 1, "", message.toString());
            return;
        }
        JsonLocation location = e.getLocation();
        String message = (json ? "JSON" : "YAML") + " syntax error: " + cleanJacksonMessage(e.getOriginalMessage());
        if (location == null || location.getLineNr() < 1) {
            problems.wholeFile(message);
        } else {
            problems.atPosition(location.getLineNr(), Math.max(location.getColumnNr(), 0), "", message);
        }
    }

    /** What went wrong in a parse error, in one short line without location or source excerpt. */
    static String problemOf(JacksonException e) {
        MarkedYAMLException marked = markedCause(e);
        return marked != null ? humanize(marked.getProblem()) : cleanJacksonMessage(e.getOriginalMessage());
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    /** SnakeYAML's wording, made friendlier for the two mistakes learners make most. */
    static String humanize(String problem) {
        if (problem == null) {
            return "the text is not valid YAML";
        }
        String p = problem.strip();
        if (p.contains("\\t(TAB)") || p.contains("\t(TAB)")) {
            return "a tab character cannot indent YAML; indent with spaces";
        }
        if (p.startsWith("mapping values are not allowed here")) {
            return "unexpected ':' (is the indentation off, or does a value containing ': ' need quotes?)";
        }
        return p;
    }

    /** A Jackson parser message without source excerpts, character codes or location suffixes. */
    static String cleanJacksonMessage(String message) {
        if (message == null) {
            return "the text is not valid";
        }
        if (message.startsWith("Expected a field name") || message.contains("got this instead: <org.yaml")) {
            return "a key must be a plain name, not a list or a mapping ('[a, b]: …' or '{a: b}: …')";
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        String cleaned = firstLine
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .replaceAll("\\s*\\(start marker at \\[Source:[^]]*]\\)", "")
                .replaceAll("\\s*\\[Source:[^]]*]", "")
                .replaceAll("\\s*at \\[Source:.*$", "")
                .strip();
        return cleaned.isEmpty() ? "the text is not valid" : cleaned.substring(0, 1).toLowerCase(Locale.ROOT) + cleaned.substring(1);
    }
}
