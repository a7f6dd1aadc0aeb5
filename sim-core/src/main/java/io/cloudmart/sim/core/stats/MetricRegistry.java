package io.cloudmart.sim.core.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metrics of one replication. Components create their collectors here under stable
 * {@code component.metric} keys; the registry resets them all at the end of warm-up and closes
 * them at the end of the run.
 */
public final class MetricRegistry {
    private final Clock clock;
    private final Buckets buckets;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Map<String, TimeWeighted> levels = new LinkedHashMap<>();
    /** Start of the measured period: 0, or the time of the last reset (end of warm-up), seconds. */
    private double measuredFrom;

    public MetricRegistry(Clock clock, Buckets buckets) {
        this.clock = clock;
        this.buckets = buckets;
    }

    public Buckets buckets() {
        return buckets;
    }

    /** A new duration tally; with {@code withSeries} also per-bucket mean and percentiles. */
    public Tally tally(String key, boolean withSeries) {
        return put(tallies, key, Tally.single(clock, buckets, withSeries));
    }

    /**
     * A new duration tally whose observations are exactly its parts' ({@link #tallyPart}): recorded only through
     * them, with the summary and series recording each observation into it too would give, but one histogram
     * count per observation instead of two (for a figure derivable from others, as a service's latency is from its
     * endpoints').
     */
    public Tally tallyOfParts(String key, boolean withSeries) {
        return put(tallies, key, Tally.ofParts(clock, buckets, withSeries));
    }

    /** A new duration tally that is a part of {@code whole} (made by {@link #tallyOfParts}): each record counts in both. */
    public Tally tallyPart(String key, boolean withSeries, Tally whole) {
        if (!tallies.containsValue(whole)) {
            throw new IllegalArgumentException("the whole of '" + key + "' is not a tally of this registry");
        }
        requireNew(key); // before the whole learns of its new part
        return put(tallies, key, Tally.partOf(whole, withSeries));
    }

    /** A new counter; with {@code withSeries} also a per-bucket rate. */
    public Counter counter(String key, boolean withSeries) {
        return put(counters, key, new Counter(clock, buckets, withSeries));
    }

    /** A new time-weighted level starting at {@code initial}; with {@code withSeries} also per-bucket means. */
    public TimeWeighted level(String key, double initial, boolean withSeries) {
        return put(levels, key, new TimeWeighted(clock, buckets, withSeries, initial));
    }

    private <T> T put(Map<String, T> map, String key, T collector) {
        requireNew(key);
        map.put(key, collector);
        return collector;
    }

    private void requireNew(String key) {
        if (tallies.containsKey(key) || counters.containsKey(key) || levels.containsKey(key)) {
            throw new IllegalArgumentException("metric '" + key + "' is already registered");
        }
    }

    /** Forgets everything observed so far (end of warm-up); series are kept whole. */
    public void resetAll() {
        measuredFrom = clock.now();
        tallies.values().forEach(Tally::reset);
        counters.values().forEach(Counter::reset);
        levels.values().forEach(TimeWeighted::reset);
    }

    /** Closes every series at the end of the run and copies all summaries. Call once, at the end time. */
    public MetricsSnapshot finish() {
        return finish(buckets.durationSeconds());
    }

    /**
     * Closes every series at {@code endSeconds} and copies all summaries; call once, at that time.
     * A run that stopped before its end time ends its series there: the bucket it stopped in covers
     * only the time up to the stop, and the buckets after it hold NaN (not measured), not zeros.
     */
    public MetricsSnapshot finish(double endSeconds) {
        Map<String, TallySummary> t = new LinkedHashMap<>();
        Map<String, Long> c = new LinkedHashMap<>();
        Map<String, LevelSummary> l = new LinkedHashMap<>();
        Map<String, TimeSeries> s = new LinkedHashMap<>();
        tallies.forEach((k, v) -> {
            v.finish(endSeconds);
            t.put(k, v.summary());
            putSeries(s, v.series(k));
        });
        counters.forEach((k, v) -> {
            v.finish(endSeconds);
            c.put(k, v.count());
            putSeries(s, v.series(k));
        });
        levels.forEach((k, v) -> {
            v.finish(endSeconds);
            l.put(k, v.summary());
            putSeries(s, v.series(k));
        });
        return new MetricsSnapshot(t, c, l, s, endSeconds - measuredFrom);
    }

    private static void putSeries(Map<String, TimeSeries> into, TimeSeries series) {
        if (series != null) {
            into.put(series.key(), series);
        }
    }
}
