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

    private final Binding b;

    BackendBinder(Binding b) {
        this.b = b;
    }

    Map<String, DatastoreSpec> datastores(Fields root) {
        return b.named(root, "datastores", false, "datastore", Binding.LOCAL_NAME, (f, name) -> datastore(f));
    }

    private DatastoreSpec datastore(Fields f) {
        String kind = b.read(f, BackendSchema.KIND);
        Long connections = b.read(f, BackendSchema.MAX_CONNECTIONS);
        Map<String, DistributionSpec> operations = new LinkedHashMap<>();
        Fields ops = b.section(f, "operations");
        f.entries("operations", true, "operation").forEach((op, node) -> {
            b.checkName(ops.pathOf(op), op, "operation", Binding.LOCAL_NAME, Binding.LOCAL_NAME_RULE);
            operations.put(op, b.readEntry(ops, op, BackendSchema.OPERATION));
        });
        return new DatastoreSpec(kind == null ? "" : kind,
                connections == null ? DatastoreSpec.defaultMaxConnections(kind) : connections.intValue(),
                b.read(f, BackendSchema.CONNECTION_TIMEOUT, Double.NaN), operations);
    }

    Map<String, CacheSpec> caches(Fields root) {
        return b.named(root, "caches", false, "cache", Binding.LOCAL_NAME, (f, name) -> new CacheSpec(
                b.read(f, BackendSchema.ROUND_TRIP), b.read(f, BackendSchema.COMMAND_TIME), OutagesBinder.outages(b, f)));
    }

    KafkaSpec kafka(Fields f) {
        Map<String, TopicSpec> topics = b.named(f, "topics", true, "topic", Binding.LOCAL_NAME, (tf, name) -> topic(tf));
        Map<String, ProjectionSpec> projections = b.named(f, "projections", false, "projection", Binding.LOCAL_NAME,
                (pf, name) -> projection(pf));
        return new KafkaSpec(topics, projections);
    }

    private TopicSpec topic(Fields f) {
        long partitions = b.readOrDefault(f, BackendSchema.PARTITIONS);
        DistributionSpec produce = b.read(f, BackendSchema.PRODUCE_LATENCY);
        Map<String, GroupSpec> groups = b.named(f, "consumers", false, "consumer group", Binding.LOCAL_NAME,
                (gf, name) -> group(gf));
        return new TopicSpec((int) partitions, produce, groups);
    }

    private GroupSpec group(Fields f) {
        return new GroupSpec(b.readOrDefault(f, BackendSchema.GROUP_CONSUMERS).intValue(),
                b.read(f, BackendSchema.PROCESSING), b.read(f, BackendSchema.FETCH_MAX_WAIT, Double.NaN));
    }

    private ProjectionSpec projection(Fields f) {
        String topic = b.read(f, BackendSchema.PROJECTION_TOPIC);
        String group = b.read(f, BackendSchema.PROJECTION_GROUP);
        if (topic != null) {
            b.refs.topic(f.pathOf("topic"), topic);
            if (group != null) {
                b.refs.group(f.pathOf("group"), topic, group);
            }
        }
        return new ProjectionSpec(topic == null ? "" : topic, group == null ? "" : group);
    }
}
