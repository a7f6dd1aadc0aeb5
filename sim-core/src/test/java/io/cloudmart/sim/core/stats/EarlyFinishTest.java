package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A run that stops before its end time: each series covers the time up to the stop, the bucket it
 * stopped in is a rate or mean over the part before the stop, and later buckets are NaN.
 */
class EarlyFinishTest {
    private static final double EPS = 1e-12;

    private double now;
    private final Clock clock = () -> now;

    @Test
    void aLevelsPartialBucketIsItsMeanBeforeTheStopAndLaterBucketsAreNaN() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(40, 10));
        TimeWeighted level = registry.level("queue", 0, true);
        now = 5;
        level.set(4);   // bucket 0: 0 for 5 s, 4 for 5 s → 2
        now = 15;       // stop in bucket 1 after 5 s at 4 → 4
        MetricsSnapshot snapshot = registry.finish(15);
        assertThat(snapshot.series().get("queue").column("mean")).containsExactly(2.0, 4.0, Double.NaN, Double.NaN);
        assertThat(snapshot.level("queue").mean()).isCloseTo((0 * 5 + 4 * 10) / 15.0, within(EPS));
        assertThat(snapshot.measuredSeconds()).isEqualTo(15);
    }

    @Test
    void aCountersPartialBucketIsARateOverTheTimeBeforeTheStop() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(40, 10));
        Counter counter = registry.counter("answers", true);
        now = 2;
        counter.add(30);  // bucket 0: 30 in 10 s → 3/s
        now = 12;
        counter.add(8);   // bucket 1 until the stop at 14: 8 in 4 s → 2/s
        now = 14;
        MetricsSnapshot snapshot = registry.finish(14);
        assertThat(snapshot.series().get("answers").column("perSecond")).containsExactly(3.0, 2.0, Double.NaN, Double.NaN);
        assertThat(snapshot.counter("answers")).isEqualTo(38);
    }

    @Test
    void aTallysBucketsAfterTheStopAreNaN() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(30, 10));
        Tally tally = registry.tally("latency", true);
        now = 3;
        tally.record(0.5);
        now = 11;
        tally.record(1.5);
        MetricsSnapshot snapshot = registry.finish(11);
        TimeSeries series = snapshot.series().get("latency");
        assertThat(series.column("mean")).containsExactly(0.5, 1.5, Double.NaN);
        assertThat(series.column("count")).containsExactly(1.0, 1.0, Double.NaN);
    }

    @Test
    void theMeasuredTimeRunsFromTheResetToTheStop() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(100, 10));
        Counter counter = registry.counter("answers", false);
        now = 20;
        registry.resetAll();
        counter.add(90);
        now = 50;
        MetricsSnapshot snapshot = registry.finish(50);
        assertThat(snapshot.measuredSeconds()).isEqualTo(30);
        assertThat(snapshot.counter("answers") / snapshot.measuredSeconds()).isEqualTo(3.0);
    }

    @Test
    void finishingAtTheEndTimeIsTheSameAsFinishing() {
        double[] a = finishedSeries(true);
        double[] b = finishedSeries(false);
        assertThat(a).containsExactly(b);
    }

    private double[] finishedSeries(boolean explicitEnd) {
        now = 0;
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(25, 10));
        TimeWeighted level = registry.level("x", 1, true);
        now = 12;
        level.set(3);
        now = 25;
        return (explicitEnd ? registry.finish(25) : registry.finish()).series().get("x").column("mean");
    }
}
