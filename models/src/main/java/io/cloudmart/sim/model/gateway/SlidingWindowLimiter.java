package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One gateway node's instance of the counting part of Kong's {@code rate-limiting-advanced}: several
 * (limit, window size) pairs enforced at once, with sliding or fixed windows.
 *
 * <p>Sliding window (Kong blog "How to design a scalable rate limiting algorithm"): with windows of
 * size {@code s} aligned on multiples of {@code s} since the epoch, {@code elapsed} seconds into the
 * current one,
 * <pre>
 *   estimate = previousCount × (s - elapsed) / s + currentCount;   reject if estimate ≥ limit
 * </pre>
 * Fixed window: estimate = currentCount. A request is rejected if any pair rejects it. An allowed
 * request is counted in every window; a rejected one too when the window type is sliding and
 * {@code disable_penalty} is false. Time is not truncated to whole seconds here ([UNVERIFIED] whether
 * Kong's Enterprise code truncates; the published example is unaffected).
 *
 * <p>Headers ([ESTIMATE]: the Enterprise source is not public): per window,
 * remaining = max(0, floor(limit - estimate - 1 if this request counts)); reset =
 * max(1, ceil(s - elapsed)); the most restrictive window is chosen as in the open-source plugin, and
 * {@code Retry-After} is the largest reset among the windows that rejected (Kong PR #5329 rule). With the
 * penalty on, a client that keeps sending stays blocked past that time; that is the documented
 * behaviour, not a Retry-After promise.
 */
public final class SlidingWindowLimiter {
    private final SlidingWindowConfig config;
    private final SlidingWindowStore store;
    private final UtcClock clock;
    private final String scope;

    public SlidingWindowLimiter(SlidingWindowConfig config, SlidingWindowStore store, UtcClock clock, String scope) {
        this.config = Objects.requireNonNull(config);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.scope = Objects.requireNonNull(scope);
    }

    public SlidingWindowConfig config() {
        return config;
    }

    /**
     * The estimated request count of {@code request}'s identifier in the window of
     * {@code windowSizeSeconds} at simulated time {@code nowSeconds}, before counting anything.
     */
    public double estimate(RequestIdentity request, long windowSizeSeconds, double nowSeconds) {
        return estimate(key(request), windowSizeSeconds, nowSeconds);
    }

    /** Checks a request from {@code request} at simulated time {@code nowSeconds}, and counts it as configured. */
    public RateLimitDecision check(RequestIdentity request, double nowSeconds) {
        String key = key(request);
        int n = config.limit().size();
        double[] estimates = new double[n];
        boolean rejected = false;
        for (int i = 0; i < n; i++) {
            estimates[i] = estimate(key, config.windowSize().get(i), nowSeconds);
            rejected |= estimates[i] >= config.limit().get(i);
        }
        boolean counted = !rejected || config.countsRejected();
        if (counted) {
            for (int i = 0; i < n; i++) {
                long size = config.windowSize().get(i);
                store.increment(key, size, index(size, nowSeconds));
            }
        }
        return decision(estimates, rejected, counted, nowSeconds);
    }

    private RateLimitDecision decision(double[] estimates, boolean rejected, boolean counted, double nowSeconds) {
        List<RateLimitDecision.WindowUsage> windows = new ArrayList<>(estimates.length);
        int best = -1;
        long bestRemaining = 0;
        int stop = -1;
        for (int i = 0; i < estimates.length; i++) {
            long limit = config.limit().get(i);
            long size = config.windowSize().get(i);
            long remaining = Math.max(0, (long) Math.floor(limit - estimates[i] - (counted ? 1 : 0)));
            windows.add(new RateLimitDecision.WindowUsage(Long.toString(size), limit, remaining));
            if (best < 0 || remaining < bestRemaining
                    || (remaining == bestRemaining && size > config.windowSize().get(best))) {
                best = i;
                bestRemaining = remaining;
            }
            if (estimates[i] >= limit && (stop < 0 || reset(size, nowSeconds) > reset(config.windowSize().get(stop), nowSeconds))) {
                stop = i;
            }
        }
        if (rejected) {
            return new RateLimitDecision(RateLimitDecision.Outcome.REJECTED, config.errorCode(), true,
                    Long.toString(config.windowSize().get(stop)), config.limit().get(best), bestRemaining,
                    reset(config.windowSize().get(stop), nowSeconds), windows);
        }
        return new RateLimitDecision(RateLimitDecision.Outcome.ALLOWED, RateLimitDecision.OK, true, null,
                config.limit().get(best), bestRemaining, reset(config.windowSize().get(best), nowSeconds), windows);
    }

    private double estimate(String key, long size, double nowSeconds) {
        long index = index(size, nowSeconds);
        long current = store.current(key, size, index);
        if (config.windowType() == WindowType.FIXED) {
            return current;
        }
        double weight = (size - elapsed(size, index, nowSeconds)) / size;
        return store.previous(key, size, index) * weight + current;
    }

    /** Number of the window of {@code size} seconds containing simulated time {@code nowSeconds}. */
    private long index(long size, double nowSeconds) {
        return Math.floorDiv(clock.epochSecond(nowSeconds), size);
    }

    /** Seconds since the start of window {@code index}, in [0, size). */
    private double elapsed(long size, long index, double nowSeconds) {
        double elapsed = (clock.startEpochSecond() - index * size) + nowSeconds;
        return Math.min(size, Math.max(0.0, elapsed));
    }

    /** Whole seconds until the current window of {@code size} ends, at least 1. */
    private long reset(long size, double nowSeconds) {
        double elapsed = elapsed(size, index(size, nowSeconds), nowSeconds);
        return Math.max(1, (long) Math.ceil(size - elapsed - UtcClock.TIME_TOLERANCE_SECONDS));
    }

    private String key(RequestIdentity request) {
        return scope + ":" + request.identifier(config.identifier());
    }
}
