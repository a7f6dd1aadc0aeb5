package io.cloudmart.sim.scenario.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shape of a scenario file: which fields each section allows and what each holds, which parts
 * are maps with free keys (service and journey names) and which are lists. Every scalar is a
 * {@link Field} declaration and every section a {@link Section} with its row of the reference, so
 * this one tree serves: rejecting unknown fields with a "did you mean", checking {@code --set}
 * paths, binding (the binders read each field through its declaration), the JSON Schema
 * ({@link JsonSchemaExport}) and the tables of {@code docs/scenario-reference.md}.
 *
 * <p>The declarations live by section ({@link TopSchema}, {@link LoadSchema}, {@link ServiceSchema},
 * {@link EdgeSchema}, {@link BackendSchema}); this interface names the shapes others refer to.
 */
sealed interface Schema {

    /** A single value: a {@link Field}. */
    sealed interface Scalar extends Schema permits Field {
    }

    /** A member of a mapping with fixed fields, documented as one row of the reference's table. */
    sealed interface Member permits Field, Section {
        String name();

        /** The type column: "whole number", "section", "map name → service" … */
        String type();

        /** The default column. */
        String defaultText();

        /** The allowed column: range and meaning. */
        String allowedText();
    }

    /**
     * A member that holds more than one value: a mapping, a map or a list, with its row of the
     * reference.
     */
    record Section(String name, Schema shape, String type, String defaultText, String allowedText) implements Member {
    }

    /**
     * A member that belongs to one value of a sibling choice: a Cluster Autoscaler flag only with
     * {@code type: cluster-autoscaler}. The binder refuses it written with another value, and
     * {@code cmsim explain} leaves its default out then, so what it writes loads again.
     *
     * @param field the sibling {@link Field} whose value decides
     * @param value the value the member needs
     */
    record OnlyWith(Field<String> field, String value) {
    }

    /**
     * A mapping with a fixed set of members, in documentation order.
     *
     * @param onlyWith member name to the sibling value it needs; members not named apply always
     */
    record Obj(List<Member> members, Map<String, OnlyWith> onlyWith) implements Schema {
        public Obj {
            members = List.copyOf(members);
            onlyWith = Map.copyOf(onlyWith);
        }

        Obj(List<Member> members) {
            this(members, Map.of());
        }

        /** The same mapping, with {@code names} applying only while {@code field} holds {@code value}. */
        Obj onlyWith(Field<String> field, String value, List<String> names) {
            Map<String, OnlyWith> more = new LinkedHashMap<>(onlyWith);
            for (String name : names) {
                if (!fields().containsKey(name)) {
                    throw new IllegalArgumentException("no member " + name);
                }
                more.put(name, new OnlyWith(field, value));
            }
            return new Obj(members, more);
        }

        /** Member name to its shape (a {@link Field} itself, or a section's shape), in order. */
        Map<String, Schema> fields() {
            Map<String, Schema> fields = new LinkedHashMap<>();
            for (Member member : members) {
                fields.put(member.name(), member instanceof Section section ? section.shape() : (Field<?>) member);
            }
            return Collections.unmodifiableMap(fields);
        }

        /** The allowed field names, comma separated, in documentation order. */
        String allowed() {
            return String.join(", ", fields().keySet());
        }
    }

    /** A mapping from names the user chooses to values of one shape. */
    record MapOf(Schema value) implements Schema {
    }

    /** A list of values of one shape. */
    record ListOf(Schema element) implements Schema {
    }

    /**
     * A value written either as one scalar or as a mapping with the fields of {@code obj}, e.g.
     * {@code call: api.get} or {@code call: {to: api.get, optional: true}}.
     */
    record ScalarOr(Field<?> scalar, Obj obj) implements Schema {
    }

    /** A schema named before it is built, for recursive shapes (a cache step's {@code miss} steps). */
    record Lazy(Supplier<Schema> target) implements Schema {
    }

    /** {@code schema} itself, or the schema a {@link Lazy} stands for. */
    static Schema resolve(Schema schema) {
        return schema instanceof Lazy lazy ? lazy.target().get() : schema;
    }

    /**
     * The whole file, and shapes others refer to. Declared in the section classes, which build
     * their shapes with {@link Declare} rather than with static methods here: calling one of those
     * would start this interface's initialisation, and with it these constants', in the middle of
     * a section class's own.
     */
    Obj SCENARIO = TopSchema.SCENARIO;
    Obj LOAD = LoadSchema.LOAD;
    Obj SHAPE = LoadSchema.SHAPE;
    Obj ENDPOINT = ServiceSchema.ENDPOINT;
    Obj STEP = ServiceSchema.STEP;
    Obj ROUTE = EdgeSchema.ROUTE;
}
