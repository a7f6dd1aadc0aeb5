package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * A waterfall of one traced request: one row per span, a horizontal bar from its start to its end on a time
 * axis that starts at the request's start, coloured by the span's category.
 *
 * @param title      the chart's title (which request, how long it took); required
 * @param axisLabel  the time axis's label with its unit, e.g. "ms from the request's start"; required
 * @param categories the colour legend, in palette order; a bar names its category by index
 * @param bars       the rows, top to bottom
 * @param end        where the axis ends (the request's answer), in the axis's unit; &gt; 0. A bar that goes on
 *                   past it is cut at the axis's end and marked with an arrow; its tooltip keeps its real times
 * @param markAt     a moment drawn as a dashed vertical line across the rows (the request's answer), in the
 *                   axis's unit; NaN for none
 * @param markLabel  what the line is ("answered"); ignored without a mark
 */
public record Waterfall(String title, String axisLabel, List<String> categories, List<Bar> bars, double end,
                        double markAt, String markLabel)
        implements Block {

    /**
     * One row.
     *
     * @param label    what the row is (shown left of the bars)
     * @param category index into {@link #categories()}
     * @param start    where the bar begins, in the axis's unit (≥ 0)
     * @param end      where it ends (≥ start)
     * @param note     shown as the bar's tooltip beside its duration; may be empty
     */
    public record Bar(String label, int category, double start, double end, String note) {
        public Bar {
            Objects.requireNonNull(label, "label");
            note = note == null ? "" : note;
            if (!(start >= 0) || !(end >= start)) {
                throw new IllegalArgumentException("bar '" + label + "': need 0 ≤ start ≤ end, got " + start + ", " + end);
            }
        }
    }

    public Waterfall {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(axisLabel, "axisLabel");
        categories = List.copyOf(categories);
        bars = List.copyOf(bars);
        if (!(end > 0) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("waterfall '" + title + "': end must be > 0, got " + end);
        }
        markLabel = markLabel == null ? "" : markLabel;
        for (Bar bar : bars) {
            if (bar.category() < 0 || bar.category() >= categories.size()) {
                throw new IllegalArgumentException("bar '" + bar.label() + "' names category " + bar.category()
                        + " of " + categories.size());
            }
        }
    }
}
