package io.cloudmart.sim.scenario.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

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

    /**
     * A value written either as one scalar or as a mapping with the fields of {@code obj}, e.g.
     * {@code call: api.get} or {@code call: {to: api.get, optional: true}}.
     */
    record ScalarOr(Obj obj) implements Schema {
    }

    /** A schema named before it is built, for recursive shapes (a cache step's {@code miss} steps). */
    record Lazy(Supplier<Schema> target) implements Schema {
    }

    /** {@code schema} itself, or the schema a {@link Lazy} stands for. */
    static Schema resolve(Schema schema) {
        return schema instanceof Lazy lazy ? lazy.target().get() : schema;
    }

    Schema SCALAR = new Scalar();

    /** A map from names to scalars: headers, operations, route weights. */
    MapOf SCALARS = new MapOf(SCALAR);

    Obj POD = obj("cpu", SCALAR, "memory", SCALAR, "concurrency", SCALAR);

    /** A call target: {@code service.endpoint} or {@code {to, optional}}. */
    ScalarOr CALL = new ScalarOr(obj("to", SCALAR, "optional", SCALAR));

    /** One step of an endpoint: a mapping with exactly one of these keys. */
    Obj STEP = obj(
            "work", SCALAR,
            "call", CALL,
            "parallel", new ListOf(CALL),
            "query", obj("store", SCALAR, "op", SCALAR),
            "cache", obj("name", SCALAR, "hitRatio", SCALAR, "miss", new ListOf(new Lazy(() -> Schema.STEP))),
            "publish", obj("topic", SCALAR, "key", SCALAR),
            "saga", SCALAR);

    Obj ENDPOINT = obj("work", SCALAR, "steps", new ListOf(STEP), "errorRate", SCALAR, "authorize", SCALAR);

    Obj VERSION = obj("replicas", SCALAR, "errorRate", SCALAR, "latencyFactor", SCALAR);

    Obj OUTAGE = obj("at", SCALAR, "for", SCALAR);

    Obj SERVICE = obj("replicas", SCALAR, "pod", POD, "endpoints", new MapOf(ENDPOINT), "versions", new MapOf(VERSION),
            "outages", new ListOf(OUTAGE));

    Obj STAGE = obj("duration", SCALAR, "rate", SCALAR);

    Obj JOURNEY = obj("weight", SCALAR, "call", SCALAR, "headers", SCALARS);

    Obj SHAPE = obj(
            "startRate", SCALAR,
            "schedule", new ListOf(obj("duration", SCALAR, "rate", SCALAR, "rampTo", SCALAR)),
            "spike", obj("base", SCALAR, "peak", SCALAR, "at", SCALAR, "rampUp", SCALAR, "hold", SCALAR,
                    "rampDown", SCALAR),
            "daily", obj("mean", SCALAR, "amplitude", SCALAR, "period", SCALAR, "peakAt", SCALAR),
            "trace", obj("file", SCALAR, "interval", SCALAR),
            "replay", obj("file", SCALAR));

    Obj CLIENTS = obj("consumers", SCALAR, "bots", obj("share", SCALAR, "ips", SCALAR));

    Obj LOAD = obj("rate", SCALAR, "stages", new ListOf(STAGE), "shape", SHAPE, "scale", SCALAR,
            "clients", CLIENTS, "journeys", new MapOf(JOURNEY));

    Obj RATE_LIMITING = obj("second", SCALAR, "minute", SCALAR, "hour", SCALAR, "day", SCALAR, "month", SCALAR,
            "year", SCALAR, "limit_by", SCALAR, "policy", SCALAR, "fault_tolerant", SCALAR, "error_code", SCALAR);

    Obj GATEWAY = obj(
            "nodes", SCALAR,
            "pod", POD,
            "proxyCpu", SCALAR,
            "plugins", obj("jwt", obj("algorithm", SCALAR), "rate-limiting", RATE_LIMITING,
                    "rate-limiting-advanced", obj("limit", SCALAR, "window_size", SCALAR, "window_type", SCALAR,
                            "identifier", SCALAR, "strategy", SCALAR, "disable_penalty", SCALAR, "error_code", SCALAR)),
            "sharedStoreRoundTrip", SCALAR);

    Obj ROUTE = obj("match", obj("headers", SCALARS, "consumerShare", SCALAR), "destination", SCALAR,
            "destinations", SCALARS);

    Obj MESH_SERVICE = obj(
            "timeout", SCALAR,
            "retries", obj("attempts", SCALAR, "perTryTimeout", SCALAR, "retryOn", SCALAR, "backoff", SCALAR),
            "loadBalancer", SCALAR,
            "connectionPool", obj("maxConnections", SCALAR, "http1MaxPendingRequests", SCALAR,
                    "http2MaxRequests", SCALAR, "maxRetries", SCALAR),
            "outlierDetection", obj("consecutive5xxErrors", SCALAR, "interval", SCALAR, "baseEjectionTime", SCALAR,
                    "maxEjectionPercent", SCALAR),
            "route", new ListOf(ROUTE));

    Obj MESH = obj("sidecar", obj("latency", SCALAR, "idleTimeout", SCALAR), "mtls", SCALAR, "services", new MapOf(MESH_SERVICE));

    Obj DATASTORE = obj("kind", SCALAR, "maxConnections", SCALAR, "connectionTimeout", SCALAR, "operations", SCALARS);

    Obj CACHE = obj("roundTrip", SCALAR, "commandTime", SCALAR, "outages", new ListOf(OUTAGE));

    Obj GROUP = obj("consumers", SCALAR, "processing", SCALAR, "fetchMaxWait", SCALAR);

    Obj KAFKA = obj(
            "topics", new MapOf(obj("partitions", SCALAR, "produceLatency", SCALAR, "consumers", new MapOf(GROUP))),
            "projections", new MapOf(obj("topic", SCALAR, "group", SCALAR)));

    Obj RETRY = obj("attempts", SCALAR, "backoff", SCALAR);

    Obj SAGA = obj(
            "steps", new ListOf(obj("name", SCALAR, "call", SCALAR, "compensation", SCALAR, "type", SCALAR)),
            "stepTimeout", SCALAR,
            "retries", RETRY,
            "compensationRetries", RETRY);

    /** The whole file. */
    Obj SCENARIO = obj(
            "name", SCALAR,
            "description", SCALAR,
            "seed", SCALAR,
            "startTime", SCALAR,
            "duration", SCALAR,
            "warmup", SCALAR,
            "replications", SCALAR,
            "load", LOAD,
            "gateway", GATEWAY,
            "mesh", MESH,
            "services", new MapOf(SERVICE),
            "datastores", new MapOf(DATASTORE),
            "caches", new MapOf(CACHE),
            "kafka", KAFKA,
            "sagas", new MapOf(SAGA));

    /** An {@link Obj} from alternating field names and schemas. */
    private static Obj obj(Object... nameThenSchema) {
        Map<String, Schema> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            fields.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return new Obj(fields);
    }
}
