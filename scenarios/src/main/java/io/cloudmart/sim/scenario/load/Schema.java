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
     * A mapping with a fixed set of members, in documentation order. {@code variants}, when not null, names the
     * members that belong to one value of a choice member (the autoscaler's flags to its {@code type}).
     */
    record Obj(List<Member> members, Variants variants) implements Schema {
        public Obj {
            members = List.copyOf(members);
            if (variants != null) {
                List<String> names = members.stream().map(Member::name).toList();
                if (!members.contains(variants.choice())) {
                    throw new IllegalArgumentException("variants choose by " + variants.choice().name()
                            + ", which is not a member of " + names);
                }
                variants.membersByValue().values().stream().flatMap(List::stream).filter(n -> !names.contains(n))
                        .findFirst().ifPresent(n -> {
                            throw new IllegalArgumentException("variant member " + n + " is not a member of " + names);
                        });
            }
        }

        /** A mapping whose members all apply whatever the others hold. */
        Obj(List<Member> members) {
            this(members, null);
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

    /**
     * Members of an {@link Obj} that belong to one value of its choice field {@code choice}: under each value, the
     * names of the members that apply only with it. They may be written only with that value (the binder says so),
     * and {@code explain} fills in their defaults only then. Members named under no value always apply.
     */
    record Variants(Field<String> choice, Map<String, List<String>> membersByValue) {
        public Variants {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            membersByValue.forEach((value, names) -> copy.put(value, List.copyOf(names)));
            membersByValue = Collections.unmodifiableMap(copy);
        }

        /** The members that apply only when the choice holds {@code value}, in documentation order. */
        List<String> membersOf(String value) {
            return membersByValue.getOrDefault(value, List.of());
        }

        /** Whether member {@code name} applies when the choice holds {@code chosen}. */
        boolean applies(String name, String chosen) {
            for (Map.Entry<String, List<String>> e : membersByValue.entrySet()) {
                if (e.getValue().contains(name)) {
                    return e.getKey().equals(chosen);
                }
            }
            return true;
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
