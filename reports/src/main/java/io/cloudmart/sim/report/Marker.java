package io.cloudmart.sim.report;

import java.util.Objects;

/**
 * A labelled vertical line across a chart at one x position, for events such as "warm-up ends".
 *
 * @param x position in the unit of the chart's x axis; markers with a non-finite x are not drawn
 * @param label short text drawn next to the line; required, may be empty
 */
public record Marker(double x, String label) {

    /** Rejects a missing label; use an empty string for an unlabelled marker. */
    public Marker {
        Objects.requireNonNull(label, "label");
    }
}
