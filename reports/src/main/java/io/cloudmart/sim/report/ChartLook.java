package io.cloudmart.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * What every JFreeChart of a page looks like, whichever block drew it (a time chart, a sweep's scatter): the plot's
 * white ground and grid, the chart's padding, title and legend, and the y label as a title above the axis. One
 * place, so the charts of one page cannot drift apart in their look.
 */
final class ChartLook {
    private ChartLook() {
    }

    /** A font of the style's family. */
    static Font font(ChartStyle style, int weight, int size) {
        return new Font(style.fontFamily(), weight, size);
    }

    /** The plot's ground, outline and 1 px grid, with the axes flush against the plot. */
    static void plot(XYPlot plot, ChartStyle style) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(style.grid());
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinePaint(style.grid());
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** The chart's ground, its padding ({@code rightPadding} px on the right), its title and its legend. */
    static void frame(JFreeChart chart, ChartStyle style, double rightPadding) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 4, rightPadding));
        chart.getTitle().setPaint(style.text());
        chart.getTitle().setPadding(new RectangleInsets(2, 2, 8, 2));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font(style, Font.PLAIN, style.legendSize()));
        legend.setItemPaint(style.text());
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(8, 0, 0, 0));
    }

    /**
     * The y label as a horizontal title above the axis. JFreeChart draws a rotated axis label as glyph outlines,
     * which JFreeSVG writes as a path: unselectable, unsearchable and in the Java font; a title also reads without
     * tilting the head.
     */
    static TextTitle yAxisTitle(String label, ChartStyle style) {
        TextTitle title = new TextTitle(label, font(style, Font.PLAIN, style.labelSize()));
        title.setPaint(style.text());
        title.setPosition(RectangleEdge.TOP);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 2, 6, 0));
        return title;
    }
}
