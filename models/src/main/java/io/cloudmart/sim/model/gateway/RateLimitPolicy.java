package io.cloudmart.sim.model.gateway;

/**
 * Where the {@code rate-limiting} plugin keeps its counters: Kong's {@code policy} (default
 * {@code local}, per {@code kong/plugins/rate-limiting/schema.lua}; {@code local} has been the default
 * for all deployment modes since Kong 3.0).
 *
 * <ul>
 *   <li>{@code local}: each gateway node's own shared memory, so N nodes behind a non-sticky load
 *       balancer let up to N × limit through;</li>
 *   <li>{@code cluster}: Kong's database, shared by all nodes; a rejected request is not counted;</li>
 *   <li>{@code redis}: a Redis server shared by all nodes. With the default {@code sync_rate = -1} the
 *       check itself is a Redis {@code INCR} of every configured period's counter
 *       ({@code policies/init.lua}), so rejected requests DO consume quota here, unlike the other two
 *       policies.</li>
 * </ul>
 */
public enum RateLimitPolicy {
    LOCAL("local"),
    CLUSTER("cluster"),
    REDIS("redis");

    private final String kongName;

    RateLimitPolicy(String kongName) {
        this.kongName = kongName;
    }

    /** The value as written in Kong's configuration. */
    public String kongName() {
        return kongName;
    }

    /** True when all gateway nodes use one counter store. */
    public boolean isShared() {
        return this != LOCAL;
    }

    /** True when the usage check already counts the request, whether it is allowed or not ({@code redis}). */
    public boolean countsOnCheck() {
        return this == REDIS;
    }
}
