package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code vault} section: the Vault server the listed services' pods fetch their secrets from.
 *
 * @param latency               one request's latency (a login or one secret read)
 * @param outages               windows in which Vault refuses every request
 * @param leaseTtlSeconds       the TTL of the token and of each secret's lease
 * @param authMinBackoffSeconds the agent's first retry delay after a failed login
 * @param authMaxBackoffSeconds its longest retry delay
 * @param secrets               per service name, in file order, how many secrets its pods fetch
 */
public record VaultSpec(DistributionSpec latency, List<OutageSpec> outages, double leaseTtlSeconds,
                        double authMinBackoffSeconds, double authMaxBackoffSeconds, Map<String, Integer> secrets) {
    /**
     * [ESTIMATE] An HTTPS request to a Vault in the same cluster with integrated (Raft) storage: a few milliseconds;
     * the Kubernetes auth login also asks the API server for a TokenReview, which makes the tail tens of ms.
     */
    public static final String DEFAULT_LATENCY = "lognormal(median=5ms, p99=50ms)";

    public VaultSpec {
        Objects.requireNonNull(latency, "latency");
        outages = List.copyOf(outages);
        secrets = Copies.orderedMap(secrets, "secrets");
    }
}
