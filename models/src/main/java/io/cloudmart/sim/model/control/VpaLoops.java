package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.service.Deployment;

/**
 * Puts the VPAs of a shop in place: for each, its {@link VpaController} (recommender and admission controller)
 * and, in the modes that evict ({@code Recreate}, {@code Auto}), its {@link VpaUpdaterLoop}, in that order so that
 * an updater due with its recommender sees the fresh recommendation; and, at the finish, one
 * {@link RightSizingReport} over them all attached to the result. Call it once per replication, after the
 * metrics-server loop is added (the VPAs read its samples).
 */
public final class VpaLoops {
    private VpaLoops() {
    }

    /**
     * @param deployments by service name; each VPA's service must have one
     * @param vpas        by service name, in the order the report lists them; empty adds nothing
     * @return the controllers added, in {@code vpas} order
     */
    public static List<VpaController> add(ControlPlane plane, Map<String, Deployment> deployments,
                                          Map<String, VpaConfig> vpas, MetricsServer metrics, Simulation simulation) {
        List<VpaController> controllers = new ArrayList<>();
        vpas.forEach((service, config) -> {
            Deployment deployment = deployments.get(service);
            if (deployment == null) {
                throw new IllegalArgumentException("VPA for service " + service + " has no Deployment to act on");
            }
            VpaController controller = new VpaController(deployment, config, metrics, simulation);
            plane.add(controller);
            if (config.mode().evicts()) {
                plane.add(new VpaUpdaterLoop(controller, simulation));
            }
            controllers.add(controller);
        });
        if (!controllers.isEmpty()) {
            simulation.onFinish(end -> new RightSizingReport(controllers.stream().map(c -> c.rightSizing(end)).toList()));
        }
        return List.copyOf(controllers);
    }
}
