package io.cloudmart.sim.model.saga;

/**
 * One step of a saga: a local transaction in one participant, sent as the command {@code action},
 * and the command that undoes it, if any.
 *
 * <p><b>Timeout.</b> A participant that does not reply within {@code timeoutSeconds} is treated as
 * failed. Its local transaction may still commit later, so when the saga aborts, the compensation
 * of a step that timed out is run too (it must be safe against a late or absent commit: idempotent
 * or guarded by a semantic lock, microservices.io). A timeout of a compensatable step or of the
 * pivot aborts the saga at once (no retry: the action's outcome is unknown); a timeout of a
 * retriable step or of a compensation counts as a failed attempt and is retried.
 *
 * <p><b>Defaults</b> (factories): no timeout (Temporal and Istio set none by default; set one when
 * replies can be lost), and {@link #DEFAULT_RETRY} for transient failures.
 *
 * @param name           step name, unique in its saga, used in events
 * @param action         the command sent to the participant
 * @param compensation   the command that undoes it, or null (read-only step, retriable step, or a
 *                       pivot that never needs undoing); a pivot's compensation runs only when the
 *                       pivot's outcome is unknown (it timed out) and the saga aborts
 * @param kind           compensatable, pivot or retriable
 * @param timeoutSeconds how long to wait for each reply, seconds, > 0 (infinity: no timeout)
 * @param retry          attempts and back-off on transient failures
 */
public record SagaStep(String name, String action, String compensation, StepKind kind, double timeoutSeconds,
                       RetryPolicy retry) {
    /**
     * Five attempts at Temporal's default intervals (1, 2, 4, 8 s): Temporal's own default is
     * unlimited attempts; five is our cap so that every saga ends [ESTIMATE].
     */
    public static final RetryPolicy DEFAULT_RETRY = RetryPolicy.temporal(5);

    public SagaStep {
        if (name == null || action == null || kind == null || retry == null) {
            throw new IllegalArgumentException("a saga step needs a name, an action, a kind and a retry policy");
        }
        if (kind == StepKind.RETRIABLE && compensation != null) {
            throw new IllegalArgumentException("retriable step " + name + " comes after the pivot and is never compensated;"
                    + " remove compensation " + compensation);
        }
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeout of step " + name + " must be > 0 s, got " + timeoutSeconds);
        }
    }

    /** A step before the pivot; {@code compensation} may be null for a read-only step. */
    public static SagaStep compensatable(String name, String action, String compensation) {
        return new SagaStep(name, action, compensation, StepKind.COMPENSATABLE, Double.POSITIVE_INFINITY, DEFAULT_RETRY);
    }

    /** The go/no-go step. */
    public static SagaStep pivot(String name, String action) {
        return new SagaStep(name, action, null, StepKind.PIVOT, Double.POSITIVE_INFINITY, DEFAULT_RETRY);
    }

    /** A step after the pivot, retried until it succeeds (up to its retry policy). */
    public static SagaStep retriable(String name, String action) {
        return new SagaStep(name, action, null, StepKind.RETRIABLE, Double.POSITIVE_INFINITY, DEFAULT_RETRY);
    }

    public SagaStep withTimeout(double seconds) {
        return new SagaStep(name, action, compensation, kind, seconds, retry);
    }

    public SagaStep withRetry(RetryPolicy policy) {
        return new SagaStep(name, action, compensation, kind, timeoutSeconds, policy);
    }

    public SagaStep withCompensation(String command) {
        return new SagaStep(name, action, command, kind, timeoutSeconds, retry);
    }
}
