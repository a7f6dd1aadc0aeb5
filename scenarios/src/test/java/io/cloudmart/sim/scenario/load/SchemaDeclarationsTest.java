package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The field declarations are whole and agree with themselves: every default is a valid value of its own kind. */
class SchemaDeclarationsTest {

    @Test
    void everyMemberHasAShapeAndNamesAreUniqueInTheirMapping() {
        for (Schema.Obj obj : objs()) {
            Set<String> names = new HashSet<>();
            for (Schema.Member member : obj.members()) {
                assertThat(member).isNotNull();
                assertThat(names.add(member.name())).as("duplicate " + member.name()).isTrue();
                if (member instanceof Schema.Section section) {
                    assertThat(section.shape()).as(section.name()).isNotNull();
                }
                assertThat(member.type()).as(member.name()).isNotBlank();
            }
        }
    }

    @Test
    void everyDefaultReadsBackAsItselfThroughItsOwnKind() throws Exception {
        for (Field<?> field : fields()) {
            if (field.presence() == Field.Presence.DEFAULTED) {
                assertThat(readBack(field)).as(field.name() + " = " + field.defaultText()).isEqualTo(field.defaultValue());
            }
        }
    }

    /** Writes the default as a scenario would, reads it through the field's kind, and returns what was read. */
    private static <T> T readBack(Field<T> field) throws com.fasterxml.jackson.core.JacksonException {
        Problems problems = new Problems("declarations");
        Binding binding = new Binding(problems, new Distributions(new EmpiricalSamples(null, "declarations")),
                new EmpiricalSamples(null, "declarations"));
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(field.name(), new DocumentReader().readValue(field.kind().format(field.defaultValue())));
        T value = field.kind().read(binding, Fields.of(node, "", problems), field.name(), null);
        assertThat(problems.hasIssues()).as(field.name() + ": " + problems.sorted()).isFalse();
        return value;
    }

    static List<Schema.Obj> objs() {
        List<Schema.Obj> found = new ArrayList<>();
        collect(Schema.SCENARIO, found, new IdentityHashMap<>());
        return found;
    }

    static List<Field<?>> fields() {
        List<Field<?>> fields = new ArrayList<>();
        for (Schema.Obj obj : objs()) {
            obj.members().stream().filter(m -> m instanceof Field<?>).forEach(m -> fields.add((Field<?>) m));
        }
        return fields;
    }

    private static void collect(Schema schema, List<Schema.Obj> found, Map<Schema, Boolean> seen) {
        schema = Schema.resolve(schema);
        if (seen.put(schema, true) != null) {
            return;
        }
        if (schema instanceof Schema.Obj obj) {
            found.add(obj);
            obj.fields().values().forEach(child -> collect(child, found, seen));
        } else if (schema instanceof Schema.MapOf map) {
            collect(map.value(), found, seen);
        } else if (schema instanceof Schema.ListOf list) {
            collect(list.element(), found, seen);
        } else if (schema instanceof Schema.ScalarOr either) {
            collect(either.obj(), found, seen);
        }
    }
}
