package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.control.VpaConfig;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;

/**
 * How one service's capacity moves and who pays for it: how its pods start and stop, its
 * HorizontalPodAutoscaler and VerticalPodAutoscaler, and its labels (OpenCost aggregates by {@code team}).
 *
 * @param terminationGracePeriodSeconds whole seconds a deleted pod may finish its work
 * @param startup how a new pod becomes Ready
 * @param hpa     its HorizontalPodAutoscaler, or null for a fixed number of pods
 * @param vpa     its VerticalPodAutoscaler, or null for none
 * @param labels  its labels, in file order (the pods' and the Deployment's)
 */
public record ServiceCapacitySpec(double terminationGracePeriodSeconds, StartupSpec startup, HpaSpec hpa, VpaConfig vpa,
                                  Map<String, String> labels) {
    /** The label OpenCost aggregates teams by. */
    public static final String TEAM_LABEL = "team";

    /** A service the file says nothing about. */
    public static final ServiceCapacitySpec DEFAULT =
            new ServiceCapacitySpec(ServiceConfig.DEFAULT_GRACE_SECONDS, StartupSpec.defaults(), null);

    public ServiceCapacitySpec {
        Objects.requireNonNull(startup, "startup");
        labels = Copies.orderedMap(labels, "labels");
    }

    /** Without VPA or labels. */
    public ServiceCapacitySpec(double terminationGracePeriodSeconds, StartupSpec startup, HpaSpec hpa) {
        this(terminationGracePeriodSeconds, startup, hpa, null, Map.of());
    }

    /** Its {@code team} label, or null. */
    public String team() {
        return labels.get(TEAM_LABEL);
    }
}
