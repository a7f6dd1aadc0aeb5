package io.cloudmart.sim.model.gateway;

import java.util.List;
import java.util.OptionalLong;

/**
 * What a rate limiter decided for one request, with what Kong would tell the client.
 *
 * <p>{@code windows} are the per-window {@code X-RateLimit-Limit-<window>} and
 * {@code X-RateLimit-Remaining-<window>} headers. {@code limit}, {@code remaining} and
 * {@code resetSeconds} are the {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} headers of the most restrictive window (lowest remaining; ties go to the
 * longer window), as in {@code kong/plugins/rate-limiting/handler.lua}. On a rejection
 * {@code Retry-After} equals {@code RateLimit-Reset}.
 *
 * @param outcome       allowed (proxied), rejected ({@code error_code}, 429 by default) or error (500)
 * @param httpStatus    the status the gateway answers with when it does not proxy; 200 when allowed
 * @param limitsApplied false when the counters could not be read and {@code fault_tolerant} let the
 *                      request through unchecked (then there are no headers), or on error
 * @param stoppedBy     the window that rejected the request ({@code "minute"}, or a window size in
 *                      seconds for the sliding-window limiter); null unless rejected
 * @param limit         {@code RateLimit-Limit}; 0 when limits were not applied
 * @param remaining     {@code RateLimit-Remaining}; 0 when limits were not applied
 * @param resetSeconds  {@code RateLimit-Reset}, whole seconds until that window ends (≥ 1); 0 when
 *                      limits were not applied
 * @param windows       the per-window headers, shortest window first; empty when limits were not applied
 */
public record RateLimitDecision(Outcome outcome, int httpStatus, boolean limitsApplied, String stoppedBy,
                                long limit, long remaining, long resetSeconds, List<WindowUsage> windows) {
    /** Status of a proxied request in this record. */
    public static final int OK = 200;
    /** Kong's answer when {@code fault_tolerant = false} and the counter store fails. */
    public static final int INTERNAL_SERVER_ERROR = 500;

    /** What happens to the request. */
    public enum Outcome {
        /** Proxied to the upstream. */
        ALLOWED,
        /** Answered by the gateway with {@code error_code} (429). */
        REJECTED,
        /** Answered by the gateway with 500 (counter store down, {@code fault_tolerant = false}). */
        ERROR
    }

    /**
     * One window's headers.
     *
     * @param window    the window's name: a Kong period ({@code "second"} …) or a size in seconds
     * @param limit     {@code X-RateLimit-Limit-<window>}
     * @param remaining {@code X-RateLimit-Remaining-<window>}, ≥ 0
     */
    public record WindowUsage(String window, long limit, long remaining) {
    }

    public RateLimitDecision {
        windows = List.copyOf(windows);
    }

    /** A request let through unchecked because the store failed and {@code fault_tolerant} is true. */
    public static RateLimitDecision bypassed() {
        return new RateLimitDecision(Outcome.ALLOWED, OK, false, null, 0, 0, 0, List.of());
    }

    /** A 500 because the store failed and {@code fault_tolerant} is false. */
    public static RateLimitDecision error() {
        return new RateLimitDecision(Outcome.ERROR, INTERNAL_SERVER_ERROR, false, null, 0, 0, 0, List.of());
    }

    /** True when the request is proxied. */
    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /** {@code Retry-After} in whole seconds, present only on a rejection. */
    public OptionalLong retryAfterSeconds() {
        return outcome == Outcome.REJECTED ? OptionalLong.of(resetSeconds) : OptionalLong.empty();
    }

    /** The {@code X-RateLimit-Remaining-<window>} value of {@code window}. */
    public long remaining(String window) {
        return usage(window).remaining();
    }

    /** The headers of {@code window}. */
    public WindowUsage usage(String window) {
        for (WindowUsage w : windows) {
            if (w.window().equals(window)) {
                return w;
            }
        }
        throw new IllegalArgumentException("no window '" + window + "' in this decision (" + windows + ")");
    }
}
