package io.cloudmart.sim.scenario.load;

import java.util.List;

/** Builds the shapes of {@link Schema} in the section classes ({@link TopSchema} …). */
final class Declare {
    private Declare() {
    }

    /** A mapping of {@code members}, in documentation order. */
    static Schema.Obj obj(Schema.Member... members) {
        return new Schema.Obj(List.of(members));
    }

    /** A section {@code name} of shape {@code shape}, with its row of the reference. */
    static Schema.Section section(String name, Schema shape, String type, String defaultText, String allowedText) {
        return new Schema.Section(name, shape, type, defaultText, allowedText);
    }

    static Schema.MapOf mapOf(Schema value) {
        return new Schema.MapOf(value);
    }

    static Schema.ListOf listOf(Schema element) {
        return new Schema.ListOf(element);
    }
}
