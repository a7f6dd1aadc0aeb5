package io.cloudmart.sim.report;

import java.util.Objects;

/**
 * One labelled value of the fact strip under the report title, for example "seed" / "42".
 *
 * @param label short name of the fact; required
 * @param value preformatted value; required
 */
public record Fact(String label, String value) {

    /** Rejects missing parts early, where the caller can still see which fact was incomplete. */
    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, () -> "value of fact '" + label + "'");
    }
}
