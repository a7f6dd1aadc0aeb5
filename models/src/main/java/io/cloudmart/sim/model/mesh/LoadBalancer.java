package io.cloudmart.sim.model.mesh;

import java.util.Collection;
import java.util.List;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Picks the upstream host for one request, the way an Envoy sidecar does for a cluster.
 *
 * <p>Only available hosts are considered: hosts ejected by outlier detection are skipped unless the
 * cluster is in <em>panic</em>, that is unless the healthy share of hosts is below the panic threshold,
 * in which case Envoy balances over all hosts, ejected ones included (Envoy architecture overview,
 * "Panic threshold"; default {@value #ENVOY_PANIC_THRESHOLD_PERCENT} %). Istio overrides that threshold
 * with {@code outlierDetection.minHealthPercent} whenever a DestinationRule sets outlier detection
 * (default 0 %, which disables panic; see {@link OutlierDetection#minHealthPercent()}). With no
 * available host the balancer returns {@code null}: the caller answers 503 with flag {@code UH}.
 *
 * <p>Implementations keep their own state (the rotation index) and draw from the stream they were
 * created with; one balancer serves one cluster as seen by one proxy.
 */
public interface LoadBalancer {
    /** Envoy's default {@code healthy_panic_threshold}: balance over all hosts when fewer than 50 % are healthy. */
    double ENVOY_PANIC_THRESHOLD_PERCENT = 50.0;

    /**
     * Istio's {@code HostSelectionRetryMaxAttempts} in its default retry policy (istio/istio
     * {@code pilot/pkg/networking/core/route/retry/retry.go}): how often a retry re-picks to avoid the
     * hosts already tried.
     */
    int ISTIO_HOST_SELECTION_RETRY_MAX_ATTEMPTS = 5;

    /** Envoy LEAST_REQUEST {@code choice_count} default: the two of "power of two choices". */
    int ENVOY_LEAST_REQUEST_CHOICE_COUNT = 2;

    /**
     * The host for the next request, or {@code null} when {@code hosts} is empty or every host is
     * ejected and the cluster is not in panic (503 {@code UH}).
     */
    <H extends Upstream> H choose(List<H> hosts);

    /**
     * The host for a retry, avoiding the hosts already tried the way Envoy's {@code previous_hosts}
     * retry predicate does (Istio's default, {@code retryIgnorePreviousHosts: true}): pick up to
     * {@code maxAttempts} times and keep the first host not in {@code previous}; if every pick was a
     * previous host, the last pick is used anyway.
     */
    default <H extends Upstream> H chooseAvoiding(List<H> hosts, Collection<? extends Upstream> previous,
                                                  int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        H host = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            host = choose(hosts);
            if (host == null || !previous.contains(host)) {
                return host;
            }
        }
        return host;
    }

    /** A balancer with Envoy's default panic threshold ({@value #ENVOY_PANIC_THRESHOLD_PERCENT} %). */
    static LoadBalancer create(LbPolicy policy, RandomStream stream) {
        return create(policy, stream, ENVOY_PANIC_THRESHOLD_PERCENT);
    }

    /**
     * A balancer for {@code policy} drawing from {@code stream} (by convention named
     * {@code <cluster>.lb}).
     *
     * @param panicThresholdPercent in [0, 100]; below this healthy share all hosts are used; 0 disables panic
     */
    static LoadBalancer create(LbPolicy policy, RandomStream stream, double panicThresholdPercent) {
        Candidates candidates = new Candidates(panicThresholdPercent);
        return switch (policy) {
            case ROUND_ROBIN -> new RoundRobinBalancer(stream, candidates);
            case RANDOM -> new RandomBalancer(stream, candidates);
            case LEAST_REQUEST -> new LeastRequestBalancer(stream, candidates, ENVOY_LEAST_REQUEST_CHOICE_COUNT);
        };
    }
}
