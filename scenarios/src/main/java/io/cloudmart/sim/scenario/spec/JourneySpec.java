package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A kind of user request: which endpoint it calls, how often it is picked, and the headers it
 * carries.
 *
 * @param weight   relative frequency (dimensionless), {@code > 0}; default 1
 * @param service  name of the service called; exists in {@link ScenarioSpec#services()}
 * @param endpoint name of the endpoint of that service
 * @param headers  HTTP headers sent with every request of the journey (read by mesh route
 *                 matches), name to value in file order; empty by default
 */
public record JourneySpec(double weight, String service, String endpoint, Map<String, String> headers) {

    /** Weight used when the file gives none. */
    public static final double DEFAULT_WEIGHT = 1.0;

    public JourneySpec {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        headers = Copies.orderedMap(headers, "headers");
    }

    /** A journey without headers. */
    public JourneySpec(double weight, String service, String endpoint) {
        this(weight, service, endpoint, Map.of());
    }

    /** The call as written in the file, {@code service.endpoint}. */
    public String call() {
        return service + "." + endpoint;
    }
}
