package io.cloudmart.sim.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computable checks of the collectors, driven by a clock the test moves. */
class StatisticsTest {
    private static final double EPS = 1e-12;

    private double now;
    private final Clock clock = () -> now;

    @Test
    void timeWeightedLevelAveragesByTimeNotBySample() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(100, 10));
        TimeWeighted level = registry.level("q.length", 0, false);
        now = 10;
        level.set(4);   // 0 for 10 s
        now = 15;
        level.set(1);   // 4 for 5 s
        now = 100;      // 1 for 85 s
        assertThat(registry.finish().level("q.length").mean()).isCloseTo((0 * 10 + 4 * 5 + 1 * 85) / 100.0, within(EPS));
    }

    @Test
    void levelSeriesSplitsExactlyAtBucketBoundaries() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(30, 10));
        TimeWeighted level = registry.level("busy", 0, true);
        now = 5;
        level.set(2);   // bucket 0: 0 for 5 s, 2 for 5 s → 1.0
        now = 25;
        level.set(0);   // bucket 1: 2 all along → 2.0; bucket 2: 2 for 5 s, 0 for 5 s → 1.0
        now = 30;
        MetricsSnapshot snapshot = registry.finish();
        assertThat(snapshot.series().get("busy").column("mean")).containsExactly(1.0, 2.0, 1.0);
    }

    @Test
    void resetForgetsThePastButKeepsTheCurrentLevel() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(100, 10));
        TimeWeighted level = registry.level("x", 0, false);
        now = 10;
        level.set(10);
        now = 50;
        registry.resetAll();
        now = 100;
        LevelSummary summary = registry.finish().level("x");
        assertThat(summary.mean()).isCloseTo(10.0, within(EPS));
        assertThat(summary.min()).isEqualTo(10.0);
    }

    @Test
    void counterSeriesIsARatePerSecondPerBucket() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(25, 10));
        Counter counter = registry.counter("done", true);
        now = 1;
        counter.add(20);
        now = 12;
        counter.increment();
        now = 21;       // last bucket is 5 s long
        counter.add(10);
        now = 25;
        MetricsSnapshot snapshot = registry.finish();
        assertThat(snapshot.counter("done")).isEqualTo(31);
        assertThat(snapshot.series().get("done").column("perSecond")).containsExactly(2.0, 0.1, 2.0);
    }

    @Test
    void tallyHasExactMeanAndStdDevAndHistogramPercentiles() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(100, 10));
        Tally tally = registry.tally("lat", true);
        for (int i = 1; i <= 100; i++) {
            now = i - 0.5;
            tally.record(i / 1000.0);   // 1 ms .. 100 ms
        }
        now = 100;
        MetricsSnapshot snapshot = registry.finish();
        TallySummary s = snapshot.tally("lat");
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.mean()).isCloseTo(0.0505, within(EPS));
        assertThat(s.stdDev()).isCloseTo(Math.sqrt(100 * 101 / 12.0) / 1000.0, within(1e-9)); // sample sd of 1..100
        assertThat(s.min()).isEqualTo(0.001);
        assertThat(s.max()).isEqualTo(0.1);
        assertThat(s.p50()).isCloseTo(0.050, within(0.050 * 1e-3));
        assertThat(s.p99()).isCloseTo(0.099, within(0.099 * 1e-3));
        double[] bucketMeans = snapshot.series().get("lat").column("mean");
        assertThat(bucketMeans[0]).isCloseTo(0.0055, within(EPS));   // 1..10 ms
        assertThat(snapshot.series().get("lat").column("count")).containsOnly(10.0);
    }

    @Test
    void emptyBucketsAreNaNForLatencyAndZeroForRates() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(30, 10));
        Tally tally = registry.tally("lat", true);
        Counter counter = registry.counter("n", true);
        now = 25;
        tally.record(0.2);
        counter.increment();
        now = 30;
        MetricsSnapshot snapshot = registry.finish();
        assertThat(snapshot.series().get("lat").column("p95")[0]).isNaN();
        assertThat(snapshot.series().get("n").column("perSecond")).containsExactly(0.0, 0.0, 0.1);
    }

    @Test
    void longRunsGetWiderBucketsSoSeriesStayBounded() {
        Buckets buckets = Buckets.forRun(200 * 3600, 10);
        assertThat(buckets.count()).isLessThanOrEqualTo(Buckets.MAX_BUCKETS);
        assertThat(buckets.widthSeconds() % 10).isZero();
        assertThat(buckets.end(buckets.count() - 1)).isEqualTo(200 * 3600.0);
        assertThat(Buckets.forRun(7200, 10)).isEqualTo(new Buckets(10, 720, 7200));
    }

    @Test
    void aKeyIsRegisteredOnce() {
        MetricRegistry registry = new MetricRegistry(clock, Buckets.forRun(10, 10));
        registry.tally("a", false);
        assertThatThrownBy(() -> registry.counter("a", false)).hasMessageContaining("already registered");
    }
}
