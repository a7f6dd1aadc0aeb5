package io.cloudmart.sim.model.gateway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The request counters of the {@code rate-limiting} plugin: one node's shared memory ({@code local}
 * policy) or the store all nodes share (Kong's database for {@code cluster}, Redis for {@code redis}).
 *
 * <p>A counter is keyed by (scope, identifier, period, window start), as Kong's
 * {@code ratelimit:<route>:<service>:<identifier>:<windowStart>:<period>}; the scope stands for the route
 * and service. Only the current window of each period is kept: simulated time never goes back, so when a
 * request falls into a newer window of a period, every counter of the older window is dropped (Kong lets
 * them expire instead; they are never read again). Memory is therefore bounded by the identifiers active
 * in the current windows, not by the number of requests.
 *
 * <p>Kong's counter time-to-live is kept too: a counter expires {@link RateLimitPeriod#expirationSeconds()}
 * after it was created (shm {@code incr(key, 1, 0, ttl)}, Redis {@code EXPIRE} on the first
 * {@code INCR}, the database row's {@code ttl}). For second … day this never cuts a window short, but a
 * month counter created on the 1st of a 31-day month expires 30 days later, during the 31st, and a year
 * counter created on 1 January of a leap year expires during 31 December: the quota then starts again.
 *
 * <p>Layout, because the plugin reads and writes these counters on every request: each (scope,
 * identifier) pair has a dense slot ({@link CounterKeys}), and each period keeps its counts in arrays
 * indexed by slot ({@link PeriodCounters}). A plugin names its scope once ({@link #scope(String)}), then
 * per request finds the identifier's slot once ({@link #slot(int, String)}) and counts by slot.
 *
 * <p>{@link #setAvailable(boolean)} switches the store off to model a database or Redis outage; every
 * read or write then fails with {@link IllegalStateException} and the plugin applies
 * {@code fault_tolerant}. Not thread-safe, like everything inside one replication.
 */
public final class CounterStore {
    private static final RateLimitPeriod[] PERIODS = RateLimitPeriod.values();

    private final String name;
    private final List<String> scopes = new ArrayList<>();
    private final CounterKeys keys = new CounterKeys();
    /** By period ordinal; null until the period is first used. */
    private final PeriodCounters[] windows = new PeriodCounters[PERIODS.length];
    /** A slot is in use while any period's current window holds a counter for it. */
    private final IntPredicate holdsCounter = this::holdsCounter;
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

    /** Requests counted for {@code identifier} under {@code scope} in the window of {@code period} containing {@code epochSecond}. */
    public long usage(String scope, String identifier, RateLimitPeriod period, long epochSecond) {
        checkAvailable();
        int scopeId = scopes.indexOf(scope);
        int slot = scopeId < 0 ? -1 : keys.find(scopeId, identifier);
        PeriodCounters window = window(period, epochSecond);
        return slot < 0 ? 0 : window.usage(slot, epochSecond);
    }

    /** Counters currently held, over all periods (for memory checks). */
    public int liveCounters() {
        int n = 0;
        for (PeriodCounters w : windows) {
            n += w == null ? 0 : w.held();
        }
        return n;
    }

    /** The number of {@code scope}, for {@link #slot(int, String)}; the same scope always gets the same number. */
    int scope(String scope) {
        int id = scopes.indexOf(scope);
        if (id < 0) {
            scopes.add(scope);
            id = scopes.size() - 1;
        }
        return id;
    }

    /**
     * The slot of {@code identifier} under scope number {@code scope}. Valid until the next call: finding a
     * new pair's slot may give back the slots that hold no counter.
     */
    int slot(int scope, String identifier) {
        checkAvailable();
        return keys.slot(scope, identifier, holdsCounter);
    }

    /** Requests counted for {@code slot} in the window of {@code period} that contains {@code epochSecond}. */
    long usage(int slot, RateLimitPeriod period, long epochSecond) {
        checkAvailable();
        return window(period, epochSecond).usage(slot, epochSecond);
    }

    /** Counts one request for {@code slot} in the window of {@code period} containing {@code epochSecond}. */
    void increment(int slot, RateLimitPeriod period, long epochSecond) {
        incrementAndGetPrevious(slot, period, epochSecond);
    }

    /**
     * Counts one request and returns the count before it, as Kong's Redis script does
     * ({@code INCR}, then {@code EXPIRE} when the result is 1; returns result - 1).
     */
    long incrementAndGetPrevious(int slot, RateLimitPeriod period, long epochSecond) {
        checkAvailable();
        return window(period, epochSecond).incrementAndGetPrevious(slot, epochSecond, keys.capacity());
    }

    private boolean holdsCounter(int slot) {
        for (PeriodCounters w : windows) {
            if (w != null && w.holds(slot)) {
                return true;
            }
        }
        return false;
    }

    private void checkAvailable() {
        if (!available) {
            throw new IllegalStateException("counter store '" + name + "' is unavailable");
        }
    }

    /** The period's counters, rolled forward to the window containing {@code epochSecond}. */
    private PeriodCounters window(RateLimitPeriod period, long epochSecond) {
        long start = period.windowStart(epochSecond);
        PeriodCounters window = windows[period.ordinal()];
        if (window == null) {
            window = new PeriodCounters(period, start);
            windows[period.ordinal()] = window;
        } else if (start > window.start()) {
            window.roll(start);
        } else if (start < window.start()) {
            throw new IllegalArgumentException("counter store '" + name + "': " + period.kongName()
                    + " window " + start + " is older than the current one " + window.start() + " (time went back)");
        }
        return window;
    }

    /**
     * One period's counters of the current window, by slot. A slot's counter belongs to the window whose
     * start it is stamped with, so moving to a new window drops every counter at once, whatever their number.
     * A slot's stamp, count and expiry sit side by side in one array, so a request reads one cache line.
     */
    private static final class PeriodCounters {
        /** No window starts here: it is far before any date {@link java.time.LocalDate} can hold. */
        private static final long NO_WINDOW = Long.MIN_VALUE;
        private static final int CELLS = 3;
        private static final int WINDOW = 0;
        private static final int VALUE = 1;
        private static final int EXPIRES_AT = 2;

        private final RateLimitPeriod period;
        private long start;
        /** Per slot: the window it was counted in, the count, and the epoch second the count expires at. */
        private long[] cells = new long[0];
        /** Counters stamped with the current window (what a map of this window's counters would hold). */
        private int held;

        PeriodCounters(RateLimitPeriod period, long start) {
            this.period = period;
            this.start = start;
        }

        long start() {
            return start;
        }

        int held() {
            return held;
        }

        void roll(long newStart) {
            start = newStart;
            held = 0;
        }

        boolean holds(int slot) {
            int at = slot * CELLS;
            return at < cells.length && cells[at + WINDOW] == start;
        }

        long usage(int slot, long epochSecond) {
            return live(slot, epochSecond) ? cells[slot * CELLS + VALUE] : 0;
        }

        long incrementAndGetPrevious(int slot, long epochSecond, int capacity) {
            int at = slot * CELLS;
            if (!live(slot, epochSecond)) {
                if (at >= cells.length) {
                    grow(capacity);
                }
                cells[at + WINDOW] = start;
                cells[at + VALUE] = 0;
                cells[at + EXPIRES_AT] = epochSecond + period.expirationSeconds();
                held++;
            }
            return cells[at + VALUE]++;
        }

        /** True if the slot has an unexpired counter in the current window; an expired one is dropped. */
        private boolean live(int slot, long epochSecond) {
            if (!holds(slot)) {
                return false;
            }
            int at = slot * CELLS;
            if (epochSecond >= cells[at + EXPIRES_AT]) {
                cells[at + WINDOW] = NO_WINDOW;
                held--;
                return false;
            }
            return true;
        }

        private void grow(int capacity) {
            int old = cells.length;
            cells = Arrays.copyOf(cells, capacity * CELLS);
            for (int at = old; at < cells.length; at += CELLS) {
                cells[at + WINDOW] = NO_WINDOW;
            }
        }
    }
}
