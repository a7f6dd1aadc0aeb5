package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;

/**
 * How one service's capacity moves: how its pods start and stop, and its HorizontalPodAutoscaler.
 *
 * @param terminationGracePeriodSeconds whole seconds a deleted pod may finish its work
 * @param startup how a new pod becomes Ready
 * @param hpa     its HorizontalPodAutoscaler, or null for a fixed number of pods
 */
public record ServiceCapacitySpec(double terminationGracePeriodSeconds, StartupSpec startup, HpaSpec hpa) {
    /** A service the file says nothing about. */
    public static final ServiceCapacitySpec DEFAULT =
            new ServiceCapacitySpec(ServiceConfig.DEFAULT_GRACE_SECONDS, StartupSpec.defaults(), null);

    public ServiceCapacitySpec {
        Objects.requireNonNull(startup, "startup");
    }
}
