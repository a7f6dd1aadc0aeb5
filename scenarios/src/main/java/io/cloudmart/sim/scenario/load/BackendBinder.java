package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.scenario.spec.CacheSpec;
import io.cloudmart.sim.scenario.spec.DatastoreSpec;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.GroupSpec;
import io.cloudmart.sim.scenario.spec.KafkaSpec;
import io.cloudmart.sim.scenario.spec.ProjectionSpec;
import io.cloudmart.sim.scenario.spec.TopicSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds what sits behind the services: {@code datastores} (with pool defaults per kind, from
 * HikariCP and the MongoDB Java driver), {@code caches} and {@code kafka} (topics, consumer groups
 * and CQRS projections).
 */
final class BackendBinder {
    private static final List<String> KINDS = List.of(DatastoreSpec.POSTGRESQL, DatastoreSpec.MONGODB);

    private final Binding b;

    BackendBinder(Binding b) {
        this.b = b;
    }

    Map<String, DatastoreSpec> datastores(Fields root) {
        return b.named(root, "datastores", false, "datastore", Binding.LOCAL_NAME, (f, name) -> datastore(f));
    }

    private DatastoreSpec datastore(Fields f) {
        String kind = f.oneOf("kind", null, KINDS);
        Long connections = f.wholeNumber("maxConnections", (long) DatastoreSpec.defaultMaxConnections(kind), 1,
                Integer.MAX_VALUE);
        Double timeout = f.duration("connectionTimeout", DatastoreSpec.DEFAULT_CONNECTION_TIMEOUT_SECONDS, false);
        Map<String, DistributionSpec> operations = new LinkedHashMap<>();
        Fields ops = b.section(f, "operations");
        f.entries("operations", true, "operation").forEach((op, node) -> {
            b.checkName(ops.pathOf(op), op, "operation", Binding.LOCAL_NAME, Binding.LOCAL_NAME_RULE);
            operations.put(op, b.distribution(ops, op));
        });
        return new DatastoreSpec(kind == null ? "" : kind,
                connections == null ? DatastoreSpec.defaultMaxConnections(kind) : connections.intValue(),
                timeout == null ? Double.NaN : timeout, operations);
    }

    Map<String, CacheSpec> caches(Fields root) {
        return b.named(root, "caches", false, "cache", Binding.LOCAL_NAME, (f, name) -> new CacheSpec(
                b.distribution(f, "roundTrip", CacheSpec.DEFAULT_ROUND_TRIP),
                b.distribution(f, "commandTime", CacheSpec.DEFAULT_COMMAND_TIME),
                OutagesBinder.outages(b, f)));
    }

    KafkaSpec kafka(Fields f) {
        Map<String, TopicSpec> topics = b.named(f, "topics", true, "topic", Binding.LOCAL_NAME, (tf, name) -> topic(tf));
        Map<String, ProjectionSpec> projections = b.named(f, "projections", false, "projection", Binding.LOCAL_NAME,
                (pf, name) -> projection(pf));
        return new KafkaSpec(topics, projections);
    }

    private TopicSpec topic(Fields f) {
        Long partitions = f.wholeNumber("partitions", (long) TopicSpec.DEFAULT_PARTITIONS, 1, Maxima.PARTITIONS);
        DistributionSpec produce = b.distribution(f, "produceLatency", TopicSpec.DEFAULT_PRODUCE_LATENCY);
        Map<String, GroupSpec> groups = b.named(f, "consumers", false, "consumer group", Binding.LOCAL_NAME,
                (gf, name) -> group(gf));
        return new TopicSpec(partitions == null ? TopicSpec.DEFAULT_PARTITIONS : partitions.intValue(), produce, groups);
    }

    private GroupSpec group(Fields f) {
        Long consumers = f.wholeNumber("consumers", (long) GroupSpec.DEFAULT_CONSUMERS, 1, Maxima.CONSUMERS);
        DistributionSpec processing = b.distribution(f, "processing");
        Double fetchMaxWait = f.duration("fetchMaxWait", GroupSpec.DEFAULT_FETCH_MAX_WAIT_SECONDS, true);
        return new GroupSpec(consumers == null ? GroupSpec.DEFAULT_CONSUMERS : consumers.intValue(), processing,
                fetchMaxWait == null ? Double.NaN : fetchMaxWait);
    }

    private ProjectionSpec projection(Fields f) {
        String topic = f.text("topic", null);
        String group = f.text("group", null);
        if (topic != null) {
            b.refs.topic(f.pathOf("topic"), topic);
            if (group != null) {
                b.refs.group(f.pathOf("group"), topic, group);
            }
        }
        return new ProjectionSpec(topic == null ? "" : topic, group == null ? "" : group);
    }
}
