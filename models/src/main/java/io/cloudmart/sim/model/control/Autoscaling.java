package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.Service;

/**
 * Puts a shop's control loops in place: metrics-server over every service, then one HPA per autoscaled
 * service over a Deployment of its first version. Nothing runs when no service has an HPA, so a shop
 * with fixed pods costs nothing extra.
 */
public final class Autoscaling {
    private Autoscaling() {
    }

    /** Starts the loops {@code config} asks for over {@code services} (by name, in shop order). */
    public static void start(CapacityConfig config, Map<String, Service> services, PodPlacer placer,
                             Simulation simulation) {
        if (config.hpas().isEmpty()) {
            return;
        }
        ControlPlane plane = new ControlPlane(simulation);
        MetricsServer metrics = new MetricsServer(simulation, new ArrayList<>(services.values()),
                config.metricResolutionSeconds());
        plane.add(metrics);
        List<String> names = new ArrayList<>(services.keySet());
        for (String name : names) {
            HpaSpec spec = config.hpas().get(name);
            if (spec == null) {
                continue;
            }
            Service service = services.get(name);
            Deployment deployment = new Deployment(service, service.config().versions().get(0), config.startup(name),
                    placer, simulation);
            plane.add(new HpaController(deployment, new Hpa(spec, config.hpaController()), metrics, simulation));
        }
    }
}
