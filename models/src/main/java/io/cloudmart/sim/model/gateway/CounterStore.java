package io.cloudmart.sim.model.gateway;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The request counters of the {@code rate-limiting} plugin: one node's shared memory ({@code local}
 * policy) or the store all nodes share (Kong's database for {@code cluster}, Redis for {@code redis}).
 *
 * <p>A counter is keyed by (key, period, window start), as Kong's
 * {@code ratelimit:<route>:<service>:<identifier>:<windowStart>:<period>}; the caller puts the plugin
 * scope and the identifier into {@code key}. Only the current window of each period is kept: simulated
 * time never goes back, so when a request falls into a newer window of a period, every counter of the
 * older window is dropped (Kong lets them expire instead; they are never read again). Memory is
 * therefore bounded by the identifiers active in the current windows, not by the number of requests.
 *
 * <p>Kong's counter time-to-live is kept too: a counter expires {@link RateLimitPeriod#expirationSeconds()}
 * after it was created (shm {@code incr(key, 1, 0, ttl)}, Redis {@code EXPIRE} on the first
 * {@code INCR}, the database row's {@code ttl}). For second … day this never cuts a window short, but a
 * month counter created on the 1st of a 31-day month expires 30 days later, during the 31st, and a year
 * counter created on 1 January of a leap year expires during 31 December: the quota then starts again.
 *
 * <p>{@link #setAvailable(boolean)} switches the store off to model a database or Redis outage; every
 * read or write then fails with {@link IllegalStateException} and the plugin applies
 * {@code fault_tolerant}. Not thread-safe, like everything inside one replication.
 */
public final class CounterStore {
    private final String name;
    private final Map<RateLimitPeriod, Window> windows = new EnumMap<>(RateLimitPeriod.class);
    private boolean available = true;

    /** An empty, available store; {@code name} is for diagnostics (for example {@code kong-1.shm} or {@code redis}). */
    public CounterStore(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** False while the store is down (outage of the database or Redis). */
    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    /** Requests counted for {@code key} in the window of {@code period} that contains {@code epochSecond}. */
    public long usage(String key, RateLimitPeriod period, long epochSecond) {
        Counter counter = live(key, period, epochSecond);
        return counter == null ? 0 : counter.value;
    }

    /** Counts one request for {@code key} in the window of {@code period} containing {@code epochSecond}. */
    public void increment(String key, RateLimitPeriod period, long epochSecond) {
        incrementAndGetPrevious(key, period, epochSecond);
    }

    /**
     * Counts one request and returns the count before it, as Kong's Redis script does
     * ({@code INCR}, then {@code EXPIRE} when the result is 1; returns result - 1).
     */
    public long incrementAndGetPrevious(String key, RateLimitPeriod period, long epochSecond) {
        Counter counter = live(key, period, epochSecond);
        if (counter == null) {
            counter = new Counter(epochSecond + period.expirationSeconds());
            windows.get(period).counters.put(key, counter);
        }
        return counter.value++;
    }

    /** Counters currently held, over all periods (for memory checks). */
    public int liveCounters() {
        int n = 0;
        for (Window w : windows.values()) {
            n += w.counters.size();
        }
        return n;
    }

    /** The unexpired counter of the current window, or null; rolls the period's window forward first. */
    private Counter live(String key, RateLimitPeriod period, long epochSecond) {
        if (!available) {
            throw new IllegalStateException("counter store '" + name + "' is unavailable");
        }
        Window window = currentWindow(period, period.windowStart(epochSecond));
        Counter counter = window.counters.get(key);
        if (counter != null && epochSecond >= counter.expiresAtEpochSecond) {
            window.counters.remove(key);
            return null;
        }
        return counter;
    }

    private Window currentWindow(RateLimitPeriod period, long start) {
        Window window = windows.get(period);
        if (window == null) {
            window = new Window(start);
            windows.put(period, window);
        } else if (start > window.start) {
            window.counters.clear();
            window.start = start;
        } else if (start < window.start) {
            throw new IllegalArgumentException("counter store '" + name + "': " + period.kongName()
                    + " window " + start + " is older than the current one " + window.start + " (time went back)");
        }
        return window;
    }

    /** The counters of one period's current window. */
    private static final class Window {
        private long start;
        private final Map<String, Counter> counters = new HashMap<>();

        Window(long start) {
            this.start = start;
        }
    }

    /** One count and the epoch second at which Kong's time-to-live removes it. */
    private static final class Counter {
        private final long expiresAtEpochSecond;
        private long value;

        Counter(long expiresAtEpochSecond) {
            this.expiresAtEpochSecond = expiresAtEpochSecond;
        }
    }
}
