package io.cloudmart.sim.model.vault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.model.service.Outage;

/**
 * The Vault server the shop's pods fetch their secrets from, and which services' pods do.
 *
 * <p>A service listed in {@code secrets} has the Vault Agent Injector's annotations
 * ({@code vault.hashicorp.com/agent-inject: "true"} and one {@code agent-inject-secret-<name>} per secret): its new
 * pods run the {@code vault-agent-init} init container, which logs in (Kubernetes auth) and reads each secret before
 * the app containers start, and the agent sidecar keeps the leases renewed.
 *
 * @param latency               how long one request to Vault takes when it is up, seconds
 * @param outages               windows in which Vault refuses every request
 * @param leaseTtlSeconds       the TTL of the token and of each secret's lease, &gt; 0
 *                              ({@value #DEFAULT_LEASE_TTL_SECONDS} s = 768 h: [DEFAULT] Vault's {@code default_lease_ttl})
 * @param authMinBackoffSeconds the agent's first retry delay after a failed login, &gt; 0
 *                              ({@value #DEFAULT_AUTH_MIN_BACKOFF_SECONDS} s: [DEFAULT] Vault
 *                              {@code command/agentproxyshared/auth/auth.go} {@code defaultMinBackoff}; the injector's
 *                              annotation {@code vault.hashicorp.com/auth-min-backoff})
 * @param authMaxBackoffSeconds the longest retry delay, ≥ {@code authMinBackoffSeconds}
 *                              ({@value #DEFAULT_AUTH_MAX_BACKOFF_SECONDS} s: [DEFAULT] {@code defaultMaxBackoff};
 *                              annotation {@code vault.hashicorp.com/auth-max-backoff})
 * @param secrets               per service name (in shop order), how many secrets its pods fetch, each ≥ 1
 */
public record VaultConfig(Distribution latency, List<Outage> outages, double leaseTtlSeconds,
                          double authMinBackoffSeconds, double authMaxBackoffSeconds, Map<String, Integer> secrets) {
    public static final double DEFAULT_LEASE_TTL_SECONDS = 768 * 3600;
    public static final double DEFAULT_AUTH_MIN_BACKOFF_SECONDS = 1;
    public static final double DEFAULT_AUTH_MAX_BACKOFF_SECONDS = 300;

    public VaultConfig {
        Objects.requireNonNull(latency, "latency");
        outages = List.copyOf(outages);
        if (!(leaseTtlSeconds > 0) || Double.isInfinite(leaseTtlSeconds)) {
            throw new IllegalArgumentException("the lease TTL must be finite and > 0 s");
        }
        if (!(authMinBackoffSeconds > 0) || !(authMaxBackoffSeconds >= authMinBackoffSeconds)
                || Double.isInfinite(authMaxBackoffSeconds)) {
            throw new IllegalArgumentException("the auth back-off needs 0 < min <= max, finite"
                    + " (Vault: min_backoff cannot be greater than max_backoff)");
        }
        secrets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        secrets.forEach((service, count) -> {
            if (count == null || count < 1) {
                throw new IllegalArgumentException("service " + service + " fetches no secret; list it with >= 1");
            }
        });
    }

    /** How many secrets the pods of {@code service} fetch; 0 when they use no Vault. */
    public int secretsOf(String service) {
        return secrets.getOrDefault(service, 0);
    }
}
