package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * An Istio VirtualService retry policy.
 *
 * @param attempts             retries after the first try, {@code >= 0} (0 disables); default 2
 * @param perTryTimeoutSeconds timeout of each try, seconds, {@code > 0}; null for none (default)
 * @param retryOn              comma-separated conditions, as written; default
 *                             {@value #DEFAULT_RETRY_ON}
 * @param backoffSeconds       base interval of Envoy's jittered exponential backoff, seconds,
 *                             {@code > 0}; default 25 ms
 */
public record RetriesSpec(int attempts, Double perTryTimeoutSeconds, String retryOn, double backoffSeconds) {

    /** Istio's default attempts. */
    public static final int DEFAULT_ATTEMPTS = 2;
    /** Istio's default {@code retryOn}. */
    public static final String DEFAULT_RETRY_ON = "connect-failure,refused-stream,unavailable,cancelled";
    /** Envoy's default base backoff, seconds. */
    public static final double DEFAULT_BACKOFF_SECONDS = 0.025;
    /** Istio's defaults. */
    public static final RetriesSpec DEFAULT = new RetriesSpec(DEFAULT_ATTEMPTS, null, DEFAULT_RETRY_ON, DEFAULT_BACKOFF_SECONDS);

    public RetriesSpec {
        Objects.requireNonNull(retryOn, "retryOn");
    }
}
