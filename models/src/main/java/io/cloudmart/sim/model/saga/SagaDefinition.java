package io.cloudmart.sim.model.saga;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An orchestrated saga: its ordered steps and how hard it tries to compensate.
 *
 * <p>Steps must come in the order compensatable*, pivot (at most one), retriable* (Richardson's
 * structure). Without a pivot the saga has no go/no-go point: a failure of any compensatable step
 * aborts it, and retriable steps only follow successful compensatable ones.
 *
 * <p>Compensations are retried with {@code compensationRetry}: the saga pattern says retry them
 * indefinitely and call a human when they keep failing; a simulated saga needs an end, so after
 * {@code compensationRetry.maximumAttempts()} failed attempts of one compensation the saga is
 * STUCK (manual intervention). Default {@link #DEFAULT_COMPENSATION_RETRY}.
 *
 * @param name              saga name, used in metric keys {@code saga.<name>.*}
 * @param steps             1..{@value #MAX_STEPS} steps, names unique
 * @param compensationRetry attempts and back-off for each compensation
 */
public record SagaDefinition(String name, List<SagaStep> steps, RetryPolicy compensationRetry) {
    /** Steps a definition may have (the orchestrator tracks them in a 64-bit mask). */
    public static final int MAX_STEPS = 63;
    /**
     * Ten attempts at Temporal's default intervals (1, 2, 4, … 100 s: about 6 min in all) before a
     * saga is declared stuck [ESTIMATE].
     */
    public static final RetryPolicy DEFAULT_COMPENSATION_RETRY = RetryPolicy.temporal(10);

    public SagaDefinition {
        steps = List.copyOf(steps);
        if (name == null || compensationRetry == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("saga " + name + " needs a name, a compensation retry policy and 1.."
                    + MAX_STEPS + " steps");
        }
        Set<String> names = new HashSet<>();
        StepKind previous = StepKind.COMPENSATABLE;
        for (SagaStep step : steps) {
            if (!names.add(step.name())) {
                throw new IllegalArgumentException("saga " + name + " has two steps named " + step.name());
            }
            boolean secondPivot = step.kind() == StepKind.PIVOT && previous == StepKind.PIVOT;
            if (step.kind().compareTo(previous) < 0 || secondPivot) {
                throw new IllegalArgumentException("saga " + name + ": step " + step.name() + " (" + step.kind()
                        + ") after a " + previous + " step; order must be compensatable*, pivot?, retriable*");
            }
            previous = step.kind();
        }
    }

    /** A saga with the default compensation retry policy. */
    public SagaDefinition(String name, List<SagaStep> steps) {
        this(name, steps, DEFAULT_COMPENSATION_RETRY);
    }

    /** Index of the pivot step, or −1 when there is none. */
    public int pivotIndex() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == StepKind.PIVOT) {
                return i;
            }
        }
        return -1;
    }

    public SagaDefinition withCompensationRetry(RetryPolicy policy) {
        return new SagaDefinition(name, steps, policy);
    }
}
