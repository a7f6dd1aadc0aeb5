package io.cloudmart.sim.report;

import java.util.Objects;

/**
 * A notice shown prominently at the top of the page, below the title and facts and above the
 * first section, for something the reader must know before trusting any figure below, for
 * example that the run stopped early.
 *
 * @param heading short lead shown in bold, for example "The run stopped early"; required and not
 *     blank, since a banner without one would read as an ordinary paragraph
 * @param text the explanation, possibly several paragraphs separated by blank lines; required,
 *     may be empty
 */
public record Banner(String heading, String text) {

    /** Rejects an incomplete banner where the caller can still see which one it was. */
    public Banner {
        Objects.requireNonNull(heading, "heading");
        if (heading.isBlank()) {
            throw new IllegalArgumentException("banner heading is blank; text was: " + text);
        }
        Objects.requireNonNull(text, () -> "text of banner '" + heading + "'");
    }
}
