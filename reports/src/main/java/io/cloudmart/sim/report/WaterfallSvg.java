package io.cloudmart.sim.report;

import java.util.Locale;

/**
 * Draws a {@link Waterfall} as inline SVG by hand: rows of labelled bars on a shared time axis with a few
 * gridlines and a colour legend. Text takes the page's colour ({@code currentColor}), so it reads in light and
 * dark mode; each bar's tooltip ({@code <title>}) gives its times, with no script.
 */
final class WaterfallSvg {
    private static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 330;
    private static final int RIGHT_PAD = 20;
    private static final int ROW = 18;
    private static final int TOP = 30;
    private static final int LEGEND = 40;
    private static final int TICKS = 5;

    private WaterfallSvg() {
    }

    static String render(Waterfall w, String id) {
        int plotWidth = WIDTH - LABEL_WIDTH - RIGHT_PAD;
        int height = TOP + w.bars().size() * ROW + 30 + LEGEND + 16 * (legendLines(w) - 1);
        double scale = plotWidth / w.end();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(w.title())).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\" fill=\"currentColor\">")
                .append(Html.escape(w.title())).append("</text>\n");
        double step = niceStep(w.end() / TICKS);
        int axisY = TOP + w.bars().size() * ROW;
        for (double t = 0; t <= w.end() * 1.0001; t += step) {
            double x = LABEL_WIDTH + t * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8888\"/>",
                    x, TOP - 4, x, axisY));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"currentColor\">%s</text>%n",
                    x, axisY + 14, number(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"currentColor\">%s</text>%n",
                LABEL_WIDTH + plotWidth / 2, axisY + 28, Html.escape(w.axisLabel())));
        for (int i = 0; i < w.bars().size(); i++) {
            Waterfall.Bar bar = w.bars().get(i);
            int y = TOP + i * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"currentColor\">%s</text>",
                    LABEL_WIDTH - 6, y + 13, Html.escape(cut(bar.label()))));
            double shownStart = Math.min(bar.start(), w.end());
            double x = LABEL_WIDTH + shownStart * scale;
            double width = Math.max(1.5, (Math.min(bar.end(), w.end()) - shownStart) * scale); // an instant still shows
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">",
                    x, y + 3, width, ROW - 5, colour(bar.category())));
            svg.append("<title>").append(Html.escape(bar.label())).append(": ").append(number(bar.start()))
                    .append(" to ").append(number(bar.end())).append(" (")
                    .append(number(bar.end() - bar.start())).append(')')
                    .append(bar.note().isEmpty() ? "" : ", " + Html.escape(bar.note())).append("</title></rect>\n");
            if (bar.end() > w.end() * (1 + 1e-9)) { // it goes on past the axis
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">\u25B8</text>%n",
                        LABEL_WIDTH + plotWidth + 2, y + 13, colour(bar.category())));
            }
        }
        if (!Double.isNaN(w.markAt())) {
            double mx = LABEL_WIDTH + w.markAt() * scale;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"currentColor\""
                    + " stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"end\" fill=\"currentColor\">%s</text>%n",
                    mx, TOP - 4, mx, axisY, mx - 3, TOP - 8, Html.escape(w.markLabel())));
        }
        int legendY = axisY + 44;
        int x = LABEL_WIDTH;
        for (int c = 0; c < w.categories().size(); c++) {
            String name = w.categories().get(c);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" fill=\"currentColor\">%s</text>%n", x, legendY, colour(c), x + 16,
                    legendY + 11, Html.escape(name)));
            x += 24 + name.length() * 7 /* about 7 px a character at 12 px */;
            if (x > WIDTH - 80 && c < w.categories().size() - 1) {
                x = LABEL_WIDTH;
                legendY += 16;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Lines the legend takes, laid out as {@link #render} does. */
    private static int legendLines(Waterfall w) {
        int lines = 1;
        int x = LABEL_WIDTH;
        for (int c = 0; c < w.categories().size(); c++) {
            x += 24 + w.categories().get(c).length() * 7;
            if (x > WIDTH - 80 && c < w.categories().size() - 1) {
                x = LABEL_WIDTH;
                lines++;
            }
        }
        return lines;
    }

    /** Three significant digits at most, no trailing zeros: 0, 0.25, 12.5, 1250. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String cut(String label) {
        return label.length() <= 52 ? label : label.substring(0, 51) + "…";
    }

    private static String colour(int category) {
        java.awt.Color c = ChartStyle.COLOUR_BLIND_SAFE.get(category % ChartStyle.COLOUR_BLIND_SAFE.size());
        return String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
