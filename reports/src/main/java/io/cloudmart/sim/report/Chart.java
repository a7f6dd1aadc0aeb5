package io.cloudmart.sim.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An XY chart: lines, or areas stacked on each other. Axis labels carry their unit, for example
 * "simulated time (min)" or "cost (USD)", because the renderer has no notion of units.
 *
 * @param title chart title; required
 * @param xLabel x axis label with unit; required
 * @param yLabel y axis label with unit; required
 * @param lines series in legend order; {@code null} is treated as empty. A chart in which no line
 *     has a single plottable point is rendered as a short "no data" note instead of an empty plot.
 *     For {@link Kind#STACKED_AREAS} the first line is the bottom layer
 * @param markers vertical event lines; {@code null} is treated as empty
 * @param kind how the lines are drawn; {@code null} means {@link Kind#LINES}
 * @param points marks drawn on the left axis on top of the lines, one legend entry each; {@code null} is
 *     treated as empty. Only for {@link Kind#LINES}
 * @param rightAxis lines of another unit drawn against a second y axis on the right; {@code null} for none.
 *     Only for {@link Kind#LINES}
 * @param bands translucent windows drawn behind the data, one legend entry per label; {@code null} is treated as
 *     empty
 */
public record Chart(
        String title, String xLabel, String yLabel, List<Line> lines, List<Marker> markers, Kind kind,
        List<Points> points, RightAxis rightAxis, List<Band> bands)
        implements Block {

    /**
     * A second y axis on the right, for lines whose unit differs from the left axis's (a canary's traffic
     * weight in percent beside its latency in ms). Its lines take the palette colours after the left lines'.
     *
     * @param label axis label with unit; required
     * @param lines series in legend order, after the left axis's; required, may be empty
     * @param max the top of the axis from 0 (100 for a percentage of a whole), head room for marker labels
     *     aside; NaN to fit the data
     */
    public record RightAxis(String label, List<Line> lines, double max) {
        public RightAxis {
            Objects.requireNonNull(label, "label");
            lines = List.copyOf(lines);
            if (!Double.isNaN(max) && !(max > 0 && Double.isFinite(max))) {
                throw new IllegalArgumentException("right axis '" + label + "': max must be > 0 or NaN, got " + max);
            }
        }
    }

    /** How a chart draws its series. */
    public enum Kind {
        /** Each series is a line; a missing value leaves a gap. */
        LINES,
        /**
         * Each series is a filled area on top of the ones before it, so the top edge is their sum:
         * parts of a whole that changes over time, such as cost per service. The series share their x
         * values, strictly ascending, and have a finite value at each, because a gap in one layer
         * would have no defined place for the layers above it.
         */
        STACKED_AREAS
    }

    /** Normalises absent lists to empty ones and copies them so the chart is immutable. */
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        lines = lines == null ? List.of() : List.copyOf(lines);
        markers = markers == null ? List.of() : List.copyOf(markers);
        kind = kind == null ? Kind.LINES : kind;
        points = points == null ? List.of() : List.copyOf(points);
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (kind == Kind.STACKED_AREAS) {
            requireStackable(title, lines);
            if (!points.isEmpty() || rightAxis != null) {
                throw new IllegalArgumentException("stacked chart '" + title + "' cannot have points or a right axis");
            }
        }
    }

    /** A chart without bands. */
    public Chart(String title, String xLabel, String yLabel, List<Line> lines, List<Marker> markers, Kind kind,
            List<Points> points, RightAxis rightAxis) {
        this(title, xLabel, yLabel, lines, markers, kind, points, rightAxis, List.of());
    }

    /** A chart without points or a right axis. */
    public Chart(String title, String xLabel, String yLabel, List<Line> lines, List<Marker> markers, Kind kind) {
        this(title, xLabel, yLabel, lines, markers, kind, List.of(), null);
    }

    /** A line chart. */
    public Chart(String title, String xLabel, String yLabel, List<Line> lines, List<Marker> markers) {
        this(title, xLabel, yLabel, lines, markers, Kind.LINES);
    }

    /** This line chart with {@code newPoints} drawn over its lines (in place of any it had). */
    public Chart withPoints(List<Points> newPoints) {
        return new Chart(title, xLabel, yLabel, lines, markers, kind, newPoints, rightAxis, bands);
    }

    /** This line chart with {@code axisLines} against a second y axis on the right labelled {@code label}. */
    public Chart withRightAxis(String label, List<Line> axisLines) {
        return withRightAxis(new RightAxis(label, axisLines, Double.NaN));
    }

    /** This line chart with a second y axis on the right. */
    public Chart withRightAxis(RightAxis axis) {
        return new Chart(title, xLabel, yLabel, lines, markers, kind, points, axis, bands);
    }

    /** This chart with {@code newBands} drawn behind its data (in place of any it had). */
    public Chart withBands(List<Band> newBands) {
        return new Chart(title, xLabel, yLabel, lines, markers, kind, points, rightAxis, newBands);
    }

    /**
     * A chart of areas stacked in list order, the first at the bottom; the legend lists them in the
     * same order.
     */
    public static Chart stacked(
            String title, String xLabel, String yLabel, List<Line> layers, List<Marker> markers) {
        return new Chart(title, xLabel, yLabel, layers, markers, Kind.STACKED_AREAS);
    }

    private static void requireStackable(String title, List<Line> layers) {
        if (layers.isEmpty()) {
            return;
        }
        double[] x = layers.get(0).x();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                throw new IllegalArgumentException("stacked chart '" + title
                        + "' needs finite, strictly ascending x values; point " + i + " is " + x[i]);
            }
        }
        for (Line layer : layers) {
            if (!Arrays.equals(layer.x(), x)) {
                throw new IllegalArgumentException("stacked chart '" + title + "': layer '" + layer.name()
                        + "' does not share the x values of layer '" + layers.get(0).name() + "'");
            }
            for (double y : layer.y()) {
                if (!Double.isFinite(y)) {
                    throw new IllegalArgumentException("stacked chart '" + title + "': layer '"
                            + layer.name() + "' has a missing value (" + y + ")");
                }
            }
        }
    }
}
