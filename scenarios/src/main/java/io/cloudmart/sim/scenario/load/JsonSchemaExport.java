package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a scenario file, written from the {@link Schema} tree and its
 * {@link Field} declarations, for editors that complete and check YAML ({@code cmsim schema}).
 *
 * <p>It states the canonical form: whole numbers as integers, durations and quantities as text
 * with units. The loader is more forgiving (a number written in quotes is read as a number) and
 * checks what a schema cannot: references between sections, names, and relations such as
 * {@code warmup < duration}.
 */
public final class JsonSchemaExport {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String STEP_REF = "#/$defs/step";
    /** Reads a default as YAML would; one for the whole export (a reader builds two mappers). */
    private static final DocumentReader READER = new DocumentReader();

    private JsonSchemaExport() {
    }

    /** The schema as pretty-printed JSON, ending with a newline. */
    public static String text() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema()) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the JSON Schema", e);
        }
    }

    /** The schema of a whole scenario file. */
    public static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "CloudMart Sim scenario");
        root.put("description", "A scenario file of CloudMart Sim; docs/scenario-reference.md explains every field.");
        root.setAll(of(Schema.SCENARIO));
        // a step is a mapping with exactly one key: what it does
        root.putObject("$defs").set("step", obj(Schema.STEP).put("minProperties", 1).put("maxProperties", 1));
        return root;
    }

    private static ObjectNode of(Schema schema) {
        if (schema instanceof Schema.Lazy || schema == Schema.STEP) {
            return JSON.objectNode().put("$ref", STEP_REF); // the one recursive shape: a cache's miss steps
        }
        if (schema instanceof Field<?> field) {
            return field(field);
        }
        if (schema instanceof Schema.Obj obj) {
            return obj(obj);
        }
        if (schema instanceof Schema.MapOf map) {
            ObjectNode node = JSON.objectNode().put("type", "object");
            node.set("additionalProperties", of(map.value()));
            return node;
        }
        if (schema instanceof Schema.ListOf list) {
            ObjectNode node = JSON.objectNode().put("type", "array");
            node.set("items", of(list.element()));
            return node;
        }
        Schema.ScalarOr either = (Schema.ScalarOr) schema;
        ObjectNode node = JSON.objectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.add(either.scalar().kind().jsonSchema());
        anyOf.add(obj(either.obj()));
        return node;
    }

    private static ObjectNode obj(Schema.Obj obj) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Schema.Member member : obj.members()) {
            ObjectNode property = member instanceof Schema.Section section ? of(section.shape()) : field((Field<?>) member);
            if (member instanceof Schema.Section && !member.allowedText().isEmpty()) {
                property.put("description", member.allowedText());
            }
            properties.set(member.name(), property);
            boolean isRequired = member instanceof Field<?> field ? field.presence() == Field.Presence.REQUIRED
                    : "**required**".equals(member.defaultText());
            if (isRequired) {
                required.add(member.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static <T> ObjectNode field(Field<T> field) {
        ObjectNode node = field.kind().jsonSchema();
        if (!field.allowedText().isEmpty()) {
            node.put("description", field.allowedText());
        }
        if (field.presence() == Field.Presence.DEFAULTED) {
            node.set("default", asWritten(field.kind().format(field.defaultValue())));
        }
        if (!field.mirrors().isEmpty()) {
            node.put("$comment", "mirrors " + field.mirrors());
        }
        return node;
    }

    /** The value YAML reads from {@code text}: {@code 1} a number, {@code 100ms} text, {@code true} a boolean. */
    private static JsonNode asWritten(String text) {
        try {
            return READER.readValue(text);
        } catch (JacksonException e) {
            return JSON.textNode(text);
        }
    }
}
