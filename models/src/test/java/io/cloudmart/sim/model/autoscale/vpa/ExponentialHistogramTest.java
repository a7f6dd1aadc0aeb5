package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exponential bucketing and the percentile rule of upstream's {@code histogram.go}, against hand-computed buckets. */
class ExponentialHistogramTest {
    private static final double EPS = 1e-12;

    /** Start of CPU bucket {@code i}, written out: 0.01 × (1.05^i − 1) / 0.05. */
    private static double cpuBucketStart(int i) {
        return 0.01 * (Math.pow(1.05, i) - 1) / 0.05;
    }

    @Test
    void defaultBucketingHas176BucketsForCpuAndMemory() {
        // ceil(log_1.05(1000 × 0.05 / 0.01 + 1)) + 1 = ceil(log_1.05(5001)) + 1 = ceil(174.6) + 1; same ratio for 1e12 / 1e7
        assertThat(ExponentialBuckets.CPU_CORES.numBuckets()).isEqualTo(176);
        assertThat(ExponentialBuckets.MEMORY_BYTES.numBuckets()).isEqualTo(176);
    }

    @Test
    void findsTheBucketOfAValue() {
        ExponentialBuckets cpu = ExponentialBuckets.CPU_CORES;
        // bucket = floor(log_1.05(v × 5 + 1)): 0.1 → log_1.05(1.5) = 8.31; 0.2 → log_1.05(2) = 14.21; 0.4 → log_1.05(3) = 22.52
        assertThat(cpu.findBucket(0.005)).isZero();
        assertThat(cpu.findBucket(0.1)).isEqualTo(8);
        assertThat(cpu.findBucket(0.2)).isEqualTo(14);
        assertThat(cpu.findBucket(0.4)).isEqualTo(22);
        assertThat(cpu.findBucket(1.0)).isEqualTo(36);
        assertThat(cpu.findBucket(1e9)).isEqualTo(175);
        assertThat(cpu.bucketStart(0)).isZero();
        assertThat(cpu.bucketStart(1)).isCloseTo(0.01, within(EPS));
        assertThat(cpu.bucketStart(23)).isCloseTo(0.414304751183562, within(EPS));
        assertThat(cpu.bucketStart(22)).isLessThanOrEqualTo(0.4).isCloseTo(0.385052143984345, within(EPS));
    }

    @Test
    void percentileIsTheUpperEndOfTheBucketWhereTheRunningWeightReachesTheThreshold() {
        ExponentialHistogram histogram = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
        for (double cores : new double[] {0.1, 0.2, 0.5, 1.0}) {
            histogram.addSample(cores, 1.0);
        }
        // total 4: p50 → threshold 2 reached in 0.2's bucket 14 → start of bucket 15 = 0.2157856...
        assertThat(histogram.percentile(0.5)).isCloseTo(cpuBucketStart(15), within(EPS))
                .isCloseTo(0.215785635882274, within(EPS));
        // p0 → the first non-empty bucket (8) → start of 9
        assertThat(histogram.percentile(0.0)).isCloseTo(cpuBucketStart(9), within(EPS));
        // p51 → threshold 2.04, past 0.2's bucket, reached at 0.5's bucket 25 → start of 26 = 0.5111
        assertThat(histogram.percentile(0.51)).isCloseTo(cpuBucketStart(26), within(EPS))
                .isCloseTo(0.511134537588871, within(EPS));
        // p90 → threshold 3.6: the walk stops at the highest non-empty bucket (36) → start of 37
        assertThat(histogram.percentile(0.9)).isCloseTo(cpuBucketStart(37), within(EPS));
        assertThat(histogram.percentile(1.0)).isCloseTo(cpuBucketStart(37), within(EPS));
    }

    @Test
    void lastBucketAnswersWithItsOwnStart() {
        ExponentialHistogram histogram = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
        histogram.addSample(5000.0, 1.0);
        assertThat(histogram.percentile(0.5)).isCloseTo(cpuBucketStart(175), within(1e-9));
    }

    @Test
    void emptyHistogramAnswersZeroAndSubtractingEverythingEmptiesIt() {
        ExponentialHistogram histogram = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
        assertThat(histogram.isEmpty()).isTrue();
        assertThat(histogram.percentile(0.9)).isZero();
        histogram.addSample(0.4, 1.0);
        histogram.addSample(1.0, 1.0);
        assertThat(histogram.isEmpty()).isFalse();
        histogram.subtractSample(0.4, 1.0);
        // only 1.0 is left: even p0 is its bucket
        assertThat(histogram.percentile(0.0)).isCloseTo(cpuBucketStart(37), within(EPS));
        histogram.subtractSample(1.0, 1.0);
        assertThat(histogram.isEmpty()).isTrue();
        assertThat(histogram.totalWeight()).isZero();
    }

    @Test
    void weightBelowEpsilonDoesNotMakeItNonEmpty() {
        ExponentialHistogram histogram = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
        histogram.addSample(0.4, ExponentialBuckets.EPSILON / 2);
        assertThat(histogram.isEmpty()).isTrue();
    }

    @Test
    void rejectsBadInput() {
        ExponentialHistogram histogram = new ExponentialHistogram(ExponentialBuckets.CPU_CORES);
        assertThatThrownBy(() -> histogram.addSample(0.4, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> new ExponentialBuckets(1000, 0.01, 1.0, 1e-4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
        assertThatThrownBy(() -> ExponentialBuckets.CPU_CORES.bucketStart(176))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }
}
