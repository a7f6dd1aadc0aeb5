package io.cloudmart.sim.scenario.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of the document was written: a dotted path ({@code services.api.pod.cpu},
 * {@code load.stages.0.rate}) to the line and column of its key and of its value, plus the scalar
 * text exactly as written, for messages such as "must be > 0 (got -1)". A Jackson tree forgets
 * all of this, so it is recorded from the streaming parser's token locations.
 */
final class Locations {
    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, String> rawText = new HashMap<>();

    void key(String path, Position position) {
        keys.put(path, position);
    }

    void value(String path, Position position, String raw) {
        values.put(path, position);
        if (raw != null) {
            rawText.put(path, raw);
        }
    }

    /** The position of the key naming {@code path}; null for the root, list elements or unknown paths. */
    Position keyOf(String path) {
        return keys.get(path);
    }

    /** The position of the value at {@code path}; null if unknown. */
    Position valueOf(String path) {
        return values.get(path);
    }

    /** The scalar at {@code path} as written in the file ({@code -1}, {@code 1_000}), or null. */
    String rawText(String path) {
        return rawText.get(path);
    }

    /** The path of a child: {@code parent.child}, or just {@code child} at the root. */
    static String child(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    /** The last segment of a dotted path: {@code cpu} for {@code services.api.pod.cpu}. */
    static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
