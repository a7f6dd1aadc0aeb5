package io.cloudmart.sim.model.control;

import java.util.Map;

import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.service.StartupSpec;

/**
 * What moves capacity in a shop: each autoscaled service's HPA and how its new pods start, metrics-server's
 * resolution and the HPA controller's flags.
 *
 * @param hpas                    HPA per service name (services without one keep their pods)
 * @param startups                start-up per service name ({@link StartupSpec#defaults()} for others)
 * @param metricResolutionSeconds metrics-server's scrape period
 * @param hpaController           the HPA controller's flags
 * @param vpas                    VPA per service name
 * @param cluster                 the nodes, or null: room without limit and no bill (as before nodes were modelled)
 * @param finops                  currency, teams and budget of the bill (used with a cluster)
 * @param vault                   the Vault server the listed services' new pods fetch their secrets from before
 *                                they start, or null: no Vault
 */
public record CapacityConfig(Map<String, HpaSpec> hpas, Map<String, StartupSpec> startups,
                             double metricResolutionSeconds, HpaControllerSettings hpaController,
                             Map<String, VpaConfig> vpas, ClusterConfig cluster, FinopsConfig finops,
                             io.cloudmart.sim.model.vault.VaultConfig vault) {
    /** Nothing moves. */
    public static final CapacityConfig NONE = new CapacityConfig(Map.of(), Map.of(),
            MetricsServer.DEFAULT_RESOLUTION_SECONDS, HpaControllerSettings.defaults());

    public CapacityConfig {
        hpas = Map.copyOf(hpas);
        startups = Map.copyOf(startups);
        vpas = Map.copyOf(vpas);
        java.util.Objects.requireNonNull(finops, "finops");
    }

    /** Without Vault. */
    public CapacityConfig(Map<String, HpaSpec> hpas, Map<String, StartupSpec> startups,
                          double metricResolutionSeconds, HpaControllerSettings hpaController,
                          Map<String, VpaConfig> vpas, ClusterConfig cluster, FinopsConfig finops) {
        this(hpas, startups, metricResolutionSeconds, hpaController, vpas, cluster, finops, null);
    }

    /** HPAs only: no VPA, no cluster. */
    public CapacityConfig(Map<String, HpaSpec> hpas, Map<String, StartupSpec> startups,
                          double metricResolutionSeconds, HpaControllerSettings hpaController) {
        this(hpas, startups, metricResolutionSeconds, hpaController, Map.of(), null, FinopsConfig.DEFAULT);
    }

    /** True when something runs control loops: an HPA, a VPA or a cluster (whose bill is metered per period). */
    public boolean anyLoops() {
        return !hpas.isEmpty() || !vpas.isEmpty() || cluster != null;
    }

    public StartupSpec startup(String service) {
        return startups.getOrDefault(service, StartupSpec.defaults());
    }
}
