package io.cloudmart.sim.model;

import java.util.List;

import io.cloudmart.sim.model.datastore.CacheConfig;
import io.cloudmart.sim.model.datastore.DatastoreConfig;
import io.cloudmart.sim.model.kafka.ProjectionConfig;
import io.cloudmart.sim.model.kafka.TopicConfig;
import io.cloudmart.sim.model.saga.SagaDefinition;

/**
 * What the services use besides each other: datastores, caches, Kafka topics (with their consumer
 * groups and CQRS projections) and orchestrated sagas. A saga step's action and compensation are
 * endpoint names written {@code service.endpoint}.
 */
public record Backends(List<DatastoreConfig> datastores, List<CacheConfig> caches, List<TopicConfig> topics,
                       List<ProjectionConfig> projections, List<SagaDefinition> sagas) {
    /** No backends at all. */
    public static final Backends NONE = new Backends(List.of(), List.of(), List.of(), List.of(), List.of());

    public Backends {
        datastores = List.copyOf(datastores);
        caches = List.copyOf(caches);
        topics = List.copyOf(topics);
        projections = List.copyOf(projections);
        sagas = List.copyOf(sagas);
    }

    /** Datastores and caches only. */
    public static Backends of(List<DatastoreConfig> datastores, List<CacheConfig> caches) {
        return new Backends(datastores, caches, List.of(), List.of(), List.of());
    }
}
