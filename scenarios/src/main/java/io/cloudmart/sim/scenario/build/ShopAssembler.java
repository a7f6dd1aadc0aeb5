package io.cloudmart.sim.scenario.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.Buckets;
import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.control.CapacityConfig;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.control.VpaConfig;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.VersionConfig;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;

/** Turns a validated scenario into the model ({@link Shop}) and the run settings of replication 0. */
public final class ShopAssembler {
    private ShopAssembler() {
    }

    public static Shop shop(ScenarioSpec spec) {
        List<ServiceConfig> services = new ArrayList<>();
        spec.services().forEach((name, service) -> {
            ServiceConfig config = service(name, service, spec.capacity().of(name).terminationGracePeriodSeconds(), spec);
            // the mesh injects its proxy into every pod, and the proxy's requests count like the app's
            services.add(spec.mesh() == null ? config : config.withSidecar(spec.mesh().proxyRequests()));
        });
        return new Shop(LoadAssembler.load(spec.load()), services, BackendAssembler.backends(spec),
                EdgeAssembler.gateway(spec.gateway(), spec.startTime()), EdgeAssembler.mesh(spec.mesh()),
                capacity(spec), spec.rollouts(), spec.canaries(), spec.gitops());
    }

    /**
     * The autoscalers and start-ups of the services that have them, the control plane's flags, the cluster
     * (null without a {@code cluster} section) and the bill's settings with each labelled service's team.
     */
    static CapacityConfig capacity(ScenarioSpec spec) {
        Map<String, HpaSpec> hpas = new LinkedHashMap<>();
        Map<String, VpaConfig> vpas = new LinkedHashMap<>();
        Map<String, StartupSpec> startups = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        spec.capacity().services().forEach((name, capacity) -> {
            if (capacity.hpa() != null) {
                hpas.put(name, capacity.hpa());
            }
            if (capacity.vpa() != null) {
                vpas.put(name, capacity.vpa());
            }
            if (capacity.team() != null) {
                teams.put(name, capacity.team());
            }
            startups.put(name, capacity.startup());
        });
        FinopsConfig finops = spec.capacity().finops();
        return new CapacityConfig(hpas, startups, spec.capacity().metricResolutionSeconds(),
                spec.capacity().hpaController(), vpas, spec.capacity().cluster(),
                new FinopsConfig(finops.currency(), teams, finops.budget(), finops.basis()), vault(spec.vault()));
    }

    /** The Vault server and the services whose pods use it, or null without a {@code vault} section. */
    static io.cloudmart.sim.model.vault.VaultConfig vault(io.cloudmart.sim.scenario.spec.VaultSpec vault) {
        return vault == null ? null : new io.cloudmart.sim.model.vault.VaultConfig(Distributions.of(vault.latency()),
                BackendAssembler.outages(vault.outages()), vault.leaseTtlSeconds(), vault.authMinBackoffSeconds(),
                vault.authMaxBackoffSeconds(), vault.secrets());
    }

    /**
     * The service's config; with a release, the pods before the update are {@link ScenarioSpec#podsAtStart}'s: Argo's
     * {@code replicas} of the stable version and none of the canary (its ReplicaSet is created when the update
     * starts), or Flagger's {@code replicas} of the primary and none of the canary (scaled to zero at initialisation).
     */
    private static ServiceConfig service(String name, ServiceSpec spec, double graceSeconds, ScenarioSpec scenario) {
        PodShape pod = new PodShape(spec.pod().cpuCores(), spec.pod().memoryMiB(), spec.pod().concurrency(),
                spec.pod().cpuRequestCores(), spec.pod().memoryRequestMiB(), spec.pod().memoryUsage());
        List<VersionConfig> versions = new ArrayList<>();
        spec.versions().forEach((version, v) -> {
            int replicas = scenario.podsAtStart(name, version, v.replicas());
            versions.add(new VersionConfig(version, replicas, v.errorRate(), v.latencyFactor(), v.faults()));
        });
        return new ServiceConfig(name, pod, StepAssembler.endpoints(spec.endpoints()), versions,
                BackendAssembler.outages(spec.outages()), graceSeconds);
    }

    /** Settings of replication 0; the runner derives the others. */
    public static RunSettings settings(ScenarioSpec spec) {
        return new RunSettings(spec.name(), spec.seed(), 0, spec.durationSeconds(), spec.warmupSeconds(),
                Buckets.DEFAULT_WIDTH_SECONDS);
    }

    /** Stage boundaries after t = 0, seconds, for chart markers (none for shapes). */
    public static List<Double> stageStarts(ScenarioSpec spec) {
        List<Double> starts = new ArrayList<>();
        double t = 0;
        List<StageSpec> stages = spec.load().stages();
        for (int i = 0; i < stages.size() - 1; i++) {
            t += stages.get(i).durationSeconds();
            if (t < spec.durationSeconds()) {
                starts.add(t);
            }
        }
        return starts;
    }
}
