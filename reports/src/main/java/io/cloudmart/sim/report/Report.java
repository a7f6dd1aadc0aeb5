package io.cloudmart.sim.report;

import java.util.List;
import java.util.Objects;

/**
 * The root of a report document: what the reader sees, in order, independent of the output format.
 *
 * @param title shown as the page title and main heading; required
 * @param description free text under the title, possibly several paragraphs separated by blank
 *     lines; {@code null} is treated as empty
 * @param facts key/value strip under the title (seed, duration, replications...); {@code null}
 *     is treated as empty
 * @param sections rendered in list order; {@code null} is treated as empty
 * @param banners notices shown in list order between the facts and the first section, for
 *     example that the run stopped early; {@code null} is treated as empty
 */
public record Report(
        String title,
        String description,
        List<Fact> facts,
        List<Section> sections,
        List<Banner> banners) {

    /** Normalises absent parts to empty values and copies the lists so the document is immutable. */
    public Report {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        facts = facts == null ? List.of() : List.copyOf(facts);
        sections = sections == null ? List.of() : List.copyOf(sections);
        banners = banners == null ? List.of() : List.copyOf(banners);
    }

    /** Creates a report without banners, the usual case of a run that went to its end. */
    public Report(String title, String description, List<Fact> facts, List<Section> sections) {
        this(title, description, facts, sections, List.of());
    }
}
