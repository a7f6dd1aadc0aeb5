package io.cloudmart.sim.report;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places marker labels so they neither overprint each other nor the data.
 *
 * <p>Labels sit in rows at the top of the plot; the chart reserves head room above the data for
 * the rows in use. A label is drawn right of its line, or left of it in the last part of the x
 * range where it would run out of the plot. Labels whose extents would overlap in one row go to
 * the next row. Widths are estimated from font metrics before drawing, against an estimated plot
 * width, so the layout is approximate but deterministic.
 */
final class MarkerLabelLayout {

    /** Labels of markers right of this fraction of the x range go left of their line. */
    static final double FLIP_FRACTION = 0.7;
    /** Rows used before labels are allowed to overlap; keeps head room bounded. */
    static final int MAX_ROWS = 3;
    /** Gap between a marker line and its label, and between neighbouring labels, in px. */
    static final double GAP = 6;

    /**
     * Where one marker's label goes.
     *
     * @param marker the marker
     * @param leftOfLine whether the label is drawn left of the line
     * @param row label row, 0 at the top of the plot
     */
    record Placement(Marker marker, boolean leftOfLine, int row) {}

    private MarkerLabelLayout() {}

    /**
     * Lays out the labels of the markers with a finite x, in x order.
     *
     * @param markers the chart's markers
     * @param lower lower end of the x axis, in x units
     * @param upper upper end of the x axis, in x units; greater than {@code lower}
     * @param plotWidth estimated width of the plot area, in px
     * @param font label font
     */
    static List<Placement> layout(
            List<Marker> markers, double lower, double upper, double plotWidth, Font font) {
        List<Marker> sorted = new ArrayList<>();
        for (Marker marker : markers) {
            if (Double.isFinite(marker.x())) {
                sorted.add(marker);
            }
        }
        sorted.sort(Comparator.comparingDouble(Marker::x));
        List<List<double[]>> rows = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (Marker marker : sorted) {
            double fraction = (marker.x() - lower) / (upper - lower);
            boolean left = fraction > FLIP_FRACTION;
            double px = fraction * plotWidth;
            double width = marker.label().isEmpty() ? 0 : TextWidth.of(font, marker.label()) + 2 * GAP;
            double[] extent = left ? new double[] {px - width, px} : new double[] {px, px + width};
            placements.add(new Placement(marker, left, freeRow(rows, extent)));
        }
        return placements;
    }

    /** Returns how many label rows are in use, 0 if there is no labelled marker. */
    static int rowsUsed(List<Placement> placements) {
        int rows = 0;
        for (Placement placement : placements) {
            if (!placement.marker().label().isEmpty()) {
                rows = Math.max(rows, placement.row() + 1);
            }
        }
        return rows;
    }

    /** Puts {@code extent} in the first row where it overlaps nothing, else in the last row. */
    private static int freeRow(List<List<double[]>> rows, double[] extent) {
        for (int r = 0; r < MAX_ROWS; r++) {
            if (r == rows.size()) {
                rows.add(new ArrayList<>());
            }
            if (fits(rows.get(r), extent) || r == MAX_ROWS - 1) {
                rows.get(r).add(extent);
                return r;
            }
        }
        throw new AssertionError("unreachable: the last row always accepts");
    }

    private static boolean fits(List<double[]> row, double[] extent) {
        for (double[] taken : row) {
            if (extent[0] < taken[1] && taken[0] < extent[1]) {
                return false;
            }
        }
        return true;
    }
}
