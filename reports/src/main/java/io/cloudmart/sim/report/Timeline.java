package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * A list of moments of a run, in time order, each a button that highlights its moment on every chart whose x axis
 * has the timeline's label: the story of a run (an autoscaler's decisions, an outage, a rollout's steps) beside the
 * charts that show its effect. The reports module only draws; what an entry says is the caller's.
 *
 * @param title caption above the list; required
 * @param xLabel the x axis label of the charts to highlight on, for example "simulated time (min)"; required
 * @param entries in display order; {@code null} is treated as empty
 * @param note text under the list, for example what was left out; {@code null} is treated as empty
 */
public record Timeline(String title, String xLabel, List<Entry> entries, String note) implements Block {

    /**
     * One moment, or a stretch of time for several grouped events or a window.
     *
     * @param kind a short tag shown before the text, for example "scale" or "outage"; required
     * @param from start in the charts' x unit; finite
     * @param to end in the same unit, equal to {@code from} for an instant
     * @param when the time as the reader sees it, for example "3.17–3.67 min"; required
     * @param text what happened; required
     */
    public record Entry(String kind, double from, double to, String when, String text) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(text, "text");
            if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
                throw new IllegalArgumentException("timeline entry '" + text + "' must run from a finite time to a"
                        + " later one, got " + from + " to " + to);
            }
        }
    }

    /** Normalises absent parts and copies the list so the timeline is immutable. */
    public Timeline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        entries = entries == null ? List.of() : List.copyOf(entries);
        note = note == null ? "" : note;
    }
}
