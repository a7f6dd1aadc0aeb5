package io.cloudmart.sim.scenario.spec;

import java.util.List;

/**
 * One operation a service offers: the program a request runs on the serving pod.
 *
 * @param steps     what a request does, in order; never empty. The file's short form
 *                  {@code work: <distribution>} is a single {@link StepSpec.WorkStep}.
 * @param errorRate probability (in [0, 1]) that a request answers 500 after its steps; default 0
 * @param authorize latency of the Open Policy Agent decision made before the steps, a distribution
 *                  in seconds; null when the endpoint asks OPA nothing (default)
 */
public record EndpointSpec(List<StepSpec> steps, double errorRate, DistributionSpec authorize) {

    /** Error rate used when the file gives none. */
    public static final double DEFAULT_ERROR_RATE = 0.0;

    public EndpointSpec {
        steps = Copies.list(steps, "steps");
    }

    /** The short form: one work step, no errors, no OPA call. */
    public EndpointSpec(DistributionSpec work) {
        this(List.of(new StepSpec.WorkStep(work)), DEFAULT_ERROR_RATE, null);
    }

    /** True when the endpoint is a single work step, written {@code work: …} in the file. */
    public boolean isWorkOnly() {
        return steps.size() == 1 && steps.get(0) instanceof StepSpec.WorkStep;
    }

    /**
     * The CPU time of the first work step, a distribution in seconds: the whole endpoint for the
     * short form. Kept for code written before endpoints had steps.
     *
     * @throws IllegalStateException if the endpoint has no top-level work step
     */
    public DistributionSpec work() {
        for (StepSpec step : steps) {
            if (step instanceof StepSpec.WorkStep w) {
                return w.work();
            }
        }
        throw new IllegalStateException("endpoint has no work step: " + steps);
    }
}
