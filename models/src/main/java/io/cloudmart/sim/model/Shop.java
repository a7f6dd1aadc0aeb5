package io.cloudmart.sim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ModelFactory;
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
        new OpenLoopLoad(load, simulation, name -> {
            Service service = byName.get(name);
            if (service == null) {
                throw new IllegalArgumentException("no service named " + name);
            }
            return service;
        }).start();
    }
}
