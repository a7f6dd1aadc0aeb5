package io.cloudmart.sim.scenario.load;

import java.util.Objects;

/**
 * One scalar field of a scenario file, declared once: its name, what it holds ({@link Kind}: the
 * type, the range, how it is read), whether it is required or its default, one line for the
 * reference, and the field of the real tool it mirrors. The schema tree ({@link Schema}) is made
 * of these, so the same declaration drives the unknown-field check, {@code --set} paths, binding,
 * the JSON Schema ({@code cmsim schema}) and the tables of {@code docs/scenario-reference.md}.
 *
 * @param name         the field's name as written in the file
 * @param kind         what it holds
 * @param presence     required, with a default, or optional (absent means "none")
 * @param defaultValue the value when absent ({@link Presence#DEFAULTED}); null otherwise
 * @param defaultNote  what the reference says after the default: its source
 *                     ({@code (Kong schema.lua)}, {@code [ESTIMATE]}), or, for an optional field,
 *                     what absence means ({@code none: no timeout}); may be empty
 * @param doc          what the field means, one line for the reference (after its range); may be empty
 * @param mirrors      the real tool's field it mirrors ({@code Deployment spec.replicas}); empty for our own
 */
public record Field<T>(String name, Kind<T> kind, Presence presence, T defaultValue, String defaultNote, String doc,
                       String mirrors) implements Schema.Scalar, Schema.Member {

    /** Whether the field must be written. */
    public enum Presence {
        /** Must be written. */
        REQUIRED,
        /** Takes {@link #defaultValue()} when absent. */
        DEFAULTED,
        /** May be left out; then there is none (no timeout, no limit). */
        OPTIONAL
    }

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(presence, "presence");
        if ((presence == Presence.DEFAULTED) != (defaultValue != null)) {
            throw new IllegalArgumentException("field " + name + ": a default exactly when DEFAULTED");
        }
        defaultNote = defaultNote == null ? "" : defaultNote;
        doc = doc == null ? "" : doc;
        mirrors = mirrors == null ? "" : mirrors;
    }

    /** A field that must be written. */
    static <T> Field<T> required(String name, Kind<T> kind, String doc) {
        return new Field<>(name, kind, Presence.REQUIRED, null, "", doc, "");
    }

    /** A field that takes {@code defaultValue} when absent. */
    static <T> Field<T> of(String name, Kind<T> kind, T defaultValue, String doc) {
        return new Field<>(name, kind, Presence.DEFAULTED, defaultValue, "", doc, "");
    }

    /** A field that may be left out; {@code absentMeans} says what that means ("none: no timeout"). */
    static <T> Field<T> optional(String name, Kind<T> kind, String absentMeans, String doc) {
        return new Field<>(name, kind, Presence.OPTIONAL, null, absentMeans, doc, "");
    }

    /** The same field with {@code note} after its default in the reference (its source, or "[ESTIMATE]"). */
    Field<T> note(String note) {
        return new Field<>(name, kind, presence, defaultValue, note, doc, mirrors);
    }

    /** The same field, saying which field of the real tool it mirrors. */
    Field<T> mirrors(String realField) {
        return new Field<>(name, kind, presence, defaultValue, defaultNote, doc, realField);
    }

    @Override
    public String type() {
        return kind.type();
    }

    /** The default as the reference writes it: {@code **required**}, {@code `1` (Kong schema.lua)}, or what absence means. */
    @Override
    public String defaultText() {
        return switch (presence) {
            case REQUIRED -> "**required**";
            case OPTIONAL -> defaultNote;
            case DEFAULTED -> "`" + kind.format(defaultValue) + "`" + (defaultNote.isEmpty() ? "" : " " + defaultNote);
        };
    }

    /** What is allowed, as the reference writes it: the kind's range, then the description. */
    @Override
    public String allowedText() {
        String range = kind.range();
        if (range.isEmpty() || doc.isEmpty()) {
            return range + doc;
        }
        return range + "; " + doc;
    }
}
