package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * An XY line chart. Axis labels carry their unit, for example "simulated time (min)" or
 * "latency (ms)", because the renderer has no notion of units.
 *
 * @param title chart title; required
 * @param xLabel x axis label with unit; required
 * @param yLabel y axis label with unit; required
 * @param lines series in legend order; {@code null} is treated as empty. A chart in which no line
 *     has a single plottable point is rendered as a short "no data" note instead of an empty plot
 * @param markers vertical event lines; {@code null} is treated as empty
 */
public record Chart(
        String title, String xLabel, String yLabel, List<Line> lines, List<Marker> markers)
        implements Block {

    /** Normalises absent lists to empty ones and copies them so the chart is immutable. */
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        lines = lines == null ? List.of() : List.copyOf(lines);
        markers = markers == null ? List.of() : List.copyOf(markers);
    }
}
