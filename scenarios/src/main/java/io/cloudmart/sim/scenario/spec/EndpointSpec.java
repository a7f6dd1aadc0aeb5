package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * One operation a service offers.
 *
 * @param work the CPU time one request needs, a distribution in seconds
 */
public record EndpointSpec(DistributionSpec work) {

    public EndpointSpec {
        Objects.requireNonNull(work, "work");
    }
}
