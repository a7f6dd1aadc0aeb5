package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * A headed part of a report: a heading, an optional introduction, then blocks in order.
 *
 * @param heading section heading; required
 * @param intro introductory text, possibly several paragraphs separated by blank lines;
 *     {@code null} is treated as empty, and an empty intro is not rendered
 * @param blocks paragraphs, tables and charts in display order; {@code null} is treated as empty
 */
public record Section(String heading, String intro, List<Block> blocks) {

    /** Normalises absent parts to empty values and copies the list so the section is immutable. */
    public Section {
        Objects.requireNonNull(heading, "heading");
        intro = intro == null ? "" : intro;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
