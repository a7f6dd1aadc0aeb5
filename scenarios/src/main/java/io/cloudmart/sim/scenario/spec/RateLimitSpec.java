package io.cloudmart.sim.scenario.spec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kong's open-source {@code rate-limiting} plugin (fixed, calendar-aligned windows), with Kong's
 * field names.
 *
 * @param limits       period name ({@code second} … {@code year}) to the requests allowed in it,
 *                     each {@code >= 1}, in {@link #PERIODS} order; at least one; a longer
 *                     period's limit is not lower than a shorter one's
 * @param limitBy      {@code limit_by}: {@code consumer} (default), {@code ip} or {@code service}
 * @param policy       {@code policy}: {@code local} (default), {@code cluster} or {@code redis}
 * @param faultTolerant {@code fault_tolerant}: when the counter store fails, true proxies with limits
 *                     off, false answers 500; default true
 * @param errorCode    {@code error_code}: HTTP status of a rejection, in [100, 599]; default 429
 */
public record RateLimitSpec(Map<String, Long> limits, String limitBy, String policy, boolean faultTolerant,
                            int errorCode) {

    /** The periods, shortest first, as Kong names them. */
    public static final List<String> PERIODS = List.of("second", "minute", "hour", "day", "month", "year");
    /** The {@code limit_by} values the simulator models. */
    public static final List<String> LIMIT_BY = List.of("consumer", "ip", "service");
    /** The {@code policy} values. */
    public static final List<String> POLICIES = List.of("local", "cluster", "redis");
    /** Kong's default {@code limit_by}. */
    public static final String DEFAULT_LIMIT_BY = "consumer";
    /** Kong's default {@code policy}. */
    public static final String DEFAULT_POLICY = "local";
    /** Kong's default {@code fault_tolerant}. */
    public static final boolean DEFAULT_FAULT_TOLERANT = true;
    /** Kong's default {@code error_code}. */
    public static final int DEFAULT_ERROR_CODE = 429;

    public RateLimitSpec {
        limits = Copies.orderedMap(limits, "limits");
        Objects.requireNonNull(limitBy, "limitBy");
        Objects.requireNonNull(policy, "policy");
    }
}
