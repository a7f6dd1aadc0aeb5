package io.cloudmart.sim.report;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The look of every chart in a report, as a value: size, fonts, colours and line width.
 *
 * <p>Style is data rather than a global theme (JFreeChart's {@code ChartFactory} keeps a static,
 * mutable one), so two writers with different styles can run side by side and a report looks the
 * same whatever else ran in the JVM.
 *
 * @param width nominal SVG width in px; the page scales the chart to the column width
 * @param height nominal SVG height in px
 * @param fontFamily Java font family used to measure text while laying out the chart
 * @param svgFontFamily CSS font stack written into the SVG for the browser to draw text with; must
 *     not contain a single quote because JFreeSVG writes it inside a single-quoted attribute
 * @param titleSize chart title font size in px
 * @param labelSize axis label font size in px
 * @param tickSize tick label font size in px
 * @param legendSize legend font size in px
 * @param palette line colours in legend order; line {@code i} uses {@code palette[i % size]} and
 *     later cycles are dashed so that more lines than colours stay distinguishable
 * @param text colour of titles and labels
 * @param grid colour of the grid lines and plot outline
 * @param lineWidth stroke width of data lines in px
 */
public record ChartStyle(
        int width,
        int height,
        String fontFamily,
        String svgFontFamily,
        int titleSize,
        int labelSize,
        int tickSize,
        int legendSize,
        List<Color> palette,
        Color text,
        Color grid,
        float lineWidth) {

    /**
     * Ten colours that stay apart for the common forms of colour blindness: the Okabe-Ito set without
     * its yellow, which is unreadable on white, completed with three colours from Paul Tol's palettes.
     */
    public static final List<Color> COLOUR_BLIND_SAFE =
            List.of(
                    new Color(0x0072B2), // blue
                    new Color(0xE69F00), // orange
                    new Color(0x009E73), // bluish green
                    new Color(0xD55E00), // vermillion
                    new Color(0xCC79A7), // reddish purple
                    new Color(0x56B4E9), // sky blue
                    new Color(0x000000), // black
                    new Color(0x882255), // wine
                    new Color(0x999933), // olive
                    new Color(0x777777)); // grey

    /**
     * The house style: 900 x 360 px, system fonts, white background, light grid. Sized to be read from the back of a
     * classroom: the page draws a chart about as wide as its 900 px, so ticks are 14 px and the title 18 px, and lines
     * 2.5 px wide stay apart when a projector softens them.
     */
    public static final ChartStyle DEFAULT =
            new ChartStyle(
                    900,
                    360,
                    "SansSerif",
                    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif",
                    18,
                    15,
                    14,
                    15,
                    COLOUR_BLIND_SAFE,
                    new Color(0x1F2328),
                    new Color(0xDDE1E6),
                    2.5f);

    /** Validates sizes and copies the palette. */
    public ChartStyle {
        if (width < 200 || height < 120) {
            throw new IllegalArgumentException(
                    "chart size " + width + "x" + height + " px is too small (min 200x120)");
        }
        if (titleSize <= 0 || labelSize <= 0 || tickSize <= 0 || legendSize <= 0 || lineWidth <= 0) {
            throw new IllegalArgumentException("font sizes and line width must be positive");
        }
        Objects.requireNonNull(fontFamily, "fontFamily");
        Objects.requireNonNull(svgFontFamily, "svgFontFamily");
        if (svgFontFamily.contains("'") || svgFontFamily.contains("<")) {
            throw new IllegalArgumentException("svgFontFamily must not contain ' or <: " + svgFontFamily);
        }
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("palette must not be empty");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(grid, "grid");
    }

    /** Returns a copy with another nominal size, for example for a wide dashboard chart. */
    public ChartStyle withSize(int newWidth, int newHeight) {
        return new ChartStyle(
                newWidth, newHeight, fontFamily, svgFontFamily, titleSize, labelSize, tickSize,
                legendSize, palette, text, grid, lineWidth);
    }

    /** Returns the colour of the line at {@code index} in legend order. */
    public Color colour(int index) {
        return palette.get(index % palette.size());
    }

    /**
     * Returns the colour of points of {@code tone}: from the same colour-blind-safe set as the palette (Okabe-Ito's
     * bluish green, vermillion, reddish purple and black), and drawn with a shape of their own besides.
     */
    public Color tone(Points.Tone tone) {
        return switch (tone) {
            case GOOD -> new Color(0x009E73);
            case BAD -> new Color(0xD55E00);
            case UNDECIDED -> new Color(0xCC79A7);
            case BROKEN -> new Color(0x000000);
        };
    }

    /** Returns how many times the palette has wrapped before {@code index}; 0 means solid line. */
    public int dashLevel(int index) {
        return index / palette.size();
    }
}
