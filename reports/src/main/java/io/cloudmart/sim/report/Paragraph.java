package io.cloudmart.sim.report;

import java.util.Objects;

/**
 * Plain explanatory text. Blank lines separate paragraphs and single line breaks are kept, so
 * text written in a scenario file keeps its shape; no markup is interpreted.
 *
 * @param text the text; required
 */
public record Paragraph(String text) implements Block {

    /** Rejects a missing text early rather than rendering an empty paragraph. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
