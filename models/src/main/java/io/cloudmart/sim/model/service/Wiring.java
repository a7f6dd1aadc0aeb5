package io.cloudmart.sim.model.service;

import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.Datastore;

/**
 * What an endpoint's program can reach, by name: other endpoints, datastores, caches, Kafka topics
 * and sagas.
 * Each method throws {@link IllegalArgumentException} for a name that does not exist.
 */
public interface Wiring {
    /** The target of calls from workload {@code from} to {@code service.endpoint}. */
    CallTarget endpoint(String from, String service, String endpoint);

    Datastore datastore(String name);

    Cache cache(String name);

    /** The shop's Kafka (topics must exist when a program publishes). */
    io.cloudmart.sim.model.kafka.Messaging messaging();

    /** The orchestrator of saga {@code name}. */
    io.cloudmart.sim.model.saga.SagaOrchestrator saga(String name);
}
