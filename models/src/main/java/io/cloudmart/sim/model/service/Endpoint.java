package io.cloudmart.sim.model.service;

import java.util.List;

import io.cloudmart.sim.core.random.Distribution;

/**
 * An operation a service offers: a small program run for each request.
 *
 * @param name      endpoint name, unique within its service
 * @param steps     what one request does, in order (at least one step)
 * @param errorRate probability that the endpoint itself answers 500 after running its steps, in [0, 1]
 */
public record Endpoint(String name, List<Step> steps, double errorRate) {
    public Endpoint {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("endpoint " + name + " needs at least one step");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("endpoint " + name + " errorRate must be in [0, 1], got " + errorRate);
        }
    }

    /** An endpoint that only uses CPU: {@code work} seconds per request, never failing. */
    public static Endpoint ofWork(String name, Distribution work) {
        return new Endpoint(name, List.of(new Step.Work(work)), 0.0);
    }
}
