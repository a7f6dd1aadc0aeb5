package io.cloudmart.sim.model.saga;

import java.util.List;
import java.util.function.Consumer;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;

/**
 * The state machine of one running saga (domain facts 7.3), driven by replies and timers.
 *
 * <p>Forward: steps run in order, one command at a time. A transient failure is retried with the
 * step's policy. At or before the pivot, a business failure, a timeout or exhausted retries abort
 * the saga. After the pivot, any failure (a business failure there breaks the pattern's promise
 * and is treated as transient) is retried, and exhausted retries make the saga STUCK; it is never
 * compensated. Compensating: the steps to undo (committed, or timed out and so possibly
 * committed, and having a compensation) are compensated one at a time in reverse order; a failed
 * compensation is retried with the definition's policy, and exhausting it makes the saga STUCK
 * (the remaining compensations wait for the human who unsticks it).
 *
 * <p>Every call carries a token; a reply is accepted only for the current call, once, so late
 * and duplicate replies cannot move the state machine.
 */
final class SagaInstance {
    private enum Phase { FORWARD, COMPENSATING, DONE }

    final long id;
    final double startTime;
    private final SagaOrchestrator orchestrator;
    private final Simulation simulation;
    private final List<SagaStep> steps;
    private final Consumer<SagaOutcome> onEnd;
    private Phase phase = Phase.FORWARD;
    private int step;
    private int attempt = 1;
    private long toCompensate;
    private int call;
    private EventHandle timeout;
    private double firstCommitTime = Double.NaN;

    SagaInstance(SagaOrchestrator orchestrator, Simulation simulation, long id, Consumer<SagaOutcome> onEnd) {
        this.orchestrator = orchestrator;
        this.simulation = simulation;
        this.steps = orchestrator.definition().steps();
        this.id = id;
        this.startTime = simulation.now();
        this.onEnd = onEnd;
    }

    /** Time of the first confirmed local commit, seconds, or NaN. */
    double firstCommitTime() {
        return firstCommitTime;
    }

    void begin() {
        invokeForward();
    }

    private void invokeForward() {
        SagaStep s = steps.get(step);
        invoke(s.action(), s.timeoutSeconds());
    }

    private void invokeCompensation() {
        SagaStep s = steps.get(step);
        invoke(s.compensation(), s.timeoutSeconds());
    }

    private void invoke(String operation, double timeoutSeconds) {
        Invocation invocation = new Invocation(++call);
        if (!Double.isInfinite(timeoutSeconds)) {
            timeout = simulation.after(timeoutSeconds, orchestrator.timeoutLabel(), invocation);
        }
        orchestrator.executor().execute(operation, invocation);
    }

    /**
     * One call of a step: its timeout's action and its reply's handler in one object, both knowing which call they
     * belong to, so that a late reply or a stale timeout is recognised.
     */
    private final class Invocation implements Runnable, Consumer<StepResult> {
        private final int token;

        Invocation(int token) {
            this.token = token;
        }

        /** The timeout fired. */
        @Override
        public void run() {
            timedOut(token);
        }

        /** The reply arrived. */
        @Override
        public void accept(StepResult result) {
            replied(token, result);
        }
    }

    private void replied(int token, StepResult result) {
        if (token != call || phase == Phase.DONE) {
            orchestrator.metrics().lateReplies.increment();
            return;
        }
        call++;
        if (timeout != null) {
            timeout.cancel();
            timeout = null;
        }
        if (phase == Phase.FORWARD) {
            forwardReply(result);
        } else {
            compensationReply(result == StepResult.SUCCESS);
        }
    }

    private void timedOut(int token) {
        if (token != call || phase == Phase.DONE) {
            return;
        }
        call++;
        timeout = null;
        orchestrator.metrics().timeouts.increment();
        if (phase == Phase.COMPENSATING) {
            compensationReply(false);
            return;
        }
        SagaStep s = steps.get(step);
        if (s.compensation() != null) {
            toCompensate |= 1L << step;
        }
        if (s.kind() == StepKind.RETRIABLE) {
            retryForward();
        } else {
            abort();
        }
    }

    private void forwardReply(StepResult result) {
        SagaStep s = steps.get(step);
        if (result == StepResult.SUCCESS) {
            committed(s);
        } else if (result == StepResult.BUSINESS_FAILURE && s.kind() != StepKind.RETRIABLE) {
            abort();
        } else {
            retryForward();
        }
    }

    private void committed(SagaStep s) {
        if (Double.isNaN(firstCommitTime)) {
            firstCommitTime = simulation.now();
            orchestrator.metrics().inconsistent.add(1);
        }
        if (s.compensation() != null) {
            toCompensate |= 1L << step;
        }
        step++;
        attempt = 1;
        if (step == steps.size()) {
            finish(SagaOutcome.COMMITTED, null);
        } else {
            invokeForward();
        }
    }

    private void retryForward() {
        SagaStep s = steps.get(step);
        if (s.retry().allows(attempt + 1)) {
            attempt++;
            orchestrator.metrics().retries.increment();
            simulation.after(s.retry().delayBeforeAttempt(attempt), orchestrator.retryLabel(), this::invokeForward);
        } else if (s.kind() == StepKind.RETRIABLE) {
            finish(SagaOutcome.STUCK, "retriable step " + s.name() + " failed " + attempt + " times after the pivot");
        } else {
            abort();
        }
    }

    private void abort() {
        phase = Phase.COMPENSATING;
        attempt = 1;
        orchestrator.compensationStarted(this);
        compensateNext();
    }

    private void compensateNext() {
        if (toCompensate == 0) {
            finish(SagaOutcome.COMPENSATED, null);
            return;
        }
        step = 63 - Long.numberOfLeadingZeros(toCompensate);
        invokeCompensation();
    }

    private void compensationReply(boolean succeeded) {
        if (succeeded) {
            toCompensate &= ~(1L << step);
            attempt = 1;
            compensateNext();
            return;
        }
        RetryPolicy policy = orchestrator.definition().compensationRetry();
        if (policy.allows(attempt + 1)) {
            attempt++;
            orchestrator.metrics().compensationRetries.increment();
            simulation.after(policy.delayBeforeAttempt(attempt), orchestrator.retryLabel(), this::invokeCompensation);
        } else {
            finish(SagaOutcome.STUCK, "compensation " + steps.get(step).compensation() + " failed " + attempt + " times");
        }
    }

    /** The step the saga was at (for events). */
    String currentStep() {
        return steps.get(Math.min(step, steps.size() - 1)).name();
    }

    private void finish(SagaOutcome outcome, String detail) {
        phase = Phase.DONE;
        if (timeout != null) {
            timeout.cancel();
            timeout = null;
        }
        orchestrator.ended(this, outcome, detail);
        if (onEnd != null) {
            onEnd.accept(outcome);
        }
    }
}
