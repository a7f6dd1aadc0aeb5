package io.cloudmart.sim.report;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.data.Range;

/**
 * Where a chart's x axis lies in its SVG, written as {@code data-} attributes on the {@code <svg>} element so that a
 * script in the page can draw at an x value without knowing how the chart was laid out: the axis's label (which
 * names its unit, so a script can tell time charts of one unit from other charts), the values at its two ends, and
 * the plot area's edges in the SVG's own coordinates (its {@code viewBox}, whatever size CSS gives it).
 *
 * <p>An x value {@code v} lies at {@code left + (v - from) / (to - from) * (right - left)}.
 *
 * @param label the chart's x axis label
 * @param from the x value at the plot's left edge
 * @param to the x value at its right edge
 * @param left the plot's left edge, px
 * @param right its right edge, px
 * @param top its top edge, px
 * @param bottom its bottom edge, px
 */
record XAxisMapping(String label, double from, double to, double left, double right, double top, double bottom) {

    static XAxisMapping of(String label, Range range, Rectangle2D plotArea) {
        return new XAxisMapping(label, range.getLowerBound(), range.getUpperBound(), plotArea.getMinX(),
                plotArea.getMaxX(), plotArea.getMinY(), plotArea.getMaxY());
    }

    /** The attributes, each preceded by a space, single-quoted as the rest of the element's. */
    String attributes() {
        return " data-x-label='" + Html.escape(label) + "' data-x-from='" + value(from) + "' data-x-to='" + value(to)
                + "' data-plot-left='" + SvgChartRenderer.twoDecimals(left)
                + "' data-plot-right='" + SvgChartRenderer.twoDecimals(right)
                + "' data-plot-top='" + SvgChartRenderer.twoDecimals(top)
                + "' data-plot-bottom='" + SvgChartRenderer.twoDecimals(bottom) + "'";
    }

    /** An axis value exactly, without an exponent or trailing zeros: 900, 0.25, 13.5. */
    private static String value(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
