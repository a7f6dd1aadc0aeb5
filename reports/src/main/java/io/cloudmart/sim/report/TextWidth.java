package io.cloudmart.sim.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Measures text the way the chart layout will, before anything is drawn, so that marker labels
 * and legend rows can be planned. Works in a headless JVM.
 */
final class TextWidth {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextWidth() {}

    /** Returns the advance width of {@code text} in {@code font}, in px. */
    static double of(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
