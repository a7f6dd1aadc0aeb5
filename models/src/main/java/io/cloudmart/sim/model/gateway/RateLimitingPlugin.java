package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One gateway node's instance of Kong's open-source {@code rate-limiting} plugin: fixed windows
 * aligned on the UTC calendar, checked and counted per identifier.
 *
 * <p>Per request ({@code access} in {@code kong/plugins/rate-limiting/handler.lua} @22246ef):
 * <ol>
 *   <li>identifier = {@code limit_by} entity, falling back to the client IP;</li>
 *   <li>now = whole UTC seconds; for every configured period read the usage of the current window,
 *       remaining = limit - usage; a period with remaining ≤ 0 stops the request;</li>
 *   <li>stopped: answer {@code error_code} (429) and count nothing; else proxy and count the request
 *       in every configured period.</li>
 * </ol>
 * If the store is down, {@code fault_tolerant = true} proxies with the limits off (and nothing is
 * counted, the increment fails too) and {@code fault_tolerant = false} answers 500.
 *
 * <p>Modelling choice: Kong increments in a zero-delay timer after the check ({@code local},
 * {@code cluster}), so concurrent requests can overshoot the limit slightly. Here the increment is
 * synchronous, so the limit is exact; requests in a simulation are processed one at a time anyway, and
 * the overshoot is bounded by the requests checked during one timer hop (microseconds). With the
 * {@code redis} policy and the default {@code sync_rate = -1}, Kong's check is itself an atomic
 * {@code INCR} of every configured period (counting the request even when it is then rejected); that is
 * modelled as Kong does it.
 *
 * <p>{@code scope} stands for Kong's route and service ids in the counter key, so plugin instances on
 * different routes can share one store without sharing counters.
 */
public final class RateLimitingPlugin {
    private final RateLimitingConfig config;
    private final CounterStore store;
    private final UtcClock clock;
    private final int scope;
    private final RateLimitPeriod[] periods;
    private final long[] limits;
    private final boolean countsOnCheck;
    /** The usage read per period by the last check; a plugin instance checks one request at a time. */
    private final long[] usage;

    public RateLimitingPlugin(RateLimitingConfig config, CounterStore store, UtcClock clock, String scope) {
        this.config = Objects.requireNonNull(config);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        this.scope = store.scope(Objects.requireNonNull(scope));
        this.periods = config.limits().keySet().toArray(new RateLimitPeriod[0]);
        this.limits = new long[periods.length];
        int i = 0;
        for (Map.Entry<RateLimitPeriod, Long> e : config.limits().entrySet()) {
            limits[i++] = e.getValue();
        }
        this.countsOnCheck = config.policy().countsOnCheck();
        this.usage = new long[periods.length];
    }

    public RateLimitingConfig config() {
        return config;
    }

    public CounterStore store() {
        return store;
    }

    /** Checks (and, unless rejected, counts) a request from {@code request} at simulated time {@code nowSeconds}. */
    public RateLimitDecision check(RequestIdentity request, double nowSeconds) {
        if (!store.isAvailable()) {
            return config.faultTolerant() ? RateLimitDecision.bypassed() : RateLimitDecision.error();
        }
        long now = clock.epochSecond(nowSeconds);
        return decision(count(request, now), now);
    }

    /**
     * What {@link #check} decides, counted the same way, without the headers: the gateway only needs to know
     * whether to proxy, answer {@code error_code} or answer 500.
     */
    public RateLimitDecision.Outcome admit(RequestIdentity request, double nowSeconds) {
        if (!store.isAvailable()) {
            return config.faultTolerant() ? RateLimitDecision.Outcome.ALLOWED : RateLimitDecision.Outcome.ERROR;
        }
        return count(request, clock.epochSecond(nowSeconds)) < 0
                ? RateLimitDecision.Outcome.ALLOWED : RateLimitDecision.Outcome.REJECTED;
    }

    /**
     * Reads every period's usage into {@link #usage} and counts the request as the policy says; returns the
     * index of the stopping period, or -1 if the request is allowed.
     */
    private int count(RequestIdentity request, long now) {
        int slot = store.slot(scope, request.identifier(config.limitBy()));
        int stop = -1;
        for (int i = 0; i < periods.length; i++) {
            usage[i] = countsOnCheck ? store.incrementAndGetPrevious(slot, periods[i], now) : store.usage(slot, periods[i], now);
            if (limits[i] - usage[i] <= 0) {
                stop = i; // periods run shortest first: the longest exhausted period stops the request
            }
        }
        if (stop < 0 && !countsOnCheck) {
            for (RateLimitPeriod period : periods) {
                store.increment(slot, period, now);
            }
        }
        return stop;
    }

    /** The headers as Kong computes them from {@link #usage}; {@code stop} is the stopping period's index or -1. */
    private RateLimitDecision decision(int stop, long now) {
        List<RateLimitDecision.WindowUsage> windows = new ArrayList<>(periods.length);
        int best = -1;
        long bestRemaining = 0;
        for (int i = 0; i < periods.length; i++) {
            long remaining = limits[i] - usage[i];
            if (stop < 0 || stop == i) {
                remaining -= 1; // this request
            }
            remaining = Math.max(0, remaining);
            windows.add(new RateLimitDecision.WindowUsage(periods[i].kongName(), limits[i], remaining));
            if (best < 0 || remaining <= bestRemaining) { // ties go to the longer period, which comes later
                best = i;
                bestRemaining = remaining;
            }
        }
        RateLimitPeriod period = periods[best];
        long elapsed = now - period.windowStart(now);
        long reset = Math.max(1, period.expirationSeconds() - elapsed);
        if (stop >= 0) {
            return new RateLimitDecision(RateLimitDecision.Outcome.REJECTED, config.errorCode(), true,
                    periods[stop].kongName(), limits[best], bestRemaining, reset, windows);
        }
        return new RateLimitDecision(RateLimitDecision.Outcome.ALLOWED, RateLimitDecision.OK, true, null,
                limits[best], bestRemaining, reset, windows);
    }
}
