package io.cloudmart.sim.model.gateway;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration of one Kong {@code rate-limiting} plugin instance (open source), with Kong's field
 * names and defaults ({@code kong/plugins/rate-limiting/schema.lua} @22246ef).
 *
 * <p>Optional fields are boxed; {@code null} takes Kong's default: {@code limit_by = consumer},
 * {@code policy = local}, {@code fault_tolerant = true}, {@code error_code = 429}. Validation mirrors
 * the schema: at least one period, every limit &gt; 0, and a longer period's limit may not be lower
 * than a shorter one's (Kong's {@code validate_periods_order}, same message). Kong accepts fractional
 * limits; whole requests are used here. Not modelled: {@code hide_client_headers},
 * {@code error_message}, {@code sync_rate} (the default -1, synchronous, is what is modelled), the
 * {@code redis.*} connection settings.
 *
 * @param limits        requests allowed per period ({@code second} … {@code year}); any non-empty subset
 * @param limitBy       {@code limit_by}: what the counters are kept per (default consumer)
 * @param policy        {@code policy}: where the counters live (default local)
 * @param faultTolerant {@code fault_tolerant}: when the counter store fails, true proxies the request
 *                      with limits off, false answers 500 (default true)
 * @param errorCode     {@code error_code}: HTTP status of a rejection (default 429)
 */
public record RateLimitingConfig(Map<RateLimitPeriod, Long> limits, LimitBy limitBy, RateLimitPolicy policy,
                                 Boolean faultTolerant, Integer errorCode) {
    /** Kong's default {@code error_code}. */
    public static final int DEFAULT_ERROR_CODE = 429;

    public RateLimitingConfig {
        if (limits == null || limits.isEmpty()) {
            throw new IllegalArgumentException(
                    "at least one of these fields must be non-empty: 'second', 'minute', 'hour', 'day', 'month', 'year'");
        }
        EnumMap<RateLimitPeriod, Long> copy = new EnumMap<>(limits);
        copy.forEach((period, limit) -> {
            if (limit == null || limit <= 0) {
                throw new IllegalArgumentException(period.kongName() + ": value must be greater than 0, got " + limit);
            }
        });
        checkPeriodsOrder(copy);
        limits = Collections.unmodifiableMap(copy);
        limitBy = limitBy == null ? LimitBy.CONSUMER : limitBy;
        policy = policy == null ? RateLimitPolicy.LOCAL : policy;
        faultTolerant = faultTolerant == null ? Boolean.TRUE : faultTolerant;
        errorCode = errorCode == null ? DEFAULT_ERROR_CODE : errorCode;
        if (errorCode <= 0) {
            throw new IllegalArgumentException("error_code: value must be greater than 0, got " + errorCode);
        }
    }

    /** The given limits with every other field at Kong's default. */
    public static RateLimitingConfig of(Map<RateLimitPeriod, Long> limits) {
        return new RateLimitingConfig(limits, null, null, null, null);
    }

    public RateLimitingConfig withLimitBy(LimitBy value) {
        return new RateLimitingConfig(limits, value, policy, faultTolerant, errorCode);
    }

    public RateLimitingConfig withPolicy(RateLimitPolicy value) {
        return new RateLimitingConfig(limits, limitBy, value, faultTolerant, errorCode);
    }

    public RateLimitingConfig withFaultTolerant(boolean value) {
        return new RateLimitingConfig(limits, limitBy, policy, value, errorCode);
    }

    public RateLimitingConfig withErrorCode(int value) {
        return new RateLimitingConfig(limits, limitBy, policy, faultTolerant, value);
    }

    private static void checkPeriodsOrder(EnumMap<RateLimitPeriod, Long> limits) {
        RateLimitPeriod[] periods = RateLimitPeriod.values();
        for (int i = 0; i < periods.length; i++) {
            Long lower = limits.get(periods[i]);
            for (int j = i + 1; lower != null && j < periods.length; j++) {
                Long upper = limits.get(periods[j]);
                if (upper != null && upper < lower) {
                    throw new IllegalArgumentException(String.format(Locale.US,
                            "The limit for %s(%.1f) cannot be lower than the limit for %s(%.1f)",
                            periods[j].kongName(), (double) upper, periods[i].kongName(), (double) lower));
                }
            }
        }
    }
}
