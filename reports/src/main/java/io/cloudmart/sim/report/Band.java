package io.cloudmart.sim.report;

import java.util.Objects;

/**
 * A translucent vertical band across a chart from one x position to another, for a window of time such as an
 * outage or a spot node's notice period: where {@link Marker} marks an instant, a band marks a stretch. Bands with
 * the same label share a colour and one legend entry.
 *
 * @param from start, in the unit of the chart's x axis; finite
 * @param to end, in the same unit; finite and not before {@code from}
 * @param label the legend entry, for example "payment outage"; required and not blank
 */
public record Band(double from, double to, String label) {

    /** Rejects a band that could not be drawn, where the caller can still see which one it was. */
    public Band {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a band needs a label for its legend entry");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
            throw new IllegalArgumentException("band '" + label + "' must run from a finite x to a later one, got "
                    + from + " to " + to);
        }
    }
}
