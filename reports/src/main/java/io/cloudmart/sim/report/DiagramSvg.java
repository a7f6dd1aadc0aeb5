package io.cloudmart.sim.report;

import java.awt.Color;
import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Diagram} as one inline {@code <svg>}: each layer a row of boxes spread evenly over the width, arrows
 * from the bottom of a box to the top of the next (a dashed arrow for an asynchronous flow), an arrow that goes up
 * or along its row curving round. Colours are written as the chart style's {@code rgb(...)}, so the page gives them
 * its light, dark and print values as it does for charts ({@link SvgColours}). Deterministic: same diagram, same
 * bytes.
 */
final class DiagramSvg {
    private static final int WIDTH = 900;
    private static final int ROW_HEIGHT = 118;
    private static final int BOX_HEIGHT = 54;
    private static final int TOP = 16;
    private static final int GAP = 12;
    private static final int MAX_BOX_WIDTH = 190;
    private static final int LABEL_SIZE = 15;
    private static final int DETAIL_SIZE = 12;

    private final ChartStyle style;

    DiagramSvg(ChartStyle style) {
        this.style = style;
    }

    /** Where a box sits: its centre, in px. */
    private record Box(double cx, double cy, double width) {
        double top() {
            return cy - BOX_HEIGHT / 2.0;
        }

        double bottom() {
            return cy + BOX_HEIGHT / 2.0;
        }
    }

    String render(Diagram diagram, String idPrefix) {
        Map<String, Box> boxes = layout(diagram);
        int height = TOP * 2 + Math.max(1, diagram.layers().size()) * ROW_HEIGHT - (ROW_HEIGHT - BOX_HEIGHT);
        String text = SvgColours.rgb(style.text());
        String axis = SvgColours.rgb(style.grid().darker());
        String background = SvgColours.rgb(Color.WHITE);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg role='img' aria-label='").append(Html.escape(diagram.title()))
                .append("' xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' style='font-family:").append(style.svgFontFamily().replace("\"", "&quot;")).append("'>\n");
        svg.append("<defs><marker id='").append(idPrefix).append("-arrow' viewBox='0 0 10 10' refX='9' refY='5'"
                + " markerWidth='8' markerHeight='8' orient='auto-start-reverse'><path d='M0,0L10,5L0,10z' style='fill:")
                .append(axis).append("'/></marker></defs>\n");
        for (Diagram.Edge edge : diagram.edges()) {
            svg.append(edge(boxes.get(edge.from()), boxes.get(edge.to()), edge.flow(), axis, idPrefix));
        }
        for (List<Diagram.Node> layer : diagram.layers()) {
            for (Diagram.Node node : layer) {
                svg.append(node(node, boxes.get(node.id()), text, background));
            }
        }
        return svg.append("</svg>").toString();
    }

    private Map<String, Box> layout(Diagram diagram) {
        Map<String, Box> boxes = new HashMap<>();
        Font label = new Font(style.fontFamily(), Font.BOLD, LABEL_SIZE);
        Font detail = new Font(style.fontFamily(), Font.PLAIN, DETAIL_SIZE);
        for (int row = 0; row < diagram.layers().size(); row++) {
            List<Diagram.Node> layer = diagram.layers().get(row);
            double slot = (double) WIDTH / Math.max(1, layer.size());
            for (int i = 0; i < layer.size(); i++) {
                Diagram.Node node = layer.get(i);
                double wanted = Math.max(TextWidth.of(label, node.label()), TextWidth.of(detail, node.detail())) + 24;
                double width = Math.min(Math.min(MAX_BOX_WIDTH, slot - GAP), Math.max(96, wanted));
                boxes.put(node.id(), new Box((i + 0.5) * slot, TOP + row * ROW_HEIGHT + BOX_HEIGHT / 2.0, width));
            }
        }
        return boxes;
    }

    private String node(Diagram.Node node, Box box, String text, String background) {
        String colour = node.colour() == Line.AUTO ? SvgColours.rgb(style.grid().darker())
                : SvgColours.rgb(style.colour(node.colour()));
        double x = box.cx() - box.width() / 2;
        StringBuilder s = new StringBuilder();
        s.append("<g><title>").append(Html.escape(node.label()))
                .append(node.detail().isEmpty() ? "" : " (" + Html.escape(node.detail()) + ")").append("</title>");
        s.append("<rect x='").append(n(x)).append("' y='").append(n(box.top())).append("' width='")
                .append(n(box.width())).append("' height='").append(BOX_HEIGHT).append("' rx='7' style='fill:")
                .append(background).append(";stroke:").append(colour).append(";stroke-width:2.5'/>");
        s.append("<rect x='").append(n(x + 1.25)).append("' y='").append(n(box.top() + 1.25)).append("' width='")
                .append(n(box.width() - 2.5)).append("' height='6' rx='5' style='fill:").append(colour).append("'/>");
        double labelY = node.detail().isEmpty() ? box.cy() + 6 : box.cy() - 1;
        s.append(text(box.cx(), labelY, LABEL_SIZE, "font-weight:700;fill:" + text, node.label(), box.width()));
        if (!node.detail().isEmpty()) {
            s.append(text(box.cx(), box.cy() + 16, DETAIL_SIZE, "fill:" + text, node.detail(), box.width()));
        }
        return s.append("</g>\n").toString();
    }

    /** Centred text, squeezed to the box when it would overflow it. */
    private static String text(double cx, double y, int size, String css, String value, double boxWidth) {
        double room = boxWidth - 10;
        String fit = value.length() * size * 0.56 > room
                ? " textLength='" + n(room) + "' lengthAdjust='spacingAndGlyphs'" : "";
        return "<text x='" + n(cx) + "' y='" + n(y) + "' text-anchor='middle'" + fit + " style='font-size:" + size
                + "px;" + css + "'>" + Html.escape(value) + "</text>";
    }

    private static String edge(Box from, Box to, Diagram.Flow flow, String colour, String idPrefix) {
        String dash = flow == Diagram.Flow.ASYNC ? ";stroke-dasharray:7 5" : "";
        String path;
        if (to.cy() > from.cy()) {
            double midY = (from.bottom() + to.top()) / 2;
            path = "M" + n(from.cx()) + "," + n(from.bottom()) + "C" + n(from.cx()) + "," + n(midY) + " " + n(to.cx())
                    + "," + n(midY) + " " + n(to.cx()) + "," + n(to.top() - 1);
        } else {
            // along a row or upwards: leave from the side and come round into the target's side
            double sign = to.cx() >= from.cx() ? 1 : -1;
            double startX = from.cx() + sign * from.width() / 2;
            double endX = to.cx() - sign * to.width() / 2;
            double bulge = Math.min(from.top(), to.top()) - 24;
            path = "M" + n(startX) + "," + n(from.cy()) + "C" + n(startX + sign * 30) + "," + n(bulge) + " "
                    + n(endX - sign * 30) + "," + n(bulge) + " " + n(endX - sign) + "," + n(to.cy());
        }
        return "<path d='" + path + "' marker-end='url(#" + idPrefix + "-arrow)' style='fill:none;stroke:" + colour
                + ";stroke-width:1.6" + dash + "'/>\n";
    }

    private static String n(double v) {
        return SvgChartRenderer.twoDecimals(v);
    }
}
