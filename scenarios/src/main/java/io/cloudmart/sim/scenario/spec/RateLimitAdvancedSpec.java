package io.cloudmart.sim.scenario.spec;

import java.util.List;

/**
 * Kong Enterprise's {@code rate-limiting-advanced} plugin, with one (limit, window) pair.
 *
 * @param limit             requests allowed per window, ≥ 1
 * @param windowSizeSeconds window length, whole seconds ≥ 1
 * @param windowType        {@code sliding} (default) or {@code fixed}
 * @param identifier        {@code consumer} (default), {@code ip} or {@code service}
 * @param strategy          {@code local} (default: per node), {@code cluster} or {@code redis} (shared)
 * @param disablePenalty    false (default): a rejected request still counts in a sliding window
 * @param errorCode         status of a rejection, 429 by default
 */
public record RateLimitAdvancedSpec(long limit, long windowSizeSeconds, String windowType, String identifier,
                                    String strategy, boolean disablePenalty, int errorCode) {
    public static final List<String> WINDOW_TYPES = List.of("sliding", "fixed");
    public static final String DEFAULT_WINDOW_TYPE = "sliding";
    public static final List<String> IDENTIFIERS = List.of("consumer", "ip", "service");
    public static final String DEFAULT_IDENTIFIER = "consumer";
    public static final List<String> STRATEGIES = List.of("local", "cluster", "redis");
    public static final String DEFAULT_STRATEGY = "local";
    public static final boolean DEFAULT_DISABLE_PENALTY = false;
    public static final int DEFAULT_ERROR_CODE = 429;
}
