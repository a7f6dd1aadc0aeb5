package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.cluster.ClusterAutoscaler;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * Puts a shop's control loops in place, in the order they run when due at the same instant: metrics-server over
 * every service, one HPA per autoscaled service (over a Deployment of its first version), its VPA, then, with a cluster,
 * the node autoscaler, the spot market and the bill. Nothing runs when nothing moves and there is no cluster, so
 * a shop with fixed pods costs nothing extra.
 *
 * <p>With a cluster every version of every service gets a Deployment, so pods lost with a node are replaced;
 * without one only the autoscaled services have one.
 */
public final class Autoscaling {
    private Autoscaling() {
    }

    /** Starts the loops {@code config} asks for over {@code services} (by name, in shop order). */
    public static void start(CapacityConfig config, Map<String, Service> services, Simulation simulation) {
        if (!config.anyLoops()) {
            return;
        }
        ControlPlane plane = new ControlPlane(simulation);
        MetricsServer metrics = new MetricsServer(simulation, new ArrayList<>(services.values()),
                config.metricResolutionSeconds());
        plane.add(metrics);
        ClusterConfig cluster = config.cluster();
        ClusterRuntime runtime = cluster == null ? null : new ClusterRuntime(cluster, services, simulation);
        PodPlacer placer = runtime == null ? PodPlacer.UNLIMITED : runtime;
        Map<String, Deployment> deployments = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            boolean scaled = config.hpas().containsKey(name) || config.vpas().containsKey(name);
            List<VersionConfig> versions = service.config().versions();
            for (VersionConfig version : runtime != null ? versions : scaled ? versions.subList(0, 1) : List.<VersionConfig>of()) {
                Deployment deployment = new Deployment(service, version, config.startup(name), placer, simulation);
                deployments.putIfAbsent(name, deployment);
            }
        });
        deployments.forEach((name, deployment) -> {
            HpaSpec spec = config.hpas().get(name);
            if (spec != null) {
                plane.add(new HpaController(deployment, new Hpa(spec, config.hpaController()), metrics, simulation));
            }
        });
        if (!config.vpas().isEmpty()) {
            // in shop order: the config's map has no order, and loops due together run in the order they were added
            Map<String, VpaConfig> vpas = new LinkedHashMap<>();
            deployments.keySet().forEach(name -> {
                if (config.vpas().containsKey(name)) {
                    vpas.put(name, config.vpas().get(name));
                }
            });
            VpaLoops.add(plane, deployments, vpas, metrics, simulation);
        }
        if (runtime != null) {
            startCluster(cluster, config, runtime, plane, new ArrayList<>(services.keySet()), simulation);
        }
    }

    private static void startCluster(ClusterConfig cluster, CapacityConfig config, ClusterRuntime runtime,
                                     ControlPlane plane, List<String> serviceOrder, Simulation simulation) {
        switch (cluster.provisioner()) {
            case NONE -> {
            }
            case CLUSTER_AUTOSCALER -> plane.add(new ClusterAutoscalerLoop(new ClusterAutoscaler(cluster.clusterAutoscaler(),
                    simulation.stream("cluster.expander")), runtime, cluster.pools()));
            case KARPENTER -> plane.add(new KarpenterLoop(cluster.karpenter(), runtime));
        }
        if (cluster.spot().any()) {
            plane.add(new SpotMarket(cluster.spot(), runtime));
        }
        CostMeter meter = new CostMeter(simulation, config.finops(), config.metricResolutionSeconds(), serviceOrder);
        runtime.watch(meter);
        plane.add(meter);
        simulation.onFinish(runtime::summary);
        simulation.onFinish(meter::summary);
    }
}
