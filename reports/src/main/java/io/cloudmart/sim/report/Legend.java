package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * A legend shown once for several charts whose lines stand for the same things in the same order (the runs of a
 * comparison): entry {@code i} is drawn in the colour and dash of line {@code i} of every chart, as the chart style
 * gives them, so a reader learns the colours once.
 *
 * @param caption shown before the entries, for example "Runs"; required
 * @param names   entry names in line order; required, at least one
 */
public record Legend(String caption, List<String> names) implements Block {

    /** Rejects an empty legend and copies the names. */
    public Legend {
        Objects.requireNonNull(caption, "caption");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("legend '" + caption + "' has no entries");
        }
    }
}
