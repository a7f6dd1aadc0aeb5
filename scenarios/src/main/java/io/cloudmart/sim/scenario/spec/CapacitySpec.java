package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.control.MetricsServer;

/**
 * Capacity that moves: per service its start-up and autoscaler, and the control plane's flags.
 *
 * @param services                per service name, in file order; a service absent here has {@link ServiceCapacitySpec#DEFAULT}
 * @param metricResolutionSeconds metrics-server's scrape period
 * @param hpaController           the HPA controller's flags
 */
public record CapacitySpec(Map<String, ServiceCapacitySpec> services, double metricResolutionSeconds,
                           HpaControllerSettings hpaController) {
    /** Nothing moves: fixed pods, default flags. */
    public static final CapacitySpec NONE = new CapacitySpec(Map.of(), MetricsServer.DEFAULT_RESOLUTION_SECONDS,
            HpaControllerSettings.defaults());

    public CapacitySpec {
        services = Copies.orderedMap(services, "services");
        Objects.requireNonNull(hpaController, "hpaController");
    }

    /** The capacity of {@code service}. */
    public ServiceCapacitySpec of(String service) {
        return services.getOrDefault(service, ServiceCapacitySpec.DEFAULT);
    }

    /** True when some service has an autoscaler, so control loops run. */
    public boolean hasAutoscalers() {
        return services.values().stream().anyMatch(s -> s.hpa() != null);
    }
}
