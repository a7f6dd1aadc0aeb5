package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The recommender's estimator chain (percentile → margin → confidence → minimum, upstream's
 * {@code logic/recommender.go} and {@code estimator.go}) and its sample handling ({@code model/container.go}),
 * against figures computed by hand in whole millicores and bytes.
 */
class RecommenderTest {
    private static final double HOUR = 3600.0;
    private static final double DAY = 24 * HOUR;
    private static final double WEEK = 7 * DAY;
    private static final double MINUTE = 60.0;
    private static final double EPS = 1e-9;
    private static final long MIB = 1024L * 1024L;

    /** P90 of a constant 0.4 cores: bucket 22 [0.385, 0.414) answers with its upper end 0.414304 → 414 m. */
    private static final long CPU_P_MILLICORES = 414;
    /** 414 + trunc(414 × 0.15 = 62.1) = 476 m. */
    private static final long CPU_TARGET_MILLICORES = 476;

    /** Feeds one CPU sample of {@code cores} a minute over [from, to], both ends included. */
    private static void feedCpu(Recommender recommender, double from, double to, double cores) {
        for (double t = from; t <= to + 1e-6; t += MINUTE) {
            recommender.addCpuSample(t, cores);
        }
    }

    @Test
    void constantUsageGivesTheBucketUpperEndTimesTheMarginWithConfidenceWideningTheBounds() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        assertThat(0.01 * (Math.pow(1.05, 23) - 1) / 0.05 * 1000).isCloseTo(414.30, within(0.01));

        // 12 h: 721 samples over a 43,200 s span → confidence min(0.5, 721/1440) = 0.5
        feedCpu(recommender, 0, 12 * HOUR, 0.4);
        Recommendation r12 = recommender.recommend(12 * HOUR);
        assertThat(r12.cpuConfidence()).isCloseTo(0.5, within(EPS));
        assertThat(r12.target().cpuMillicores()).isEqualTo(CPU_TARGET_MILLICORES);
        // upper: 476 × (1 + 1/0.5) = 1428; lower: trunc(476 × (1 + 0.001/0.5)^-2 = 474.10) = 474
        assertThat(r12.upperBound().cpuMillicores()).isEqualTo(1428);
        assertThat(r12.lowerBound().cpuMillicores()).isEqualTo(474);

        // 24 h: confidence 1 → upper × 2 = 952, lower trunc(476 / 1.001^2 = 475.05) = 475
        feedCpu(recommender, 12 * HOUR + MINUTE, DAY, 0.4);
        Recommendation r24 = recommender.recommend(DAY);
        assertThat(r24.cpuConfidence()).isCloseTo(1.0, within(EPS));
        assertThat(r24.target().cpuMillicores()).isEqualTo(CPU_TARGET_MILLICORES);
        assertThat(r24.upperBound().cpuMillicores()).isEqualTo(952);
        assertThat(r24.lowerBound().cpuMillicores()).isEqualTo(475);

        // 1 week: confidence 7 → upper 476 × 8/7 = 544 (the "×1.14"), lower 475
        feedCpu(recommender, DAY + MINUTE, WEEK, 0.4);
        Recommendation rWeek = recommender.recommend(WEEK);
        assertThat(rWeek.cpuConfidence()).isCloseTo(7.0, within(EPS));
        assertThat(rWeek.target().cpuMillicores()).isEqualTo(CPU_TARGET_MILLICORES);
        assertThat(rWeek.upperBound().cpuMillicores()).isEqualTo(544);
        assertThat(rWeek.lowerBound().cpuMillicores()).isEqualTo(475);
        assertThat(recommender.cpuUsagePercentileCores(0.9)).isCloseTo(CPU_P_MILLICORES / 1000.0, within(0.001));
    }

    @Test
    void confidenceIsLimitedBySampleCountWhenSamplesAreSparse() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        // one sample an hour for 24 h: span 1 day but 25 samples / 1440 = 0.01736
        for (int h = 0; h <= 24; h++) {
            recommender.addCpuSample(h * HOUR, 0.4);
        }
        Recommendation r = recommender.recommend(DAY);
        assertThat(r.cpuConfidence()).isCloseTo(25 / 1440.0, within(EPS));
        // upper: trunc(476 × (1 + 1440/25) = 476 × 58.6 = 27893.6) = 27893
        assertThat(r.upperBound().cpuMillicores()).isEqualTo(27_893);
    }

    @Test
    void tinyUsageIsFlooredAtThePodMinimums() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        for (double t = 0; t <= DAY; t += MINUTE) {
            recommender.addCpuSample(t, 0.001);
            recommender.addMemorySample(t, 1.0);
        }
        // CPU: bucket 0 → 0.01 cores = 10 m → 10 + 1 = 11 m < 25 m; memory: 1e7 × 1.15 = 11.5 MB < 250 MiB
        Recommendation r = recommender.recommend(DAY);
        for (ResourceAmounts amounts : new ResourceAmounts[] {r.target(), r.lowerBound(), r.upperBound()}) {
            assertThat(amounts.cpuMillicores()).isEqualTo(25);
            assertThat(amounts.memoryBytes()).isEqualTo(250 * MIB);
        }
    }

    @Test
    void podMinimumsAreSplitOverTheRecommendedContainers() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults(), 2, 0.0);
        recommender.addCpuSample(0.0, 0.001);
        // 25 m × 1/2 = 12.5 → 12 m (truncated), 250 MiB / 2 = 125 MiB
        Recommendation r = recommender.recommend(0.0);
        assertThat(r.target().cpuMillicores()).isEqualTo(12);
        assertThat(r.target().memoryBytes()).isEqualTo(125 * MIB);
    }

    @Test
    void withoutHistorySpanTheUpperBoundIsInfiniteAndTheLowerBoundZeroBeforeTheFloor() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        Recommendation empty = recommender.recommend(0.0);
        assertThat(empty.cpuConfidence()).isZero();
        assertThat(empty.target()).isEqualTo(new ResourceAmounts(25, 250 * MIB));
        // one sample: span 0 → confidence 0 → upper × ∞ → MaxResourceAmount, lower × 0 → floor
        recommender.addCpuSample(0.0, 0.4);
        Recommendation one = recommender.recommend(0.0);
        assertThat(one.upperBound().cpuMillicores()).isEqualTo(ResourceAmounts.MAX_AMOUNT);
        assertThat(one.lowerBound().cpuMillicores()).isEqualTo(25);
        assertThat(one.target().cpuMillicores()).isEqualTo(CPU_TARGET_MILLICORES);
    }

    @Test
    void memoryKeepsOnePeakPerContainerAndInterval() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        recommender.addMemorySample("checkout-a", 0.0, 100);
        recommender.addMemorySample("checkout-a", HOUR, 300);
        recommender.addMemorySample("checkout-a", 2 * HOUR, 200);
        DecayingHistogram peaks = recommender.memoryPeakHistogram();
        ExponentialBuckets buckets = ExponentialBuckets.MEMORY_BYTES;
        // one peak (300 MiB) stored at the interval's end (24 h): weight 2^(24h/24h) = 2; the 100 was taken back out
        assertThat(peaks.totalWeight()).isCloseTo(2.0, within(EPS));
        assertThat(peaks.histogram().bucketWeight(buckets.findBucket(300.0 * MIB))).isCloseTo(2.0, within(EPS));
        assertThat(peaks.histogram().bucketWeight(buckets.findBucket(100.0 * MIB))).isZero();
        assertThat(peaks.histogram().bucketWeight(buckets.findBucket(200.0 * MIB))).isZero();

        // 24 h starts the next interval (ending 48 h, weight 4) with its own peak
        recommender.addMemorySample("checkout-a", DAY, 150);
        assertThat(peaks.totalWeight()).isCloseTo(6.0, within(EPS));
        // p50: threshold 3 reached in 150 MiB's bucket (weight 4) → 159171265 bytes = 151.80 MiB
        assertThat(recommender.memoryPeakPercentileMiB(0.5)).isCloseTo(151.7975, within(1e-3));
        // p90: threshold 5.4 → 300 MiB's bucket → 330659541 bytes = 315.34 MiB
        assertThat(recommender.memoryPeakPercentileMiB(0.9)).isCloseTo(315.3415, within(1e-3));
        // a second pod has its own interval and peak
        recommender.addMemorySample("checkout-b", DAY, 500);
        assertThat(peaks.totalWeight()).isCloseTo(6.0 + 4.0, within(EPS));
    }

    @Test
    void memoryTargetAndBoundsFollowThePeaks() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        for (double t = 0; t <= DAY; t += MINUTE) {
            recommender.addCpuSample(t, 0.4);
            recommender.addMemorySample(t, 300);
        }
        Recommendation r = recommender.recommend(DAY);
        // 330659541 + trunc(0.15 × 330659541) = 380258472 bytes; upper × 2; lower trunc(/1.001^2) = 379499094
        assertThat(r.target().memoryBytes()).isEqualTo(380_258_472L);
        assertThat(r.upperBound().memoryBytes()).isEqualTo(760_516_944L);
        assertThat(r.lowerBound().memoryBytes()).isEqualTo(379_499_094L);
    }

    @Test
    void anOomKillBumpsMemoryByTwentyPercentOrHundredMiB() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        recommender.addMemorySample("checkout-a", 0.0, 300);
        // used = max(request 256, peak 300) = 300 MiB → max(300 + 100, 300 × 1.2 = 360) = 400 MiB replaces the peak
        assertThat(recommender.recordOom("checkout-a", HOUR, 256)).isTrue();
        ExponentialBuckets buckets = ExponentialBuckets.MEMORY_BYTES;
        DecayingHistogram peaks = recommender.memoryPeakHistogram();
        assertThat(peaks.histogram().bucketWeight(buckets.findBucket(400.0 * MIB))).isCloseTo(2.0, within(EPS));
        assertThat(peaks.histogram().bucketWeight(buckets.findBucket(300.0 * MIB))).isZero();
        // older than the last memory sample minus one interval: refused
        recommender.addMemorySample("checkout-a", 3 * DAY, 300);
        assertThat(recommender.recordOom("checkout-a", DAY, 256)).isFalse();
    }

    @Test
    void dropsOutOfOrderSamples() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        assertThat(recommender.addCpuSample("checkout-a", 60.0, 0.4)).isTrue();
        assertThat(recommender.addCpuSample("checkout-a", 60.0, 0.4)).isFalse();
        assertThat(recommender.addCpuSample("checkout-a", 30.0, 0.4)).isFalse();
        assertThat(recommender.addCpuSample("checkout-b", 60.0, 0.4)).isTrue();
        assertThat(recommender.addCpuSample("checkout-a", 120.0, -1.0)).isFalse();
        assertThat(recommender.totalSamplesCount()).isEqualTo(2);
        assertThat(recommender.addMemorySample("checkout-a", 60.0, 100)).isTrue();
        assertThat(recommender.addMemorySample("checkout-a", 59.0, 100)).isFalse();
    }

    @Test
    void expiresAfterAWholeMemoryWindowWithoutSamples() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        assertThat(recommender.isExpired(8 * DAY - 1)).isFalse();
        assertThat(recommender.isExpired(8 * DAY)).isTrue();
        recommender.addCpuSample(DAY, 0.4);
        assertThat(recommender.isExpired(9 * DAY - 1)).isFalse();
        assertThat(recommender.isExpired(9 * DAY)).isTrue();
    }

    @Test
    void validatesItsInputs() {
        RecommenderSettings defaults = RecommenderSettings.defaults();
        assertThatThrownBy(() -> new Recommender(" ", defaults)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("containerName");
        assertThatThrownBy(() -> new Recommender("checkout", defaults, 0, 0.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("containersInPod");
        assertThatThrownBy(() -> new Recommender("checkout", defaults).addCpuSample(Double.NaN, 0.4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time");
        assertThatThrownBy(() -> new Recommender("checkout", defaults).cpuUsagePercentileCores(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percentile");
    }
}
