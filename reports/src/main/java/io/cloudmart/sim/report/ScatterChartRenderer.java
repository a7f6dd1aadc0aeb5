package io.cloudmart.sim.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ScatterChart} as one inline {@code <svg>}, in the same style, fonts and id scheme as
 * {@link SvgChartRenderer} draws a {@link Chart}: marks with vertical interval bars (JFreeChart's
 * {@link XYErrorRenderer}), optional labels and joining lines, on a linear, logarithmic or categorical x axis.
 */
final class ScatterChartRenderer {
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private final ChartStyle style;

    ScatterChartRenderer(ChartStyle style) {
        this.style = style;
    }

    /** The chart as an {@code <svg>} element, or empty when no series has a mark (the caller writes a note). */
    Optional<String> render(ScatterChart chart, String idPrefix) {
        if (!chart.hasData()) {
            return Optional.empty();
        }
        int width = style.width();
        int height = style.height() + 40;
        JFreeChart drawn = assemble(chart);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix + "-");
        g2.setCheckStrokeControlHint(false);
        g2.setGeomDoubleConverter(SvgChartRenderer::twoDecimals);
        g2.setFontFunction(javaFamily -> style.svgFontFamily());
        drawn.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement(idPrefix, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        if (!svg.contains("jfreesvg:")) {
            svg = svg.replace(JFREESVG_NAMESPACE, "");
        }
        return Optional.of("<svg role='img' aria-label='" + Html.escape(chart.title()) + "'" + svg.substring("<svg".length()));
    }

    private JFreeChart assemble(ScatterChart chart) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new MarksWithIntervals();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setDefaultItemLabelFont(new Font(style.fontFamily(), Font.PLAIN, style.tickSize()));
        renderer.setDefaultItemLabelPaint(style.text());
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        for (int i = 0; i < chart.series().size(); i++) {
            ScatterChart.Series series = chart.series().get(i);
            List<String> labels = addSeries(dataset, series, chart.xCategories().isEmpty()
                    && chart.xScale() == ScatterChart.Scale.LOG);
            renderer.setSeriesPaint(i, style.colour(i));
            renderer.setSeriesLinesVisible(i, series.joined());
            renderer.setSeriesShapesVisible(i, true);
            renderer.setSeriesShape(i, dot(i));
            renderer.setSeriesStroke(i, lineStroke());
            if (labels != null) {
                renderer.setSeriesItemLabelGenerator(i, (data, s, item) -> labels.get(item));
                renderer.setSeriesItemLabelsVisible(i, true);
            }
        }
        XYPlot plot = new XYPlot(dataset, xAxis(chart), yAxis(chart), renderer);
        ChartLook.plot(plot, style);
        JFreeChart result = new JFreeChart(chart.title(), font(Font.BOLD, style.titleSize()), plot, true);
        ChartLook.frame(result, style, 40); // room for the labels of the rightmost marks
        // a horizontal title above the axis, as SvgChartRenderer's charts have (a rotated label becomes glyph paths)
        result.addSubtitle(ChartLook.yAxisTitle(chart.yLabel(), style));
        return result;
    }

    /** Adds the drawable marks of {@code series}; returns their labels in the order added, or null for none. */
    private static List<String> addSeries(YIntervalSeriesCollection dataset, ScatterChart.Series series, boolean log) {
        YIntervalSeries s = new YIntervalSeries(series.name(), false, true);
        double[] x = series.x();
        double[] y = series.y();
        double[] low = series.low();
        double[] high = series.high();
        java.util.ArrayList<String> labels = series.labels() == null ? null : new java.util.ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                continue;
            }
            boolean interval = low != null && Double.isFinite(low[k]) && Double.isFinite(high[k]);
            s.add(log ? Math.log10(x[k]) : x[k], y[k], interval ? low[k] : y[k], interval ? high[k] : y[k]);
            if (labels != null) {
                labels.add(series.labels().get(k));
            }
        }
        dataset.addSeries(s);
        return labels;
    }

    private ValueAxis xAxis(ScatterChart chart) {
        ValueAxis axis;
        if (!chart.xCategories().isEmpty()) {
            SymbolAxis symbols = new SymbolAxis(chart.xLabel(), chart.xCategories().toArray(String[]::new));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else if (chart.xScale() == ScatterChart.Scale.LOG) {
            // the marks are placed at log10(x) (see addSeries) on a number axis whose ticks are 1, 2 and 5 times the
            // powers of ten, labelled in plain text: JFreeChart's LogAxis writes its labels as attributed strings,
            // which JFreeSVG draws as glyph outlines, and puts ticks at 3.162
            NumberAxis log = new LogTicksAxis(chart.xLabel());
            log.setAutoRangeIncludesZero(false);
            axis = log;
        } else {
            NumberAxis linear = new NumberAxis(chart.xLabel());
            linear.setAutoRangeIncludesZero(false);
            // a knob of whole values (replicas) gets whole ticks, not 1.05
            linear.setStandardTickUnits(wholeValues(chart) ? NumberAxis.createIntegerTickUnits(Locale.US)
                    : UsTickUnits.ofThisThread());
            axis = linear;
        }
        axis.setLowerMargin(0.06);
        axis.setUpperMargin(0.06);
        styleAxis(axis);
        return axis;
    }

    /** From zero, as the time charts' y axes, so that levels compare honestly; all-zero data gets 0..1. */
    private NumberAxis yAxis(ScatterChart chart) {
        NumberAxis axis = new NumberAxis(null);
        axis.setAutoRangeIncludesZero(true);
        double magnitude = 0;
        boolean negative = false;
        for (ScatterChart.Series series : chart.series()) {
            for (double v : series.y()) {
                if (Double.isFinite(v)) {
                    magnitude = Math.max(magnitude, Math.abs(v));
                    negative |= v < 0;
                }
            }
        }
        // marks of non-negative figures keep the axis at 0 and up: an interval that a few replications stretch below
        // zero (a latency's, with two) is cut at the axis rather than showing negative latencies
        if (!negative) {
            axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
        }
        // as XyChartAssembler: JFreeChart's fixed minimum range of 1e-8 would zoom into all-zero data
        axis.setAutoRangeMinimumSize(magnitude > 0 ? Math.max(magnitude * 1e-3, Double.MIN_NORMAL) : 1.0);
        axis.setStandardTickUnits(UsTickUnits.ofThisThread());
        styleAxis(axis);
        return axis;
    }

    private static boolean wholeValues(ScatterChart chart) {
        for (ScatterChart.Series series : chart.series()) {
            for (double v : series.x()) {
                if (Double.isFinite(v) && v != Math.rint(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void styleAxis(ValueAxis axis) {
        axis.setLabelFont(font(Font.PLAIN, style.labelSize()));
        axis.setLabelPaint(style.text());
        axis.setTickLabelFont(font(Font.PLAIN, style.tickSize()));
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.grid());
        axis.setTickMarkPaint(style.grid());
    }

    /** XYErrorRenderer draws a bar even for a mark without an interval (a cap on the mark); this one does not. */
    private static final class MarksWithIntervals extends XYErrorRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state,
                             Rectangle2D dataArea, org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot,
                             ValueAxis domainAxis, ValueAxis rangeAxis, org.jfree.data.xy.XYDataset dataset, int series,
                             int item, org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
            YIntervalSeriesCollection d = (YIntervalSeriesCollection) dataset;
            boolean interval = d.getStartYValue(series, item) != d.getEndYValue(series, item);
            // one renderer draws one chart on one thread, so switching the flag around the call is safe
            setDrawYError(interval);
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            setDrawYError(true);
        }
    }

    /**
     * An axis over log10(x) with ticks at 1, 2 and 5 times each power of ten in range (only the powers when the range
     * spans more than three decades), each labelled with the value it stands for: 2 as "100", -1 as "0.1".
     */
    private static final class LogTicksAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private static final double[] STEPS = {1, 2, 5};

        LogTicksAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state, Rectangle2D dataArea,
                                 RectangleEdge edge) {
            DecimalFormat plain = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.US));
            double lower = getLowerBound();
            double upper = getUpperBound();
            double[] steps = upper - lower > 3 ? new double[] {1} : STEPS;
            List<org.jfree.chart.axis.NumberTick> ticks = new java.util.ArrayList<>();
            for (int power = (int) Math.floor(lower); power <= (int) Math.ceil(upper); power++) {
                for (double step : steps) {
                    double at = Math.log10(step) + power;
                    if (at >= lower && at <= upper) {
                        ticks.add(new org.jfree.chart.axis.NumberTick(at, plain.format(step * Math.pow(10, power)),
                                TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
                    }
                }
            }
            return ticks;
        }
    }

    private java.awt.Shape dot(int index) {
        double r = style.lineWidth() + 2.5;
        return index % 2 == 0 ? new Ellipse2D.Double(-r, -r, 2 * r, 2 * r)
                : new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
    }

    private Stroke lineStroke() {
        return new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private Font font(int weight, int size) {
        return ChartLook.font(style, weight, size);
    }
}
