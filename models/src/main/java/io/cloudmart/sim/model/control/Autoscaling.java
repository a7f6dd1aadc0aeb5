package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.cluster.ClusterAutoscaler;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.analysis.FlaggerAnalysisSpec;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.PodPlacer;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.StartGate;
import io.cloudmart.sim.model.vault.VaultAgents;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * Puts a shop's control loops in place, in the order they run when due at the same instant: metrics-server over
 * every service, one HPA per autoscaled service (over a Deployment of its first version), its VPA, then, with a cluster,
 * the node autoscaler, the spot market and the bill. Nothing runs when nothing moves and there is no cluster, so
 * a shop with fixed pods costs nothing extra.
 *
 * <p>A service with a rollout gets a Deployment per version, which its {@link RolloutLoop} (canary) or
 * {@link BlueGreenLoop} scales; with a Flagger canary, its {@link FlaggerLoop}. An HPA of a canary's service targets
 * the Rollout, as Argo's HPA support has it ({@code scaleTargetRef} kind Rollout): it reads the pods of both versions
 * and writes the Rollout's replicas, which the canary's replica math then splits.
 *
 * <p>With a cluster every version of every service gets a Deployment, so pods lost with a node are replaced;
 * without one only the autoscaled services have one.
 */
public final class Autoscaling {
    private Autoscaling() {
    }

    /**
     * Starts the loops {@code config} asks for over {@code services} (by name, in shop order), the releases, and
     * Argo CD's {@link GitOpsLoop} over them when {@code gitops} is not null.
     */
    public static void start(CapacityConfig config, List<RolloutConfig> rollouts, List<FlaggerConfig> canaries,
                             GitOpsConfig gitops, Map<String, Service> services, ServiceMesh mesh,
                             Simulation simulation) {
        // Vault first: its sidecars renew the leases of the pods a run starts with, even when nothing else moves
        Function<String, StartGate> initGates = config.vault() == null
                ? name -> StartGate.NONE
                : new VaultAgents(config.vault(), services, simulation)::initGate;
        if (!config.anyLoops() && rollouts.isEmpty() && canaries.isEmpty() && gitops == null) {
            return;
        }
        Set<String> gitScaled = gitops == null ? Set.of() : GitOpsLoop.scaledServices(gitops);
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
        canaries.forEach(canary -> rolledOut.add(canary.service()));
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
            boolean one = scaled || gitScaled.contains(name);
            for (VersionConfig version : allVersions ? versions : one ? versions.subList(0, 1) : List.<VersionConfig>of()) {
                Deployment deployment = new Deployment(service, version, config.startup(name), placer, simulation);
                deployment.holdStartsWith(initGates.apply(name));
                deployments.putIfAbsent(name, deployment);
                byVersion.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(version.name(), deployment);
            }
        });
        Releases releases = releases(rollouts, canaries, byVersion, mesh, runtime, simulation);
        Map<String, HpaController> hpaControllers = new LinkedHashMap<>();
        for (Map.Entry<String, Deployment> entry : deployments.entrySet()) {
            HpaSpec spec = config.hpas().get(entry.getKey());
            if (spec != null) {
                RolloutLoop rollout = releases.canaryByService().get(entry.getKey());
                ScaleTarget target = rollout != null ? rollout.scaleTarget() : ScaleTarget.of(entry.getValue());
                HpaController hpa = new HpaController(target, new Hpa(spec, config.hpaController()), metrics, simulation);
                hpaControllers.put(entry.getKey(), hpa);
                plane.add(hpa);
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
        releases.start(plane, simulation);
        if (gitops != null) {
            GitOpsLoop argocd = new GitOpsLoop(gitops, new LiveWorkloads(deployments, hpaControllers,
                    releases.triggers()), simulation);
            simulation.onFinish(end -> argocd.report());
        }
        if (runtime != null) {
            startCluster(cluster, config, runtime, plane, new ArrayList<>(services.keySet()), simulation);
        }
    }

    /**
     * The release loops, built before the HPAs (an HPA of a canary's service targets its Rollout) and put on the plane
     * after them, in the order of the file: the Argo rollouts, then the Flagger canaries.
     *
     * @param loops          every release's loop
     * @param summaries      how each went, for the one {@link RolloutReport}
     * @param triggers       the Argo rollouts' loops by rollout name, for Argo CD to start
     * @param canaryByService the canary rollouts' loops by service, for an HPA to target
     */
    private record Releases(List<ControlLoop> loops, List<DoubleFunction<RolloutSummary>> summaries,
                            Map<String, UpdateTrigger> triggers, Map<String, RolloutLoop> canaryByService) {
        void start(ControlPlane plane, Simulation simulation) {
            if (loops.isEmpty()) {
                return;
            }
            loops.forEach(plane::add);
            simulation.onFinish(end -> new RolloutReport(summaries.stream().map(s -> s.apply(end)).toList()));
        }
    }

    /** One loop per Argo rollout, by its strategy, then one per Flagger canary; {@code runtime} is null without a cluster. */
    private static Releases releases(List<RolloutConfig> rollouts, List<FlaggerConfig> canaries,
                                     Map<String, Map<String, Deployment>> byVersion, ServiceMesh mesh,
                                     ClusterRuntime runtime, Simulation simulation) {
        Releases releases = new Releases(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        for (RolloutConfig rollout : rollouts) {
            Map<String, Deployment> versions = byVersion.get(rollout.service());
            Deployment stable = require(versions, rollout.name(), rollout.service(), rollout.stableVersion());
            Deployment canary = require(versions, rollout.name(), rollout.service(), rollout.canaryVersion());
            ReleaseMeter meter = ReleaseMeter.of(rollout, stable, canary, runtime);
            if (rollout.strategy() == ReleaseStrategy.BLUE_GREEN) {
                BlueGreenLoop loop = new BlueGreenLoop(rollout, stable, canary, mesh, simulation, meter);
                releases.loops().add(loop);
                releases.summaries().add(loop::summary);
                releases.triggers().put(rollout.name(), loop);
            } else {
                RolloutLoop loop = new RolloutLoop(rollout, stable, canary, mesh, simulation, meter);
                releases.loops().add(loop);
                releases.summaries().add(loop::summary);
                releases.triggers().put(rollout.name(), loop);
                releases.canaryByService().put(rollout.service(), loop);
            }
        }
        for (FlaggerConfig canary : canaries) {
            Map<String, Deployment> versions = byVersion.get(canary.service());
            Deployment primary = require(versions, canary.name(), canary.service(), canary.primaryVersion());
            Deployment fresh = require(versions, canary.name(), canary.service(), canary.canaryVersion());
            ReleaseMeter meter = ReleaseMeter.of(primary, fresh, canary.replicas(), FlaggerAnalysisSpec.TOTAL_WEIGHT,
                    runtime);
            FlaggerLoop loop = new FlaggerLoop(canary, primary, fresh, mesh, simulation, meter);
            releases.loops().add(loop);
            releases.summaries().add(loop::summary);
        }
        return releases;
    }

    private static Deployment require(Map<String, Deployment> versions, String release, String service, String version) {
        if (versions == null) {
            throw new IllegalArgumentException("rollout " + release + ": no service named " + service);
        }
        Deployment deployment = versions.get(version);
        if (deployment == null) {
            throw new IllegalArgumentException("rollout " + release + ": service " + service
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
