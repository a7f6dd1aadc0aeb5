package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.control.MetricsServer;

/**
 * Capacity that moves and its bill: per service its start-up and autoscalers, the control plane's
 * flags, the cluster's nodes and the FinOps settings.
 *
 * @param services                per service name, in file order; a service absent here has {@link ServiceCapacitySpec#DEFAULT}
 * @param metricResolutionSeconds metrics-server's scrape period
 * @param hpaController           the HPA controller's flags
 * @param cluster                 the nodes, or null without a {@code cluster} section (room without limit, no bill)
 * @param finops                  currency and budget of the bill ({@link FinopsConfig#DEFAULT} without a
 *                                {@code finops} section); its teams come from the services' labels
 */
public record CapacitySpec(Map<String, ServiceCapacitySpec> services, double metricResolutionSeconds,
                           HpaControllerSettings hpaController, ClusterConfig cluster, FinopsConfig finops) {
    /** Nothing moves: fixed pods, default flags. */
    public static final CapacitySpec NONE = new CapacitySpec(Map.of(), MetricsServer.DEFAULT_RESOLUTION_SECONDS,
            HpaControllerSettings.defaults());

    public CapacitySpec {
        services = Copies.orderedMap(services, "services");
        Objects.requireNonNull(hpaController, "hpaController");
        Objects.requireNonNull(finops, "finops");
    }

    /** Without a cluster: today's unlimited room and no bill. */
    public CapacitySpec(Map<String, ServiceCapacitySpec> services, double metricResolutionSeconds,
                        HpaControllerSettings hpaController) {
        this(services, metricResolutionSeconds, hpaController, null, FinopsConfig.DEFAULT);
    }

    /** The capacity of {@code service}. */
    public ServiceCapacitySpec of(String service) {
        return services.getOrDefault(service, ServiceCapacitySpec.DEFAULT);
    }

    /**
     * True when some service has a HorizontalPodAutoscaler: what the results' {@code autoscaling} block and the
     * per-service table's "HPA min–max" describe. A VPA, the Cluster Autoscaler or Karpenter also run control loops
     * (and journal to {@code events.jsonl}) without one.
     */
    public boolean hasHpas() {
        return services.values().stream().anyMatch(s -> s.hpa() != null);
    }
}
