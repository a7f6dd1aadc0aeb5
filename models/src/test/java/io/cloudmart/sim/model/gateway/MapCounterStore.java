package io.cloudmart.sim.model.gateway;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference for {@link CounterStore}: the straightforward layout it replaced, one map from
 * {@code scope + ":" + identifier} to a counter per period's current window, with the same window roll,
 * time-to-live and "time went back" check. Tests compare the indexed store against it.
 */
final class MapCounterStore {
    private final Map<RateLimitPeriod, Window> windows = new EnumMap<>(RateLimitPeriod.class);

    long usage(String scope, String identifier, RateLimitPeriod period, long epochSecond) {
        Counter counter = live(scope + ":" + identifier, period, epochSecond);
        return counter == null ? 0 : counter.value;
    }

    long incrementAndGetPrevious(String scope, String identifier, RateLimitPeriod period, long epochSecond) {
        String key = scope + ":" + identifier;
        Counter counter = live(key, period, epochSecond);
        if (counter == null) {
            counter = new Counter(epochSecond + period.expirationSeconds());
            windows.get(period).counters.put(key, counter);
        }
        return counter.value++;
    }

    int liveCounters() {
        return windows.values().stream().mapToInt(w -> w.counters.size()).sum();
    }

    private Counter live(String key, RateLimitPeriod period, long epochSecond) {
        long start = period.windowStart(epochSecond);
        Window window = windows.get(period);
        if (window == null) {
            window = new Window(start);
            windows.put(period, window);
        } else if (start > window.start) {
            window.counters.clear();
            window.start = start;
        } else if (start < window.start) {
            throw new IllegalArgumentException("time went back");
        }
        Counter counter = window.counters.get(key);
        if (counter != null && epochSecond >= counter.expiresAt) {
            window.counters.remove(key);
            return null;
        }
        return counter;
    }

    private static final class Window {
        private long start;
        private final Map<String, Counter> counters = new HashMap<>();

        Window(long start) {
            this.start = start;
        }
    }

    private static final class Counter {
        private final long expiresAt;
        private long value;

        Counter(long expiresAt) {
            this.expiresAt = expiresAt;
        }
    }
}
