package io.cloudmart.sim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.control.Autoscaling;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.CacheConfig;
import io.cloudmart.sim.model.datastore.Datastore;
import io.cloudmart.sim.model.datastore.DatastoreConfig;
import io.cloudmart.sim.model.gateway.Gateway;
import io.cloudmart.sim.model.kafka.Messaging;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.saga.BurstRule;
import io.cloudmart.sim.model.saga.SagaDefinition;
import io.cloudmart.sim.model.saga.SagaOrchestrator;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Wiring;

/**
 * The components of one replication, created from a {@link Shop} and linked by name: services call
 * each other directly (kube-proxy picks the pod) or through the mesh, and reach datastores, caches,
 * Kafka and sagas; journeys enter through the gateway when there is one.
 */
final class ShopWiring implements Wiring {
    /** The cache that holds the gateway's shared rate-limit counters under policy {@code redis}. */
    static final String REDIS = "redis";
    /**
     * What the run log calls a compensation burst: 50 sagas compensating within a minute [ESTIMATE],
     * well above the steady trickle of declined payments at classroom loads.
     */
    static final BurstRule COMPENSATION_BURST = new BurstRule(60, 50);

    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Datastore> datastores = new LinkedHashMap<>();
    private final Map<String, Cache> caches = new LinkedHashMap<>();
    private final Gateway gateway;
    private final ServiceMesh mesh;
    private final Messaging messaging;
    private final Map<String, SagaOrchestrator> sagas = new LinkedHashMap<>();

    ShopWiring(Shop shop, Simulation simulation) {
        Backends backends = shop.backends();
        for (DatastoreConfig config : backends.datastores()) {
            datastores.put(config.name(), new Datastore(config, simulation));
        }
        for (CacheConfig config : backends.caches()) {
            caches.put(config.name(), new Cache(config, simulation));
        }
        messaging = new Messaging(backends.topics(), backends.projections(), simulation);
        for (SagaDefinition saga : backends.sagas()) {
            SagaOrchestrator orchestrator = new SagaOrchestrator(simulation, saga, new SagaCalls(saga.name(), this),
                    COMPENSATION_BURST);
            orchestrator.addListener(event -> simulation.log().log("saga." + saga.name(), event.describe()));
            sagas.put(saga.name(), orchestrator);
        }
        for (ServiceConfig config : shop.services()) {
            services.put(config.name(), new Service(config, simulation));
        }
        mesh = shop.mesh() == null ? null
                : new ServiceMesh(shop.mesh(), simulation, services, text -> simulation.log().log("mesh", text));
        services.values().forEach(service -> service.link(this));
        Autoscaling.start(shop.capacity(), shop.rollouts(), shop.canaries(), shop.gitops(), services, mesh, simulation);
        gateway = shop.gateway() == null ? null : new Gateway(shop.gateway(), simulation, caches.get(REDIS));
    }

    /** The mesh, or null when the shop has none; a rollout controller rewrites its route weights. */
    ServiceMesh mesh() {
        return mesh;
    }

    /** The service {@code name}; a rollout controller reads its {@link Service#versionMetrics()}. */
    Service service(String name) {
        return require(services, name, "service");
    }

    /** Where a journey enters: through the gateway when there is one. */
    CallTarget entry(String service, String endpoint) {
        CallTarget direct = endpoint(gateway == null ? "client" : Gateway.NAME, service, endpoint);
        return gateway == null ? direct : gateway.route(service, direct);
    }

    @Override
    public CallTarget endpoint(String from, String service, String endpoint) {
        Service target = require(services, service, "service");
        return mesh == null ? target.target(endpoint) : mesh.target(from, service, endpoint);
    }

    @Override
    public Datastore datastore(String name) {
        return require(datastores, name, "datastore");
    }

    @Override
    public Cache cache(String name) {
        return require(caches, name, "cache");
    }

    @Override
    public Messaging messaging() {
        return messaging;
    }

    @Override
    public SagaOrchestrator saga(String name) {
        return require(sagas, name, "saga");
    }

    private static <T> T require(Map<String, T> byName, String name, String kind) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalArgumentException("no " + kind + " named " + name + "; there are " + byName.keySet());
        }
        return found;
    }
}
