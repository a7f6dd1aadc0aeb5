package io.cloudmart.sim.core.stats;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copy of every metric of one replication at its end, keyed {@code component.metric}.
 *
 * @param measuredSeconds the time the summaries cover, from the end of warm-up (or 0) to the end of
 *                        the run (or the moment it stopped), seconds
 */
public record MetricsSnapshot(Map<String, TallySummary> tallies, Map<String, Long> counters,
                              Map<String, LevelSummary> levels, Map<String, TimeSeries> series,
                              double measuredSeconds) {
    public MetricsSnapshot {
        tallies = Collections.unmodifiableMap(new TreeMap<>(tallies));
        counters = Collections.unmodifiableMap(new TreeMap<>(counters));
        levels = Collections.unmodifiableMap(new TreeMap<>(levels));
        series = Collections.unmodifiableMap(new TreeMap<>(series));
    }

    public TallySummary tally(String key) {
        return require(tallies, key);
    }

    public long counter(String key) {
        return require(counters, key);
    }

    public LevelSummary level(String key) {
        return require(levels, key);
    }

    private static <V> V require(Map<String, V> map, String key) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no metric '" + key + "'");
        }
        return value;
    }
}
