package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * One local transaction of a saga: a call to a participant, and its compensating call.
 *
 * @param name         the step's name, unique in its saga
 * @param service      the participant service called
 * @param endpoint     the endpoint of that service
 * @param compService  the service of the compensating call; null when the step has none
 * @param compEndpoint the endpoint of the compensating call; null when the step has none
 * @param type         {@code compensatable} (before the pivot), {@code pivot} (exactly one) or
 *                     {@code retriable} (after the pivot)
 */
public record SagaStepSpec(String name, String service, String endpoint, String compService, String compEndpoint,
                           String type) {

    /** A step that can be undone by its compensation. */
    public static final String COMPENSATABLE = "compensatable";
    /** The go/no-go step. */
    public static final String PIVOT = "pivot";
    /** A step after the pivot, retried until it succeeds. */
    public static final String RETRIABLE = "retriable";

    public SagaStepSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(type, "type");
    }

    /** The call as written, {@code service.endpoint}. */
    public String call() {
        return service + "." + endpoint;
    }

    /** The compensation as written, {@code service.endpoint}; null when there is none. */
    public String compensation() {
        return compService == null ? null : compService + "." + compEndpoint;
    }
}
