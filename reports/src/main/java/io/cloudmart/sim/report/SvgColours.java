package io.cloudmart.sim.report;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a chart's colours names the page's stylesheet can change: every colour of the chart style that JFreeSVG wrote
 * as {@code rgb(r,g,b)} becomes {@code var(--name,rgb(r,g,b))}, so the page's dark scheme (and its print rules)
 * recolour text, grid, background and lines, while a page without those rules, or a browser without custom
 * properties, shows the colours as drawn.
 *
 * <p>Names: {@code --chart-text}, {@code --chart-grid}, {@code --chart-axis} (the grid's darker shade of axis lines
 * and ticks), {@code --chart-bg} (white: backgrounds, outlines between areas, marker label boxes) and
 * {@code --series-<i>} for palette colour {@code i}; a colour that is several of these keeps the first name. Colours
 * not in the style (none today) stay as they are.
 */
final class SvgColours {
    private static final Pattern RGB = Pattern.compile("rgb\\(\\d{1,3},\\d{1,3},\\d{1,3}\\)");

    private final Map<String, String> names = new LinkedHashMap<>();

    SvgColours(ChartStyle style) {
        name(style.text(), "chart-text");
        name(style.grid(), "chart-grid");
        name(style.grid().darker(), "chart-axis");
        name(Color.WHITE, "chart-bg");
        for (int i = 0; i < style.palette().size(); i++) {
            name(style.palette().get(i), "series-" + i);
        }
    }

    private void name(Color colour, String name) {
        names.putIfAbsent(rgb(colour), name);
    }

    /** The colour as JFreeSVG writes it: {@code rgb(0,114,178)}. */
    static String rgb(Color colour) {
        return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    }

    /** The variable name of {@code colour} without its dashes, or null when the style has no such colour. */
    String nameOf(Color colour) {
        return names.get(rgb(colour));
    }

    /** {@code svg} with each of the style's colours replaced by its variable, the colour as fallback. */
    String apply(String svg) {
        Matcher m = RGB.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + svg.length() / 8);
        while (m.find()) {
            String name = names.get(m.group());
            m.appendReplacement(out, name == null ? m.group() : "var(--" + name + "," + m.group() + ")");
        }
        m.appendTail(out);
        return out.toString();
    }
}
