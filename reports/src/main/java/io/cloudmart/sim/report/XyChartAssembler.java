package io.cloudmart.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.block.LabelBlock;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.RangeType;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Turns a {@link Chart} document block into a styled JFreeChart line or stacked area chart, ready
 * to be drawn on any {@code Graphics2D}.
 *
 * <p>The chart is built from plain constructors instead of {@code ChartFactory}, which would apply
 * JFreeChart's JVM-wide mutable theme. Every run of plottable points of a line becomes its own
 * series (see {@link LineSegments}) with the line's colour, and the legend is fixed to one entry
 * per line, so gaps never multiply legend entries.
 */
final class XyChartAssembler {

    /** Horizontal space taken by the y axis and the chart padding, in px; measured on output. */
    private static final int Y_AXIS_AND_PADDING_WIDTH = 95;
    /** Vertical space taken by titles, x axis, one legend row and padding, in px; measured. */
    private static final int FIXED_PARTS_HEIGHT = 142;
    /** Legend item width besides its text: line sample and paddings, in px. */
    private static final int LEGEND_ITEM_EXTRA_WIDTH = 46;
    /** Right chart padding in px, enough for the last tick label of a typical time axis. */
    private static final double MIN_RIGHT_PADDING = 18;
    /** Space between data and the top of the plot when no marker label needs room. */
    private static final double BASE_UPPER_MARGIN = 0.05;
    /** Horizontal space a right y axis takes from the plot, in px; measured on output. */
    private static final int RIGHT_AXIS_WIDTH = 40;
    /** Dataset of the lines against the right axis, and of the points; the lines' own is 0. */
    private static final int RIGHT_LINES = 1;
    private static final int POINTS = 2;
    /** Width of the white line between stacked areas, in px. */
    private static final float AREA_OUTLINE_WIDTH = 0.75f;

    private final ChartStyle style;

    XyChartAssembler(ChartStyle style) {
        this.style = style;
    }

    /**
     * A chart ready to draw, with the height it needs: the style's height plus room for extra legend
     * and title rows, so that many lines do not squeeze the plot.
     *
     * @param chart the JFreeChart
     * @param width drawing width in px
     * @param height drawing height in px
     */
    record Assembled(JFreeChart chart, int width, int height) {}

    /**
     * What the plot draws: the dataset, the renderer that draws it and one legend entry per line.
     *
     * @param dataset the series, possibly several per line
     * @param renderer draws the dataset in the lines' colours
     * @param legend one entry per line of the chart, in its order
     */
    private record PlotData(XYDataset dataset, XYItemRenderer renderer, List<LegendItem> legend) {}

    /** Builds the chart; the caller has checked that at least one line has a plottable point. */
    Assembled assemble(Chart chart) {
        Span xSpan = new Span();
        Span ySpan = new Span();
        PlotData data = chart.kind() == Chart.Kind.STACKED_AREAS
                ? stackedAreas(chart, xSpan, ySpan)
                : lines(chart, xSpan, ySpan);
        Span rightSpan = new Span();
        Chart.RightAxis right = chart.rightAxis();
        PlotData rightData = right == null ? null : rightLines(chart, xSpan, rightSpan);
        PlotData points = chart.points().isEmpty() ? null : points(chart, xSpan, ySpan);
        chart.markers().forEach(marker -> xSpan.include(marker.x()));
        chart.bands().forEach(band -> {
            xSpan.include(band.from());
            xSpan.include(band.to());
        });
        NumberAxis yAxis = yAxis(ySpan);
        XYPlot plot = new XYPlot(data.dataset(), xAxis(chart.xLabel(), xSpan), yAxis, data.renderer());
        // The stacked renderer closes each layer against the one it drew just before, so layers must be
        // drawn bottom first; lines do not care, and the first line stays on top as before.
        plot.setSeriesRenderingOrder(chart.kind() == Chart.Kind.STACKED_AREAS
                ? SeriesRenderingOrder.FORWARD : SeriesRenderingOrder.REVERSE);
        List<LegendItem> legend = new ArrayList<>(data.legend());
        NumberAxis rightAxis = null;
        if (rightData != null) {
            rightAxis = Double.isNaN(right.max()) ? yAxis(rightSpan) : cappedYAxis(right.max());
            plot.setRangeAxis(RIGHT_LINES, rightAxis);
            plot.setRangeAxisLocation(RIGHT_LINES, AxisLocation.BOTTOM_OR_RIGHT);
            plot.setDataset(RIGHT_LINES, rightData.dataset());
            plot.setRenderer(RIGHT_LINES, rightData.renderer());
            plot.mapDatasetToRangeAxis(RIGHT_LINES, RIGHT_LINES);
            legend.addAll(rightData.legend());
        }
        if (points != null) {
            plot.setDataset(POINTS, points.dataset());
            plot.setRenderer(POINTS, points.renderer());
            plot.mapDatasetToRangeAxis(POINTS, 0);
            legend.addAll(points.legend());
        }
        // the left lines first, then those of the right axis, and the points on top, where none hides them
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        legend.addAll(BandLayer.draw(plot, chart.bands(), style.legendSize()));
        stylePlot(plot, legend);
        int height = style.height() + extraRowsHeight(chart, legend);
        List<MarkerLabelLayout.Placement> placements = MarkerLabelLayout.layout(
                chart.markers(), xSpan.lower(), xSpan.upper(),
                style.width() - Y_AXIS_AND_PADDING_WIDTH - (right == null ? 0 : RIGHT_AXIS_WIDTH), markerFont());
        addMarkers(plot, placements);
        double margin = upperMargin(MarkerLabelLayout.rowsUsed(placements), height);
        yAxis.setUpperMargin(margin);
        if (rightAxis != null) {
            rightAxis.setUpperMargin(margin);
            if (!Double.isNaN(right.max())) {
                // the same head room as the left axis: a margin m puts the data's top at 1 / (1 + m) of the plot
                rightAxis.setRange(0, right.max() * (1 + margin));
            }
        }
        JFreeChart result = new JFreeChart(chart.title(), font(Font.BOLD, style.titleSize()), plot, true);
        styleChart(result, xSpan);
        // JFreeChart draws a rotated axis label as glyph outlines, which JFreeSVG writes as a path:
        // unselectable, unsearchable and in the Java font. The y label is therefore a horizontal
        // title above the axis, which also reads without tilting the head.
        if (right != null) {
            result.addSubtitle(axisTitles(chart.yLabel(), right.label()));
        } else if (!chart.yLabel().isBlank()) {
            result.addSubtitle(yAxisTitle(chart.yLabel()));
        }
        return new Assembled(result, style.width(), height);
    }

    /** The right axis's lines, coloured after the left lines, as the left lines are drawn. */
    private PlotData rightLines(Chart chart, Span xSpan, Span ySpan) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        List<LegendItem> legend = new ArrayList<>();
        int first = chart.lines().size();
        List<Line> lines = chart.rightAxis().lines();
        for (int i = 0; i < lines.size(); i++) {
            addLine(first + i, lines.get(i), dataset, renderer, xSpan, ySpan);
            legend.add(legendItem(first + i, lines.get(i)));
        }
        return new PlotData(dataset, renderer, legend);
    }

    /** One series of marks per {@link Points}, in its tone's colour and shape, outlined in white to stand out. */
    private PlotData points(Chart chart, Span xSpan, Span ySpan) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < chart.points().size(); i++) {
            Points set = chart.points().get(i);
            double[] x = set.x();
            double[] y = set.y();
            int n = 0;
            for (int k = 0; k < x.length; k++) {
                if (Double.isFinite(x[k]) && Double.isFinite(y[k])) {
                    x[n] = x[k];
                    y[n] = y[k];
                    n++;
                    xSpan.include(x[k]);
                    ySpan.include(y[k]);
                }
            }
            dataset.addSeries(new SeriesKey(i, 0), new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)});
            Shape shape = toneShape(set.tone());
            renderer.setSeriesPaint(i, style.tone(set.tone()));
            renderer.setSeriesShape(i, shape);
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1f));
            legend.add(new LegendItem(n == 0 ? set.name() + " (none)" : set.name(), null, null, null, shape,
                    style.tone(set.tone())));
        }
        return new PlotData(dataset, renderer, legend);
    }

    /** Shapes that tell the tones apart without colour: circle, cross, square, diamond. */
    private Shape toneShape(Points.Tone tone) {
        double r = style.lineWidth() + 3.5;
        return switch (tone) {
            case GOOD -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
            case BAD -> ShapeUtils.createDiagonalCross((float) r, (float) (r / 2.5));
            case UNDECIDED -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
            case BROKEN -> ShapeUtils.createDiamond((float) (r * 1.2));
        };
    }

    /** The left axis's label above the left axis and the right axis's above the right one, on one row. */
    private CompositeTitle axisTitles(String left, String right) {
        BlockContainer row = new BlockContainer(new BorderArrangement());
        Font labelFont = font(Font.PLAIN, style.labelSize());
        row.add(new LabelBlock(left, labelFont, style.text()), RectangleEdge.LEFT);
        row.add(new LabelBlock(right, labelFont, style.text()), RectangleEdge.RIGHT);
        CompositeTitle title = new FullWidthTitle(row);
        title.setPosition(RectangleEdge.TOP);
        title.setPadding(new RectangleInsets(0, 2, 6, 2));
        return title;
    }

    /**
     * A title as wide as the chart: JFreeChart offers a top title a range of widths, and a border arrangement
     * given a range packs its left and right blocks together in the middle.
     */
    private static final class FullWidthTitle extends CompositeTitle {
        private static final long serialVersionUID = 1L;

        FullWidthTitle(BlockContainer container) {
            super(container);
        }

        @Override
        public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
            if (constraint.getWidthConstraintType() == LengthConstraintType.RANGE) {
                return super.arrange(g2, constraint.toFixedWidth(constraint.getWidthRange().getUpperBound()));
            }
            return super.arrange(g2, constraint);
        }
    }

    /** One series per run of plottable points of each line, drawn as lines (see {@link LineSegments}). */
    private PlotData lines(Chart chart, Span xSpan, Span ySpan) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < chart.lines().size(); i++) {
            addLine(i, chart.lines().get(i), dataset, renderer, xSpan, ySpan);
        }
        return new PlotData(dataset, renderer, legendItems(chart));
    }

    /**
     * One series per line, stacked in line order with the first at the bottom. JFreeChart's
     * {@link StackedXYAreaRenderer} draws each layer as one polygon (its {@code ...Renderer2} draws
     * two per point, which would make a long run's SVG large); a thin white outline keeps
     * neighbouring layers of similar colour apart. The chart has checked that the layers share
     * their x values and have no gaps.
     */
    private PlotData stackedAreas(Chart chart, Span xSpan, Span ySpan) {
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        StackedXYAreaRenderer renderer = new StackedXYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(true);
        List<LegendItem> legend = new ArrayList<>();
        double[] x = chart.lines().get(0).x();
        double[] stacked = new double[x.length];
        for (int i = 0; i < chart.lines().size(); i++) {
            Line layer = chart.lines().get(i);
            double[] y = layer.y();
            XYSeries series = new XYSeries(new SeriesKey(i, 0), false, false);
            for (int k = 0; k < x.length; k++) {
                series.add(x[k], y[k], false);
                stacked[k] += y[k];
                xSpan.include(x[k]);
                ySpan.include(stacked[k]);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, style.colour(layer.colourAt(i)));
            renderer.setSeriesOutlinePaint(i, Color.WHITE);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(AREA_OUTLINE_WIDTH));
            legend.add(new LegendItem(layer.name(), null, null, null, areaSample(), style.colour(layer.colourAt(i))));
        }
        ySpan.include(0);
        return new PlotData(dataset, renderer, legend);
    }

    /** A filled square as legend sample, the size of a legend line sample's height. */
    private Shape areaSample() {
        double half = style.legendSize() / 2.0 - 1;
        return new Rectangle2D.Double(-half, -half, 2 * half, 2 * half);
    }

    /** The x axis spans exactly the data and the markers, so no marker falls off the chart. */
    private NumberAxis xAxis(String label, Span xSpan) {
        NumberAxis axis = axis(label);
        axis.setTickLabelInsets(new RectangleInsets(4, 18, 2, 18)); // wide insets: fewer ticks
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(xSpan.lower(), xSpan.upper());
        return axis;
    }

    /** The y axis includes zero, so that levels are compared honestly, and has no label itself. */
    private NumberAxis yAxis(Span ySpan) {
        NumberAxis axis = axis(null);
        axis.setTickLabelInsets(new RectangleInsets(7, 4, 7, 6)); // tall insets: fewer ticks
        if (ySpan.lower >= 0) {
            axis.setRangeType(RangeType.POSITIVE); // all-zero data gets 0..1, not -0.5..0.5
        }
        // JFreeChart's fixed minimum of 1e-8 would distort tiny values and zoom into all-zero data.
        double magnitude = Math.max(Math.abs(ySpan.lower), Math.abs(ySpan.upper));
        axis.setAutoRangeMinimumSize(
                magnitude > 0 ? Math.max(magnitude * 1e-3, Double.MIN_NORMAL) : 1.0);
        return axis;
    }

    /**
     * A y axis from 0 to {@code max} plus the marker labels' head room, whose tick labels stop at {@code max}: a
     * share of a whole reads "100" at the top, never "120".
     */
    private NumberAxis cappedYAxis(double max) {
        NumberAxis axis = new NumberAxis() {
            private static final long serialVersionUID = 1L;

            @Override
            @SuppressWarnings("rawtypes")
            public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
                List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
                return ticks.stream().filter(t -> ((NumberTick) t).getValue() <= max * (1 + 1e-9)).toList();
            }
        };
        styleAxis(axis);
        axis.setTickLabelInsets(new RectangleInsets(7, 4, 7, 6));
        return axis;
    }

    /** Height in px for legend rows beyond the first and title lines beyond the first. */
    private int extraRowsHeight(Chart chart, List<LegendItem> legendItems) {
        double available = style.width() - 30.0;
        Font legendFont = font(Font.PLAIN, style.legendSize());
        int legendRows = 1;
        double rowWidth = 0;
        for (LegendItem item : legendItems) {
            double itemWidth = TextWidth.of(legendFont, item.getLabel()) + LEGEND_ITEM_EXTRA_WIDTH;
            if (rowWidth > 0 && rowWidth + itemWidth > available) {
                legendRows++;
                rowWidth = 0;
            }
            rowWidth += itemWidth;
        }
        double titleWidth = TextWidth.of(font(Font.BOLD, style.titleSize()), chart.title());
        int titleRows = (int) Math.max(1, Math.ceil(titleWidth / available));
        return (legendRows - 1) * (style.legendSize() + 10) + (titleRows - 1) * (style.titleSize() + 4);
    }

    /**
     * Returns the range axis upper margin that leaves {@code labelRows} rows of marker labels clear
     * of the data: a margin {@code m} gives the top {@code m / (1 + m)} of the plot to head room.
     */
    private double upperMargin(int labelRows, int height) {
        if (labelRows == 0) {
            return BASE_UPPER_MARGIN;
        }
        double plotHeight = Math.max(60, height - FIXED_PARTS_HEIGHT);
        double share = Math.min(0.5, (labelRows * markerRowHeight() + 4) / plotHeight);
        return BASE_UPPER_MARGIN + share / (1 - share);
    }

    private void addLine(
            int index,
            Line line,
            DefaultXYDataset dataset,
            XYLineAndShapeRenderer renderer,
            Span xSpan,
            Span ySpan) {
        double[] x = line.x();
        double[] y = line.y();
        List<LineSegments.Segment> segments = LineSegments.split(x, y);
        for (int s = 0; s < segments.size(); s++) {
            LineSegments.Segment segment = segments.get(s);
            double[] xs = Arrays.copyOfRange(x, segment.from(), segment.to());
            double[] ys = Arrays.copyOfRange(y, segment.from(), segment.to());
            for (int k = 0; k < xs.length; k++) {
                xSpan.include(xs[k]);
                ySpan.include(ys[k]);
            }
            int series = dataset.getSeriesCount();
            dataset.addSeries(new SeriesKey(index, s), new double[][] {xs, ys});
            int colour = line.colourAt(index);
            renderer.setSeriesPaint(series, style.colour(colour));
            renderer.setSeriesStroke(series, lineStroke(colour));
            // A run of one point has no line to draw; a dot keeps an isolated value visible.
            renderer.setSeriesShapesVisible(series, segment.length() == 1);
            renderer.setSeriesShape(series, dot());
        }
    }

    private List<LegendItem> legendItems(Chart chart) {
        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < chart.lines().size(); i++) {
            items.add(legendItem(i, chart.lines().get(i)));
        }
        return items;
    }

    private LegendItem legendItem(int index, Line line) {
        boolean empty = LineSegments.split(line.x(), line.y()).isEmpty();
        String label = empty ? line.name() + " (no data)" : line.name();
        return new LegendItem(
                label, null, null, null, new Line2D.Double(-11, 0, 11, 0), lineStroke(line.colourAt(index)),
                style.colour(line.colourAt(index)));
    }

    private void addMarkers(XYPlot plot, List<MarkerLabelLayout.Placement> placements) {
        for (MarkerLabelLayout.Placement placement : placements) {
            Marker marker = placement.marker();
            ValueMarker line = new ValueMarker(marker.x(), style.text(), markerStroke());
            line.setLabel(marker.label());
            line.setLabelFont(markerFont());
            line.setLabelPaint(style.text());
            line.setLabelBackgroundColor(Color.WHITE);
            boolean left = placement.leftOfLine();
            line.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            double top = 4 + placement.row() * markerRowHeight();
            line.setLabelOffset(new RectangleInsets(top, 4, 0, 4));
            plot.addDomainMarker(line);
        }
    }

    /**
     * Leaves room for half of the last x tick label, which JFreeChart centres on the plot's right
     * edge without reserving space for it.
     */
    private double rightPadding(Span xSpan) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US));
        String widest = format.format(xSpan.upper());
        return Math.max(MIN_RIGHT_PADDING, TextWidth.of(tickFont(), widest) / 2 + 6);
    }

    private TextTitle yAxisTitle(String label) {
        return ChartLook.yAxisTitle(label, style);
    }

    private Font markerFont() {
        return tickFont();
    }

    private Font tickFont() {
        return font(Font.PLAIN, style.tickSize());
    }

    private double markerRowHeight() {
        return style.tickSize() + 7.0;
    }

    private NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        styleAxis(axis);
        return axis;
    }

    private void styleAxis(NumberAxis axis) {
        axis.setStandardTickUnits(UsTickUnits.ofThisThread());
        axis.setLabelFont(font(Font.PLAIN, style.labelSize()));
        axis.setLabelPaint(style.text());
        axis.setTickLabelFont(tickFont());
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.grid().darker());
        axis.setTickMarkPaint(style.grid().darker());
    }

    private void stylePlot(XYPlot plot, List<LegendItem> legendItems) {
        LegendItemCollection legend = new LegendItemCollection();
        legendItems.forEach(legend::add);
        ChartLook.plot(plot, style);
        plot.setFixedLegendItems(legend);
    }

    private void styleChart(JFreeChart chart, Span xSpan) {
        ChartLook.frame(chart, style, rightPadding(xSpan));
        chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    }

    private Font font(int weight, int size) {
        return ChartLook.font(style, weight, size);
    }

    private Stroke lineStroke(int index) {
        int level = style.dashLevel(index);
        if (level == 0) {
            return new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = dashPattern(level);
        return new BasicStroke(
                style.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Dash pattern in px for lines beyond the palette size: dashed, dotted, dash-dot, repeating. */
    private static float[] dashPattern(int level) {
        return switch ((level - 1) % 3) {
            case 0 -> new float[] {7f, 4f};
            case 1 -> new float[] {2f, 3f};
            default -> new float[] {9f, 3f, 2f, 3f};
        };
    }

    private static Stroke markerStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f);
    }

    private Ellipse2D dot() {
        double r = style.lineWidth() + 1.5;
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    /**
     * Identifies one segment of one line. Dataset keys must be unique, and line names need not be.
     */
    private record SeriesKey(int line, int segment) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            int byLine = Integer.compare(line, other.line);
            return byLine != 0 ? byLine : Integer.compare(segment, other.segment);
        }
    }

    /** The x interval covered by data and markers, in x axis units; never of zero width. */
    private static final class Span {
        private double lower = Double.POSITIVE_INFINITY;
        private double upper = Double.NEGATIVE_INFINITY;

        void include(double value) {
            if (Double.isFinite(value)) {
                lower = Math.min(lower, value);
                upper = Math.max(upper, value);
            }
        }

        double lower() {
            return upper > lower ? lower : lower - pad();
        }

        double upper() {
            return upper > lower ? upper : upper + pad();
        }

        /** Position of {@code value} in the interval, 0 at the lower and 1 at the upper end. */
        double fraction(double value) {
            return (value - lower()) / (upper() - lower());
        }

        /** Half-width given to a single x value so that the axis still has ticks. */
        private double pad() {
            return Math.max(Math.abs(lower) * 0.05, 0.5);
        }
    }
}
