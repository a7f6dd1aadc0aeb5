package io.cloudmart.sim.scenario.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of a scenario file: which fields each section allows, which parts are maps with free
 * keys (service and journey names) and which are lists. One tree serves three purposes: rejecting
 * unknown fields with a "did you mean", checking {@code --set} paths before they touch the
 * document, and fixing the field order of {@link ScenarioYaml}.
 *
 * <p>To add a section (say {@code gateway}), add its fields to {@link #SCENARIO}, write its binder
 * and its record, and write it in {@link ScenarioYaml}.
 */
sealed interface Schema {

    /** A single value (number, text, duration, distribution …). */
    record Scalar() implements Schema {
    }

    /** A mapping with a fixed set of fields, in documentation order. */
    record Obj(Map<String, Schema> fields) implements Schema {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        /** The allowed field names, comma separated, in documentation order. */
        String allowed() {
            return String.join(", ", fields.keySet());
        }
    }

    /** A mapping from names the user chooses to values of one shape. */
    record MapOf(Schema value) implements Schema {
    }

    /** A list of values of one shape. */
    record ListOf(Schema element) implements Schema {
    }

    Schema SCALAR = new Scalar();

    Obj DISTRIBUTION_HOLDER = obj("work", SCALAR);

    Obj POD = obj("cpu", SCALAR, "memory", SCALAR, "concurrency", SCALAR);

    Obj SERVICE = obj("replicas", SCALAR, "pod", POD, "endpoints", new MapOf(DISTRIBUTION_HOLDER));

    Obj STAGE = obj("duration", SCALAR, "rate", SCALAR);

    Obj JOURNEY = obj("weight", SCALAR, "call", SCALAR);

    Obj LOAD = obj("rate", SCALAR, "stages", new ListOf(STAGE), "journeys", new MapOf(JOURNEY));

    /** The whole file. */
    Obj SCENARIO = obj(
            "name", SCALAR,
            "description", SCALAR,
            "seed", SCALAR,
            "duration", SCALAR,
            "warmup", SCALAR,
            "replications", SCALAR,
            "load", LOAD,
            "services", new MapOf(SERVICE));

    /** An {@link Obj} from alternating field names and schemas. */
    private static Obj obj(Object... nameThenSchema) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            fields.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return new Obj(fields);
    }
}
