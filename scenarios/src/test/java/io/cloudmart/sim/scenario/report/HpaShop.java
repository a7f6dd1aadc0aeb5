package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ModelFactory;
import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.control.ControlPlane;
import io.cloudmart.sim.model.control.HpaController;
import io.cloudmart.sim.model.control.MetricsServer;
import io.cloudmart.sim.model.datastore.Cache;
import io.cloudmart.sim.model.datastore.Datastore;
import io.cloudmart.sim.model.kafka.Messaging;
import io.cloudmart.sim.model.load.OpenLoopLoad;
import io.cloudmart.sim.model.saga.SagaOrchestrator;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Wiring;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceCapacitySpec;

/**
 * Test stand-in for the assembler's autoscaling wiring, which the simulator does not have yet: services that
 * call nothing, each with a Deployment, metrics-server and, where the scenario gives one, an HPA controller, so
 * the report sees real {@code svc.*.desired} series and real {@code hpa/*} decisions. Nodes are not modelled
 * (every pod is placed at once, image cached), as without a cluster section.
 */
record HpaShop(ScenarioSpec spec) implements ModelFactory {
    @Override
    public void assemble(Simulation simulation) {
        Shop shop = ShopAssembler.shop(spec);
        Map<String, Service> services = new LinkedHashMap<>();
        for (ServiceConfig config : shop.services()) {
            services.put(config.name(), new Service(config, simulation));
        }
        services.values().forEach(service -> service.link(new CallsOnly(services)));
        ControlPlane plane = new ControlPlane(simulation);
        MetricsServer metrics = new MetricsServer(simulation, List.copyOf(services.values()),
                spec.capacity().metricResolutionSeconds());
        plane.add(metrics);
        List<HpaController> controllers = new ArrayList<>();
        services.forEach((name, service) -> {
            ServiceCapacitySpec capacity = spec.capacity().of(name);
            Deployment deployment = new Deployment(service, service.config().versions().get(0), capacity.startup(),
                    PodPlacer.UNLIMITED, simulation);
            if (capacity.hpa() != null) {
                controllers.add(new HpaController(deployment,
                        new Hpa(capacity.hpa(), spec.capacity().hpaController()), metrics, simulation));
            }
        });
        controllers.forEach(plane::add);
        new OpenLoopLoad(shop.load(), simulation, (service, endpoint) -> services.get(service).target(endpoint))
                .start();
    }

    /** Endpoints may call other services; the test scenarios use no backends. */
    private record CallsOnly(Map<String, Service> services) implements Wiring {
        @Override
        public CallTarget endpoint(String from, String service, String endpoint) {
            return services.get(service).target(endpoint);
        }

        @Override
        public Datastore datastore(String name) {
            throw new IllegalArgumentException("no datastores in this test shop: " + name);
        }

        @Override
        public Cache cache(String name) {
            throw new IllegalArgumentException("no caches in this test shop: " + name);
        }

        @Override
        public Messaging messaging() {
            throw new IllegalArgumentException("no Kafka in this test shop");
        }

        @Override
        public SagaOrchestrator saga(String name) {
            throw new IllegalArgumentException("no sagas in this test shop: " + name);
        }
    }
}
