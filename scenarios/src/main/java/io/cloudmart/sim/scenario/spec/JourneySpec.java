package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * A kind of user request: which endpoint it calls, and how often it is picked.
 *
 * @param weight   relative frequency (dimensionless), {@code > 0}; default 1
 * @param service  name of the service called; exists in {@link ScenarioSpec#services()}
 * @param endpoint name of the endpoint of that service
 */
public record JourneySpec(double weight, String service, String endpoint) {

    /** Weight used when the file gives none. */
    public static final double DEFAULT_WEIGHT = 1.0;

    public JourneySpec {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The call as written in the file, {@code service.endpoint}. */
    public String call() {
        return service + "." + endpoint;
    }
}
