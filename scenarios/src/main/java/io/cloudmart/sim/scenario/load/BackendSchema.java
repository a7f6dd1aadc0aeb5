package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.scenario.spec.CacheSpec;
import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.GroupSpec;
import io.cloudmart.sim.scenario.spec.RetrySpec;
import io.cloudmart.sim.scenario.spec.SagaSpec;
import io.cloudmart.sim.scenario.spec.SagaStepSpec;
import io.cloudmart.sim.scenario.spec.TopicSpec;
import java.util.List;

/** The back end: {@code datastores}, {@code caches}, {@code kafka} and {@code sagas}. */
final class BackendSchema {
    // ---------------------------------------------------------------- datastores and caches

    static final Field<String> KIND = Field.required("kind",
            Kind.choice(List.of(DatastoreSpec.POSTGRESQL, DatastoreSpec.MONGODB)), "");
    static final Field<Long> MAX_CONNECTIONS = Field.optional("maxConnections", Kind.whole(1, Integer.MAX_VALUE),
            "`10` for postgresql (HikariCP `maximumPoolSize`), `100` for mongodb (Java driver `maxPoolSize`)",
            "operations the database serves at once, shared by every service that uses it (one pool for the whole"
                    + " shop: think of it as the server's connection capacity)");
    static final Field<Double> CONNECTION_TIMEOUT = Field.of("connectionTimeout", Kind.DURATION,
            DatastoreSpec.DEFAULT_CONNECTION_TIMEOUT_SECONDS, "how long a query waits for a connection before failing")
            .note("(HikariCP `connectionTimeout`)").mirrors("HikariCP connectionTimeout");
    static final Field<DistributionSpec> OPERATION = Field.required("operation", Kind.DISTRIBUTION, "");
    static final Schema.Obj DATASTORE = obj(KIND, MAX_CONNECTIONS, CONNECTION_TIMEOUT,
            section("operations", mapOf(OPERATION), "map name → distribution", "**required**",
                    "at least one; the latency of each operation (domain-facts 8.3 has typical figures)"));

    static final Field<DistributionSpec> ROUND_TRIP = Field.of("roundTrip", Kind.DISTRIBUTION,
            Distributions.builtIn(CacheSpec.DEFAULT_ROUND_TRIP), "network round trip of one command")
            .note("(redis.io: ~200 µs on 1 Gbit/s)");
    static final Field<DistributionSpec> COMMAND_TIME = Field.of("commandTime", Kind.DISTRIBUTION,
            Distributions.builtIn(CacheSpec.DEFAULT_COMMAND_TIME), "server time of one command").note("[ESTIMATE]");
    static final Schema.Obj CACHE = obj(ROUND_TRIP, COMMAND_TIME,
            section("outages", listOf(ServiceSchema.OUTAGE), "list of `{at, for}`", "none", "windows in which the"
                    + " cache is down: reads miss, writes are skipped, and the gateway's `redis` policy falls back to"
                    + " `fault_tolerant`"));

    // ---------------------------------------------------------------- kafka

    static final Field<Long> GROUP_CONSUMERS = Field.of("consumers", Kind.whole(1, Maxima.CONSUMERS),
            (long) GroupSpec.DEFAULT_CONSUMERS, "consumers beyond the partition count sit idle");
    static final Field<DistributionSpec> PROCESSING = Field.required("processing", Kind.DISTRIBUTION,
            "time to process one message");
    static final Field<Double> FETCH_MAX_WAIT = Field.of("fetchMaxWait", Kind.DURATION_OR_ZERO,
            GroupSpec.DEFAULT_FETCH_MAX_WAIT_SECONDS, "").note("(Kafka `fetch.max.wait.ms`)")
            .mirrors("Kafka consumer fetch.max.wait.ms");
    static final Schema.Obj GROUP = obj(GROUP_CONSUMERS, PROCESSING, FETCH_MAX_WAIT);

    static final Field<Long> PARTITIONS = Field.of("partitions", Kind.whole(1, Maxima.PARTITIONS),
            (long) TopicSpec.DEFAULT_PARTITIONS, "").note("[ESTIMATE]");
    static final Field<DistributionSpec> PRODUCE_LATENCY = Field.of("produceLatency", Kind.DISTRIBUTION,
            Distributions.builtIn(TopicSpec.DEFAULT_PRODUCE_LATENCY), "publish until acknowledged")
            .note("(domain-facts 8.1: p99 5 ms end to end)");
    static final Schema.Obj TOPIC = obj(PARTITIONS, PRODUCE_LATENCY,
            section("consumers", mapOf(GROUP), "map name → consumer group", "none", "the groups reading the topic"));

    static final Field<String> PROJECTION_TOPIC = Field.required("topic", Kind.text("topic name", null), "an existing topic");
    static final Field<String> PROJECTION_GROUP = Field.required("group", Kind.text("group name", null),
            "a consumer group of that topic");
    static final Schema.Obj PROJECTION = obj(PROJECTION_TOPIC, PROJECTION_GROUP);

    static final Schema.Obj KAFKA = obj(
            section("topics", mapOf(TOPIC), "map name → topic", "**required**", "at least one"),
            section("projections", mapOf(PROJECTION), "map name → projection", "none", "CQRS read models; each is"
                    + " updated by one consumer group, and its staleness is the delay from publish to processed"));

    // ---------------------------------------------------------------- sagas

    static final Field<String> STEP_NAME = Field.required("name", Kind.text("text", TopSchema.LOCAL_NAME_PATTERN),
            "unique in the saga");
    static final Field<String> STEP_CALL = Field.required("call", LoadSchema.TARGET, "an existing endpoint");
    static final Field<String> COMPENSATION = Field.optional("compensation", LoadSchema.TARGET, "none",
            "only on `compensatable` steps; the semantic undo");
    static final Field<String> TYPE = Field.required("type", Kind.choice(List.of(SagaStepSpec.COMPENSATABLE,
            SagaStepSpec.PIVOT, SagaStepSpec.RETRIABLE)), "`compensatable` (before the pivot), `pivot` (exactly one),"
            + " `retriable` (after the pivot)");
    static final Schema.Obj SAGA_STEP = obj(STEP_NAME, STEP_CALL, COMPENSATION, TYPE);

    /** The two fields of a retry policy, and their mapping. */
    record RetryFields(Field<Long> attempts, Field<Double> backoff) {
        Schema.Obj obj() {
            return Declare.obj(attempts, backoff);
        }
    }

    static final RetryFields RETRIES = retries(SagaSpec.DEFAULT_RETRIES, "");
    static final RetryFields COMPENSATION_RETRIES = retries(SagaSpec.DEFAULT_COMPENSATION_RETRIES, "[ESTIMATE]");
    static final Field<Double> STEP_TIMEOUT = Field.of("stepTimeout", Kind.DURATION, SagaSpec.DEFAULT_STEP_TIMEOUT_SECONDS,
            "a participant that does not answer in time has failed").note("[ESTIMATE]");
    static final Schema.Obj SAGA = obj(
            section("steps", listOf(SAGA_STEP), "list of steps", "**required**",
                    "`1` to `" + Maxima.SAGA_STEPS + "`; exactly one `pivot`"),
            STEP_TIMEOUT,
            section("retries", RETRIES.obj(), "`{attempts, backoff}`", "`{ attempts: 3, backoff: 100ms }`",
                    "retries of transient step failures"),
            section("compensationRetries", COMPENSATION_RETRIES.obj(), "`{attempts, backoff}`",
                    "`{ attempts: 5, backoff: 1s }` [ESTIMATE]", "retries of a failed compensation"));

    private BackendSchema() {
    }

    private static RetryFields retries(RetrySpec defaults, String note) {
        return new RetryFields(Field.of("attempts", Kind.whole(0, 1_000), (long) defaults.attempts(), "").note(note),
                Field.of("backoff", Kind.DURATION_OR_ZERO, defaults.backoffSeconds(), "wait before each retry").note(note));
    }
}
