package io.cloudmart.sim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ModelFactory;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.OpenLoopLoad;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;

/**
 * The whole shop as one model: its services and the load that drives them. A {@link ModelFactory}
 * for the replication runner; holds only configuration, so it can assemble many replications.
 */
public record Shop(LoadConfig load, List<ServiceConfig> services) implements ModelFactory {
    public Shop {
        services = List.copyOf(services);
    }

    @Override
    public void assemble(Simulation simulation) {
        Map<String, Service> byName = new LinkedHashMap<>();
        for (ServiceConfig config : services) {
            byName.put(config.name(), new Service(config, simulation));
        }
        BiFunction<String, String, CallTarget> direct = (service, endpoint) -> {
            Service target = byName.get(service);
            if (target == null) {
                throw new IllegalArgumentException("no service named " + service);
            }
            return target.target(endpoint);
        };
        byName.values().forEach(service -> service.link(direct));
        new OpenLoopLoad(load, simulation, direct).start();
    }
}
