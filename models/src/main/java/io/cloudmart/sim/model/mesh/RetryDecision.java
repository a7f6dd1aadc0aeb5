package io.cloudmart.sim.model.mesh;

/**
 * What to do after a failed try: retry after a back-off, or answer the caller.
 *
 * @param retry         true: start another try after {@code delaySeconds}; false: answer the caller after
 *                      {@code delaySeconds} with {@code status}
 * @param delaySeconds  seconds from now (&ge; 0)
 * @param status        HTTP status to answer with (0 when retrying)
 * @param responseFlag  Envoy response flag to log with the answer: the failure's own flag, {@code URX}
 *                      (retries exhausted), {@code UO} (retry circuit breaker full) or {@code UT} (route
 *                      timeout); "-" when retrying or for a plain upstream response
 */
public record RetryDecision(boolean retry, double delaySeconds, int status, String responseFlag) {
    static RetryDecision retryAfter(double delaySeconds) {
        return new RetryDecision(true, delaySeconds, 0, "-");
    }

    static RetryDecision answer(int status, String responseFlag, double afterSeconds) {
        return new RetryDecision(false, afterSeconds, status, responseFlag);
    }
}
