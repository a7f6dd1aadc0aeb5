package io.cloudmart.sim.model.gateway;

import java.util.List;

/**
 * The configuration of one Kong {@code rate-limiting-advanced} (Enterprise) instance, reduced to what
 * the counting needs, with Kong's field names and defaults (Kong plugin schema as mirrored in
 * {@code kong-ratelimitingadvancedpluginconfig-schema.json}; developer.konghq.com/plugins/rate-limiting-advanced).
 *
 * <p>Optional fields are boxed; {@code null} takes Kong's default: {@code window_type = sliding},
 * {@code identifier = consumer}, {@code disable_penalty = false}, {@code error_code = 429}. The
 * {@code strategy}/{@code sync_rate} pair is expressed by which {@link SlidingWindowStore} the caller
 * gives each node (one per node for {@code local}, one shared otherwise; the shared case is modelled as
 * {@code sync_rate = 0}, synchronous). Not modelled: {@code namespace}, {@code compound_identifier},
 * {@code retry_after_jitter_max} (default 0), {@code throttling}, {@code hide_client_headers}.
 *
 * @param limit          {@code limit[]}: requests allowed per window, paired with {@code window_size}
 * @param windowSize     {@code window_size[]}: window lengths in seconds, paired with {@code limit}
 * @param windowType     {@code window_type} (default sliding)
 * @param identifier     {@code identifier}: what counters are kept per (default consumer, falling back to IP)
 * @param disablePenalty {@code disable_penalty}: false (default) counts rejected requests too, which keeps
 *                       a client that exceeds the rate blocked; sliding windows only
 * @param errorCode      {@code error_code} (default 429)
 */
public record SlidingWindowConfig(List<Long> limit, List<Long> windowSize, WindowType windowType, LimitBy identifier,
                                  Boolean disablePenalty, Integer errorCode) {
    public SlidingWindowConfig {
        limit = List.copyOf(limit);
        windowSize = List.copyOf(windowSize);
        if (limit.isEmpty() || limit.size() != windowSize.size()) {
            throw new IllegalArgumentException("limit and window_size must be non-empty arrays of the same length, got "
                    + limit + " and " + windowSize);
        }
        for (int i = 0; i < limit.size(); i++) {
            if (limit.get(i) <= 0 || windowSize.get(i) <= 0) {
                throw new IllegalArgumentException("limit[" + i + "] and window_size[" + i + "] must be > 0, got "
                        + limit.get(i) + " and " + windowSize.get(i));
            }
        }
        windowType = windowType == null ? WindowType.SLIDING : windowType;
        identifier = identifier == null ? LimitBy.CONSUMER : identifier;
        disablePenalty = disablePenalty == null ? Boolean.FALSE : disablePenalty;
        errorCode = errorCode == null ? RateLimitingConfig.DEFAULT_ERROR_CODE : errorCode;
    }

    /** {@code limit} requests per {@code windowSizeSeconds}, everything else at Kong's defaults. */
    public static SlidingWindowConfig of(long limit, long windowSizeSeconds) {
        return new SlidingWindowConfig(List.of(limit), List.of(windowSizeSeconds), null, null, null, null);
    }

    public SlidingWindowConfig withWindowType(WindowType value) {
        return new SlidingWindowConfig(limit, windowSize, value, identifier, disablePenalty, errorCode);
    }

    public SlidingWindowConfig withDisablePenalty(boolean value) {
        return new SlidingWindowConfig(limit, windowSize, windowType, identifier, value, errorCode);
    }

    public SlidingWindowConfig withIdentifier(LimitBy value) {
        return new SlidingWindowConfig(limit, windowSize, windowType, value, disablePenalty, errorCode);
    }

    /** True when rejected requests are counted: sliding windows with the penalty on. */
    public boolean countsRejected() {
        return windowType == WindowType.SLIDING && !disablePenalty;
    }
}
