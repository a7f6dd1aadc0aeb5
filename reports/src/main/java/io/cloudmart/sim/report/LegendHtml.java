package io.cloudmart.sim.report;

import java.awt.Color;
import java.util.Locale;

/**
 * Writes a {@link Legend} as a list of swatches: a short line in each entry's chart colour (dashed as the chart dashes
 * it once the palette has wrapped) and its name. Inline styles only, so pages without a legend keep their stylesheet.
 */
final class LegendHtml {

    private LegendHtml() {}

    static String render(Legend legend, ChartStyle style) {
        StringBuilder out = new StringBuilder("<div class=\"legend\" style=\"margin:1.2rem 0;display:flex;"
                + "flex-wrap:wrap;gap:6px 20px;align-items:center\">\n<strong>")
                .append(Html.escape(legend.caption())).append("</strong>\n");
        SvgColours variables = new SvgColours(style);
        for (int i = 0; i < legend.names().size(); i++) {
            String border = style.dashLevel(i) == 0 ? "solid" : "dashed";
            out.append("<span class=\"legend-entry\" data-colour=\"").append(hex(style.colour(i)))
                    .append("\"><span class=\"swatch\" style=\"display:inline-block;width:28px;height:0;"
                            + "vertical-align:middle;margin-right:7px;border-top:4px ")
                    .append(border).append(' ').append(css(style.colour(i), variables)).append("\"></span>")
                    .append(Html.escape(legend.names().get(i))).append("</span>\n");
        }
        return out.append("</div>\n").toString();
    }

    /**
     * The colour through the charts' variable ({@code var(--series-0,#0072b2)}), so a swatch follows the page's dark
     * scheme and print rules as the chart lines it stands for do.
     */
    private static String css(Color colour, SvgColours variables) {
        String name = variables.nameOf(colour);
        return name == null ? hex(colour) : "var(--" + name + "," + hex(colour) + ")";
    }

    /** {@code #0072b2}: the colour as CSS and as the charts' SVG write it. */
    static String hex(Color colour) {
        return String.format(Locale.US, "#%06x", colour.getRGB() & 0xFFFFFF);
    }
}
