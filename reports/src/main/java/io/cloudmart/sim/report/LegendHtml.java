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
        for (int i = 0; i < legend.names().size(); i++) {
            String border = style.dashLevel(i) == 0 ? "solid" : "dashed";
            out.append("<span class=\"legend-entry\" data-colour=\"").append(hex(style.colour(i)))
                    .append("\"><span class=\"swatch\" style=\"display:inline-block;width:28px;height:0;"
                            + "vertical-align:middle;margin-right:7px;border-top:4px ")
                    .append(border).append(' ').append(hex(style.colour(i))).append("\"></span>")
                    .append(Html.escape(legend.names().get(i))).append("</span>\n");
        }
        return out.append("</div>\n").toString();
    }

    /** {@code #0072b2}: the colour as CSS and as the charts' SVG write it. */
    static String hex(Color colour) {
        return String.format(Locale.US, "#%06x", colour.getRGB() & 0xFFFFFF);
    }
}
