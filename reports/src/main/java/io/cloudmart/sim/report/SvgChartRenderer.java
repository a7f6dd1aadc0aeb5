package io.cloudmart.sim.report;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link Chart} as one inline {@code <svg>} element for an HTML page.
 *
 * <p>The element has a {@code viewBox} and no fixed size, so CSS can make it responsive. All ids
 * it defines (JFreeSVG's clip paths) start with the caller's prefix, so several charts can share a
 * page; with a deterministic prefix the output is byte-for-byte reproducible, unlike JFreeSVG's
 * default time-based prefix. Coordinates are rounded to 0.01 px, which keeps a 2,000-point line
 * small without visible change. Stateless apart from its style; safe to share between threads.
 */
public final class SvgChartRenderer {

    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** JFreeSVG declares its own namespace, which would be the only external URL in the page. */
    private static final String JFREESVG_NAMESPACE =
            " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private final ChartStyle style;
    private final XyChartAssembler assembler;

    /** Creates a renderer drawing every chart in {@code style}. */
    public SvgChartRenderer(ChartStyle style) {
        this.style = style;
        this.assembler = new XyChartAssembler(style);
    }

    /** The style every chart is drawn in, for page parts that must match it (a {@link Legend}, {@link ScatterChartRenderer}, a {@link Diagram}). */
    ChartStyle style() {
        return style;
    }

    /**
     * Returns the chart as an {@code <svg>} element, or empty if no line has a plottable point, in
     * which case the caller should show a note instead of an empty plot.
     *
     * @param chart the chart to draw
     * @param idPrefix prefix of every id in the element, unique within the page; letters, digits,
     *     '-' and '_', starting with a letter
     */
    public Optional<String> render(Chart chart, String idPrefix) {
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("not a usable id prefix: '" + idPrefix + "'");
        }
        if (!LineSegments.hasData(chart)) {
            return Optional.empty();
        }
        XyChartAssembler.Assembled assembled = assembler.assemble(chart);
        int width = assembled.width();
        int height = assembled.height();
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix + "-");
        // Without this, grid lines get shape-rendering:crispEdges and, once the SVG is scaled to the
        // column, some snap to two device pixels and look darker than their neighbours.
        g2.setCheckStrokeControlHint(false);
        g2.setGeomDoubleConverter(SvgChartRenderer::twoDecimals);
        g2.setFontFunction(javaFamily -> style.svgFontFamily());
        // no entity collection: it would hold one object per data point, and the page needs only the plot's area
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        assembled.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        String svg =
                g2.getSVGElement(
                        idPrefix,
                        false,
                        new ViewBox(0, 0, width, height),
                        PreserveAspectRatio.XMID_YMID,
                        MeetOrSlice.MEET);
        XAxisMapping mapping = XAxisMapping.of(chart.xLabel(),
                ((XYPlot) assembled.chart().getPlot()).getDomainAxis().getRange(), info.getPlotInfo().getDataArea());
        return Optional.of(decorate(svg, chart.title(), mapping));
    }

    /**
     * Adds an accessible name and the x axis's mapping to pixels (see {@link XAxisMapping}), and drops the JFreeSVG
     * namespace when nothing uses it.
     */
    private static String decorate(String svg, String title, XAxisMapping mapping) {
        String result = svg;
        if (!result.contains("jfreesvg:")) {
            // The declaration spells "xmlns:jfreesvg=", so no match means no attribute uses it.
            result = result.replace(JFREESVG_NAMESPACE, "");
        }
        return "<svg role='img' aria-label='" + Html.escape(title) + "'" + mapping.attributes()
                + result.substring("<svg".length());
    }

    /**
     * Formats an SVG coordinate with at most two decimals, independent of locale: a pixel grid of
     * 0.01 is finer than any screen and halves the size of long paths.
     */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            return Double.toString(value);
        }
        long hundredths = Math.round(value * 100);
        StringBuilder out = new StringBuilder(12);
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out.toString();
    }
}
