package io.cloudmart.sim.model.mesh;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The retry bookkeeping of one request in flight: tries made, the route deadline, the retry slot held
 * in the cluster's retry circuit breaker. Follows Envoy's {@code RetryStateImpl::shouldRetry} order of
 * checks: not retriable → answer with the failure; no retries left → answer with flag {@code URX};
 * {@code maxRetries} circuit breaker full → answer with the failure's own status and flag {@code UO};
 * otherwise retry after the jittered back-off.
 *
 * <p>A full retry circuit breaker does not make a 503 of its own: Envoy's router
 * ({@code source/common/router/router.cc}, {@code RetryStatus::NoOverflow}) only sets the {@code UO}
 * flag and carries on as if no retry were configured, so the upstream's own answer (a 500, a 503)
 * goes downstream, and a try that ended without an answer becomes Envoy's usual local reply: 503 for
 * a connect failure or reset ({@code UF}/{@code UR} beside {@code UO}), 504 for a per-try timeout.
 *
 * <p>The route {@code timeout} bounds the whole request, retries and back-offs included
 * (virtual_service.proto): each try's deadline is the earlier of its {@code perTryTimeout} and the route
 * deadline, and a back-off that would end at or after the route deadline means the caller is answered
 * 504 ({@code UT}) at the deadline, when Envoy's global timer fires.
 *
 * <p>Use: {@link #startTry} for every try (it returns the try's deadline); {@link #routeTimedOut} when a
 * deadline fires (true → answer 504 UT; false → the per-try timeout is a failure); {@link #onFailure}
 * for every failed try; {@link #finish} once the caller has been answered.
 */
public final class RetryState {
    private static final int GATEWAY_TIMEOUT = 504;

    private final RetryPolicy policy;
    private final double routeDeadline;
    private final ConnectionPool pool;
    private int tries;
    private boolean holdingRetrySlot;

    /**
     * @param policy              the route's retry policy
     * @param startTime           when the request reached the proxy, seconds
     * @param routeTimeoutSeconds the route {@code timeout}, seconds; {@code +∞} for none (Istio's default)
     * @param pool                the cluster's pool, whose {@code maxRetries} limits outstanding retries; or null
     */
    public RetryState(RetryPolicy policy, double startTime, double routeTimeoutSeconds, ConnectionPool pool) {
        if (!(routeTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("route timeout must be > 0 s (or +infinity for none), got " + routeTimeoutSeconds);
        }
        this.policy = policy;
        this.routeDeadline = startTime + routeTimeoutSeconds;
        this.pool = pool;
    }

    /** Counts a try starting at {@code now} and returns the absolute time by which it must end, seconds (may be +∞). */
    public double startTry(double now) {
        tries++;
        return Math.min(now + policy.perTryTimeoutSeconds(), routeDeadline);
    }

    /** True once the route deadline has passed: the caller is answered 504 {@code UT} and no retry follows. */
    public boolean routeTimedOut(double now) {
        return now >= routeDeadline;
    }

    /** The absolute route deadline, seconds (+∞ without a route timeout). */
    public double routeDeadline() {
        return routeDeadline;
    }

    /** Tries started so far (the first try included). */
    public int tries() {
        return tries;
    }

    /**
     * Decides what follows the failed try that ended at {@code now} with {@code failure}; back-offs are
     * drawn from {@code stream}.
     */
    public RetryDecision onFailure(AttemptResult failure, double now, RandomStream stream) {
        if (tries < 1) {
            throw new IllegalStateException("onFailure before any try was started");
        }
        releaseRetrySlot();
        if (routeTimedOut(now)) {
            return RetryDecision.answer(GATEWAY_TIMEOUT, "UT", 0);
        }
        if (!policy.retriable(failure)) {
            return RetryDecision.answer(failure.status(), failure.responseFlag(), 0);
        }
        if (tries >= policy.maxTries()) {
            return RetryDecision.answer(failure.status(), "URX", 0);
        }
        if (pool != null && !pool.tryStartRetry()) {
            return RetryDecision.answer(failure.status(), "UO", 0); // the try's own status, not a made-up 503
        }
        holdingRetrySlot = pool != null;
        double delay = policy.backoff().delaySeconds(tries, stream);
        if (now + delay >= routeDeadline) {
            return RetryDecision.answer(GATEWAY_TIMEOUT, "UT", routeDeadline - now);
        }
        return RetryDecision.retryAfter(delay);
    }

    /** The caller has been answered: releases the retry slot still held, if any. Safe to call twice. */
    public void finish() {
        releaseRetrySlot();
    }

    private void releaseRetrySlot() {
        if (holdingRetrySlot) {
            pool.retryFinished();
            holdingRetrySlot = false;
        }
    }
}
