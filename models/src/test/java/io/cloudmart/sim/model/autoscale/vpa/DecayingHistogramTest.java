package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Half-life decay and reference-time shifting of upstream's {@code decaying_histogram.go}. */
class DecayingHistogramTest {
    private static final double DAY = 86_400.0;
    private static final double EPS = 1e-12;

    private static double cpuBucketStart(int i) {
        return 0.01 * (Math.pow(1.05, i) - 1) / 0.05;
    }

    @Test
    void aSampleCountsHalfAsMuchAsOneTakenAHalfLifeLater() {
        DecayingHistogram histogram = new DecayingHistogram(ExponentialBuckets.CPU_CORES, DAY);
        histogram.addSample(0.1, 1.0, 0.0);     // bucket 8
        histogram.addSample(1.0, 1.0, DAY);     // bucket 36
        ExponentialHistogram raw = histogram.histogram();
        assertThat(raw.bucketWeight(36) / raw.bucketWeight(8)).isCloseTo(2.0, within(EPS));
        // seen from t = 24 h the old sample weighs 0.5 and the new one 1
        assertThat(histogram.totalWeightAt(DAY)).isCloseTo(1.5, within(EPS));
        // so 1/3 of the weight is the old sample: p33 stays in its bucket, p34 moves to the new one
        // (with equal weights p34 would still be in the old one: 0.34 × 2 < 1)
        assertThat(histogram.percentile(0.33)).isCloseTo(cpuBucketStart(9), within(EPS));
        assertThat(histogram.percentile(0.34)).isCloseTo(cpuBucketStart(37), within(EPS));
    }

    @Test
    void theWeightOfOneSampleHalvesEveryHalfLife() {
        DecayingHistogram histogram = new DecayingHistogram(ExponentialBuckets.CPU_CORES, DAY);
        histogram.addSample(0.4, 1.0, 0.0);
        assertThat(histogram.totalWeightAt(0.0)).isCloseTo(1.0, within(EPS));
        assertThat(histogram.totalWeightAt(DAY)).isCloseTo(0.5, within(EPS));
        assertThat(histogram.totalWeightAt(2 * DAY)).isCloseTo(0.25, within(EPS));
    }

    @Test
    void referenceShiftsPastOneHundredHalfLivesAndOldWeightsScaleDown() {
        DecayingHistogram histogram = new DecayingHistogram(ExponentialBuckets.CPU_CORES, DAY);
        histogram.addSample(0.1, 1.0, 0.0);
        histogram.addSample(1.0, 1.0, 50 * DAY);
        assertThat(histogram.referenceTimestampSeconds()).isZero();
        assertThat(histogram.histogram().bucketWeight(36)).isCloseTo(Math.pow(2, 50), within(1.0));
        // 100.6 half-lives after the reference: beyond the 100 allowed, so the reference moves to
        // round(100.6) = 101 half-lives and every weight × 2^-101
        histogram.addSample(0.5, 1.0, 100.6 * DAY);
        assertThat(histogram.referenceTimestampSeconds()).isEqualTo(101 * DAY);
        assertThat(histogram.histogram().bucketWeight(25)).isCloseTo(Math.pow(2, -0.4), within(1e-9));
        assertThat(histogram.histogram().bucketWeight(36)).isCloseTo(Math.pow(2, -51), within(1e-24));
        // the two old samples fell below epsilon: only the new one is left for the percentiles
        assertThat(histogram.percentile(0.0)).isCloseTo(cpuBucketStart(26), within(EPS));
        assertThat(histogram.isEmpty()).isFalse();
    }
}
