package io.cloudmart.sim.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into runs of consecutive plottable points, which is how gaps are drawn.
 *
 * <p>A point is plottable when both coordinates are finite. Each run becomes its own chart series,
 * so a missing bucket shows as a break in the line and never as a drop to zero, and the result does
 * not depend on how a JFreeChart renderer happens to treat NaN.
 */
final class LineSegments {

    /**
     * A run of plottable points.
     *
     * @param from index of the first point
     * @param to index one past the last point
     */
    record Segment(int from, int to) {

        /** Returns the number of points in the run; at least 1. */
        int length() {
            return to - from;
        }
    }

    private LineSegments() {}

    /** Returns the maximal runs of plottable points, in index order; empty if there are none. */
    static List<Segment> split(double[] x, double[] y) {
        List<Segment> segments = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < x.length; i++) {
            boolean plottable = Double.isFinite(x[i]) && Double.isFinite(y[i]);
            if (plottable && start < 0) {
                start = i;
            } else if (!plottable && start >= 0) {
                segments.add(new Segment(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            segments.add(new Segment(start, x.length));
        }
        return segments;
    }

    /** Returns whether at least one line of the chart has a plottable point. */
    static boolean hasData(Chart chart) {
        for (Line line : chart.lines()) {
            if (!split(line.x(), line.y()).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
