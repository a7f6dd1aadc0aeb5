package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.cluster.ClusterAutoscaler;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutReport;
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
 * <p>A service with a rollout gets a Deployment per version, which its {@link RolloutLoop} scales. An HPA of such a
 * service targets the Rollout, as Argo's HPA support has it ({@code scaleTargetRef} kind Rollout): it reads the pods
 * of both versions and writes the Rollout's replicas, which the canary's replica math then splits.
 *
 * <p>With a cluster every version of every service gets a Deployment, so pods lost with a node are replaced;
 * without one only the autoscaled services have one.
 */
public final class Autoscaling {
    private Autoscaling() {
    }

    /** Starts the loops {@code config} asks for over {@code services} (by name, in shop order), and the rollouts. */
    public static void start(CapacityConfig config, List<RolloutConfig> rollouts, Map<String, Service> services,
                             ServiceMesh mesh, Simulation simulation) {
        if (!config.anyLoops() && rollouts.isEmpty()) {
            return;
        }
        ControlPlane plane = new ControlPlane(simulation);
        // metrics-server only when something reads it: a shop with rollouts alone runs no more than the rollouts
        MetricsServer metrics = null;
        if (config.anyLoops()) {
            metrics = new MetricsServer(simulation, new ArrayList<>(services.values()), config.metricResolutionSeconds());
            plane.add(metrics);
        }
        ClusterConfig cluster = config.cluster();
        ClusterRuntime runtime = cluster == null ? null : new ClusterRuntime(cluster, services, simulation);
        PodPlacer placer = runtime == null ? PodPlacer.UNLIMITED : runtime;
        Set<String> rolledOut = new HashSet<>();
        rollouts.forEach(rollout -> rolledOut.add(rollout.service()));
        Map<String, Deployment> deployments = new LinkedHashMap<>();
        Map<String, Map<String, Deployment>> byVersion = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            boolean scaled = config.hpas().containsKey(name) || config.vpas().containsKey(name);
            if (config.vpas().containsKey(name) && rolledOut.contains(name)) {
                throw new IllegalArgumentException("service " + name + " has a rollout and a VPA; "
                        + "a VPA over a Rollout is not modelled");
            }
            List<VersionConfig> versions = service.config().versions();
            boolean allVersions = runtime != null || rolledOut.contains(name);
            for (VersionConfig version : allVersions ? versions : scaled ? versions.subList(0, 1) : List.<VersionConfig>of()) {
                Deployment deployment = new Deployment(service, version, config.startup(name), placer, simulation);
                deployments.putIfAbsent(name, deployment);
                byVersion.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(version.name(), deployment);
            }
        });
        Map<String, RolloutLoop> rolloutLoops = rolloutLoops(rollouts, byVersion, mesh, simulation);
        for (Map.Entry<String, Deployment> entry : deployments.entrySet()) {
            HpaSpec spec = config.hpas().get(entry.getKey());
            if (spec != null) {
                RolloutLoop rollout = rolloutLoops.get(entry.getKey());
                ScaleTarget target = rollout != null ? rollout.scaleTarget() : ScaleTarget.of(entry.getValue());
                plane.add(new HpaController(target, new Hpa(spec, config.hpaController()), metrics, simulation));
            }
        }
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
        startRollouts(rolloutLoops, plane, simulation);
        if (runtime != null) {
            startCluster(cluster, config, runtime, plane, new ArrayList<>(services.keySet()), simulation);
        }
    }

    /** One loop per rollout, by its service (one Rollout owns a service's pods), not yet on the plane. */
    private static Map<String, RolloutLoop> rolloutLoops(List<RolloutConfig> rollouts,
                                                         Map<String, Map<String, Deployment>> byVersion,
                                                         ServiceMesh mesh, Simulation simulation) {
        Map<String, RolloutLoop> loops = new LinkedHashMap<>();
        for (RolloutConfig rollout : rollouts) {
            Map<String, Deployment> versions = byVersion.get(rollout.service());
            Deployment stable = require(versions, rollout, rollout.stableVersion());
            Deployment canary = require(versions, rollout, rollout.canaryVersion());
            if (loops.put(rollout.service(), new RolloutLoop(rollout, stable, canary, mesh, simulation)) != null) {
                throw new IllegalArgumentException("service " + rollout.service() + " has two rollouts");
            }
        }
        return loops;
    }

    private static void startRollouts(Map<String, RolloutLoop> loops, ControlPlane plane, Simulation simulation) {
        if (loops.isEmpty()) {
            return;
        }
        loops.values().forEach(plane::add);
        List<RolloutLoop> inOrder = List.copyOf(loops.values());
        simulation.onFinish(end -> new RolloutReport(inOrder.stream().map(loop -> loop.summary(end)).toList()));
    }

    private static Deployment require(Map<String, Deployment> versions, RolloutConfig rollout, String version) {
        if (versions == null) {
            throw new IllegalArgumentException("rollout " + rollout.name() + ": no service named " + rollout.service());
        }
        Deployment deployment = versions.get(version);
        if (deployment == null) {
            throw new IllegalArgumentException("rollout " + rollout.name() + ": service " + rollout.service()
                    + " has no version " + version + "; there are " + versions.keySet());
        }
        return deployment;
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
