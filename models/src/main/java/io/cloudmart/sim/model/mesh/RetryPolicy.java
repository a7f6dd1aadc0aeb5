package io.cloudmart.sim.model.mesh;

/**
 * A VirtualService {@code http[].retries} policy: how many retries a request may make, how long each
 * try may take, which failures are retried and how long to wait in between.
 *
 * <p>Defaults ({@link #istioDefault()}): {@code attempts} 2, so at most 1 + 2 = 3 tries; no
 * {@code perTryTimeout} (a try may use the whole route timeout); {@code retryOn}
 * {@value RetryOn#ISTIO_DEFAULT}; Envoy's back-off with a 25 ms base. Sources: istio/api
 * {@code virtual_service.proto} ({@code HTTPRetry}, "The maximum possible number of requests made will be
 * 1 + attempts", "If 0, retries will be disabled") and {@code mesh/v1alpha1/config.proto}
 * ({@code defaultHttpRetryPolicy}); istio/istio {@code route/retry/retry.go}.
 *
 * @param attempts            retries allowed after the first try (&ge; 0; 0 disables retries)
 * @param perTryTimeoutSeconds limit on one try, seconds; {@code +∞} for none
 * @param retryOn             failures that may be retried
 * @param backoff             wait before each retry
 */
public record RetryPolicy(int attempts, double perTryTimeoutSeconds, RetryOn retryOn, RetryBackoff backoff) {
    /** Istio's mesh-wide default number of retries ({@code defaultHttpRetryPolicy.attempts}). */
    public static final int ISTIO_DEFAULT_ATTEMPTS = 2;
    /** {@code perTryTimeout} unset: a try is bounded by the route timeout only. */
    public static final double NO_TIMEOUT = Double.POSITIVE_INFINITY;

    /** Retries disabled ({@code attempts: 0}): Istio then gives Envoy no retry policy at all. */
    public static final RetryPolicy NONE = new RetryPolicy(0, NO_TIMEOUT, RetryOn.istioDefault(), RetryBackoff.envoyDefault());

    public RetryPolicy {
        if (attempts < 0) {
            throw new IllegalArgumentException("retries.attempts must be >= 0, got " + attempts);
        }
        if (!(perTryTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("retries.perTryTimeout must be > 0 s (or +infinity for none), got " + perTryTimeoutSeconds);
        }
        if (retryOn == null || backoff == null) {
            throw new IllegalArgumentException("a retry policy needs retryOn and backoff");
        }
    }

    /** Istio's default policy, used when a route sets no {@code retries}. */
    public static RetryPolicy istioDefault() {
        return new RetryPolicy(ISTIO_DEFAULT_ATTEMPTS, NO_TIMEOUT, RetryOn.istioDefault(), RetryBackoff.envoyDefault());
    }

    /** The most tries one request can make: 1 + {@code attempts}. */
    public int maxTries() {
        return 1 + attempts;
    }

    /** True if retries are on and {@code result} is retriable under {@link #retryOn()}. */
    public boolean retriable(AttemptResult result) {
        return attempts > 0 && retryOn.retriable(result);
    }

    public RetryPolicy withAttempts(int newAttempts) {
        return new RetryPolicy(newAttempts, perTryTimeoutSeconds, retryOn, backoff);
    }

    public RetryPolicy withPerTryTimeout(double seconds) {
        return new RetryPolicy(attempts, seconds, retryOn, backoff);
    }

    public RetryPolicy withRetryOn(RetryOn newRetryOn) {
        return new RetryPolicy(attempts, perTryTimeoutSeconds, newRetryOn, backoff);
    }

    public RetryPolicy withBackoff(RetryBackoff newBackoff) {
        return new RetryPolicy(attempts, perTryTimeoutSeconds, retryOn, newBackoff);
    }
}
