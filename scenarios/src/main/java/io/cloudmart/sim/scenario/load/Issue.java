package io.cloudmart.sim.scenario.load;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a scenario: where it is and what is wrong, in words a learner can act on.
 *
 * @param source  the file as it was named, the catalog resource name, or {@code --set path=value}
 *                when a command-line override caused the problem
 * @param line    1-based line in {@code source}; 0 when unknown or not applicable
 * @param column  1-based column in {@code source}; 0 when unknown or not applicable
 * @param path    dotted path of the value concerned, e.g. {@code services.api.pod.cpu}
 *                ({@code load.stages.0.rate} for list elements); empty for whole-file problems
 * @param message what is wrong and what is allowed; never a Java class name or stack trace
 */
public record Issue(String source, int line, int column, String path, String message) implements Serializable {

    public Issue {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** True when the issue has a line number (it points into a file). */
    public boolean hasLocation() {
        return line > 0;
    }

    /** Longest source shown: a file name, or a {@code --set} override with its value, which may be long. */
    static final int MAX_SOURCE = 300;
    /** Longest path shown; a path is made of the file's keys, which may be long. */
    static final int MAX_PATH = 200;
    /**
     * Longest message shown. Values echoed in a message are cut where they are inserted (see
     * {@link SafeText}); this is the last guard, far above any message the loader writes itself.
     */
    static final int MAX_MESSAGE = 600;

    /**
     * The issue on one line, compiler style:
     * {@code mmc.yaml:12:7: services.api.pod.cpu: must be > 0 (got -1)}; the {@code line:column}
     * part is left out when unknown and the path when empty. Whatever came from the file or the
     * command line is escaped ({@link SafeText#escape}), so the issue is always one printable line.
     */
    public String format() {
        StringBuilder text = new StringBuilder(SafeText.escape(SafeText.cut(source, MAX_SOURCE)));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(SafeText.escape(SafeText.cut(path, MAX_PATH))).append(": ");
        }
        return text.append(SafeText.escape(SafeText.cut(message, MAX_MESSAGE))).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
