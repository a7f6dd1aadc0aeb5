package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Objects;

/**
 * An orchestrated saga: steps run in order; a failure at or before the pivot compensates the
 * earlier steps in reverse order, steps after the pivot are retried until they succeed.
 *
 * @param steps               the steps in order; compensatable ones, then exactly one pivot, then
 *                            retriable ones
 * @param stepTimeoutSeconds  a participant that does not answer within this time has failed,
 *                            seconds, {@code > 0}; default 5 s [ESTIMATE]
 * @param retries             retries of transient step failures; default 3 after 100 ms
 * @param compensationRetries retries of a failed compensation; default 5 after 1 s [ESTIMATE]
 */
public record SagaSpec(List<SagaStepSpec> steps, double stepTimeoutSeconds, RetrySpec retries,
                       RetrySpec compensationRetries) {

    /** Step timeout when the file gives none, seconds. */
    public static final double DEFAULT_STEP_TIMEOUT_SECONDS = 5.0;
    /** Step retries when the file gives none. */
    public static final RetrySpec DEFAULT_RETRIES = new RetrySpec(3, 0.1);
    /** Compensation retries when the file gives none. */
    public static final RetrySpec DEFAULT_COMPENSATION_RETRIES = new RetrySpec(5, 1.0);

    public SagaSpec {
        steps = Copies.list(steps, "steps");
        Objects.requireNonNull(retries, "retries");
        Objects.requireNonNull(compensationRetries, "compensationRetries");
    }
}
