package io.cloudmart.sim.model.service;

import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.Datastore;
import io.cloudmart.sim.model.kafka.Messaging;
import io.cloudmart.sim.model.saga.SagaOrchestrator;

/** Wiring for a service whose programs only compute (the gateway's nodes): every lookup is refused. */
public final class Unwired implements Wiring {
    private final String owner;

    public Unwired(String owner) {
        this.owner = owner;
    }

    private IllegalArgumentException refuse(String what) {
        return new IllegalArgumentException(owner + " uses no " + what);
    }

    @Override
    public CallTarget endpoint(String from, String service, String endpoint) {
        throw refuse("other service");
    }

    @Override
    public Datastore datastore(String name) {
        throw refuse("datastore");
    }

    @Override
    public Cache cache(String name) {
        throw refuse("cache");
    }

    @Override
    public Messaging messaging() {
        throw refuse("Kafka");
    }

    @Override
    public SagaOrchestrator saga(String name) {
        throw refuse("saga");
    }
}
