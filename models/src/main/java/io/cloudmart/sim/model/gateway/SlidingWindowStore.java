package io.cloudmart.sim.model.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * The counters of the sliding-window limiter: for every window size, the count of the current fixed
 * window and of the one before it, per key.
 *
 * <p>Windows of size {@code s} are numbered {@code floor(epochSecond / s)}. When time enters a newer
 * window, each key's current count becomes its previous count (or 0 if more than one window passed)
 * and keys with nothing left are dropped, so memory stays bounded by the keys active in the last two
 * windows. Not thread-safe, like everything inside one replication.
 */
public final class SlidingWindowStore {
    private static final int PREVIOUS = 0;
    private static final int CURRENT = 1;

    private final Map<Long, Windows> bySize = new HashMap<>();

    /** Requests counted for {@code key} in window {@code index} of size {@code windowSizeSeconds}. */
    public long current(String key, long windowSizeSeconds, long index) {
        long[] c = windows(windowSizeSeconds, index).counts.get(key);
        return c == null ? 0 : c[CURRENT];
    }

    /** Requests counted for {@code key} in window {@code index - 1}. */
    public long previous(String key, long windowSizeSeconds, long index) {
        long[] c = windows(windowSizeSeconds, index).counts.get(key);
        return c == null ? 0 : c[PREVIOUS];
    }

    /** Counts one request for {@code key} in window {@code index}. */
    public void increment(String key, long windowSizeSeconds, long index) {
        windows(windowSizeSeconds, index).counts.computeIfAbsent(key, k -> new long[2])[CURRENT]++;
    }

    /** Keys held over all window sizes (for memory checks). */
    public int liveCounters() {
        int n = 0;
        for (Windows w : bySize.values()) {
            n += w.counts.size();
        }
        return n;
    }

    private Windows windows(long size, long index) {
        Windows w = bySize.computeIfAbsent(size, s -> new Windows(index));
        if (index > w.index) {
            w.roll(index);
        } else if (index < w.index) {
            throw new IllegalArgumentException("window " + index + " of size " + size
                    + " s is older than the current one " + w.index + " (time went back)");
        }
        return w;
    }

    /** The (previous, current) counts per key of one window size. */
    private static final class Windows {
        private long index;
        private final Map<String, long[]> counts = new HashMap<>();

        Windows(long index) {
            this.index = index;
        }

        void roll(long newIndex) {
            if (newIndex == index + 1) {
                counts.values().removeIf(c -> c[CURRENT] == 0);
                for (long[] c : counts.values()) {
                    c[PREVIOUS] = c[CURRENT];
                    c[CURRENT] = 0;
                }
            } else {
                counts.clear();
            }
            index = newIndex;
        }
    }
}
