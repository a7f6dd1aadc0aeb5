package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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

    private final YAMLMapper yaml = new YAMLMapper();
    private final JsonMapper json = new JsonMapper();

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
            }
        }
        try {
            return parse(yaml, text, problems);
        } catch (JacksonException e) {
            reportSyntaxError(jsonError != null ? jsonError : e, jsonError != null, problems);
            return null;
        }
    }

    /** Parses {@code text} as one YAML scalar or flow value, as {@code --set} values are. */
    JsonNode readValue(String text) throws JacksonException {
        return yaml.readTree(text);
    }

    private Document parse(ObjectMapper mapper, String text, Problems problems) throws JacksonException {
        Locations locations = new Locations();
        try (JsonParser parser = mapper.createParser(text)) {
            index(parser, locations, problems);
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        JsonNode root = mapper.readTree(text);
        return new Document(root == null || root.isMissingNode() ? null : root, locations);
    }

    /** One open mapping or list while walking the tokens. */
    private static final class Frame {
        final String path;
        final boolean list;
        final Map<String, Locations.Position> keys = new HashMap<>();
        int index = -1;
        String key;

        Frame(String path, boolean list) {
            this.path = path;
            this.list = list;
        }

        String nextValuePath() {
            return Locations.child(path, list ? String.valueOf(++index) : key);
        }
    }

    private static void index(JsonParser parser, Locations locations, Problems problems) throws IOException {
        Deque<Frame> open = new ArrayDeque<>();
        int documents = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            JsonLocation at = parser.currentTokenLocation();
            Locations.Position position = new Locations.Position(at.getLineNr(), at.getColumnNr());
            if (token == JsonToken.FIELD_NAME) {
                Frame frame = open.peek();
                frame.key = parser.currentName();
                String path = Locations.child(frame.path, frame.key);
                Locations.Position first = frame.keys.putIfAbsent(frame.key, position);
                if (first != null) {
                    problems.atPosition(position.line(), position.column(), path, "duplicate field '" + frame.key
                            + "' (first on line " + first.line() + "); keep only one");
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
                            + parser.getText() + ") are not supported; write the value out in full");
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Frame(path, token == JsonToken.START_ARRAY));
                }
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
