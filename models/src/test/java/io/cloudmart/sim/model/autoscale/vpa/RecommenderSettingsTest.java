package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Defaults of the recommender and updater flags as in upstream's {@code DefaultRecommenderConfig} / {@code DefaultUpdaterConfig}. */
class RecommenderSettingsTest {
    @Test
    void recommenderDefaultsAreUpstreams() {
        RecommenderSettings s = RecommenderSettings.defaults();
        assertThat(s.recommenderIntervalSeconds()).isEqualTo(60.0);
        assertThat(new double[] {s.targetCpuPercentile(), s.lowerBoundCpuPercentile(), s.upperBoundCpuPercentile()})
                .containsExactly(0.9, 0.5, 0.95);
        assertThat(new double[] {s.targetMemoryPercentile(), s.lowerBoundMemoryPercentile(),
                s.upperBoundMemoryPercentile()}).containsExactly(0.9, 0.5, 0.95);
        assertThat(s.safetyMarginFraction()).isEqualTo(0.15);
        assertThat(s.podMinCpuMillicores()).isEqualTo(25);
        assertThat(s.podMinMemoryMb()).isEqualTo(250);
        assertThat(s.confidenceIntervalCpuSeconds()).isEqualTo(86_400.0);
        assertThat(s.cpuHistogramDecayHalfLifeSeconds()).isEqualTo(86_400.0);
        assertThat(s.memoryHistogramDecayHalfLifeSeconds()).isEqualTo(86_400.0);
        assertThat(s.memoryAggregationWindowSeconds()).isEqualTo(8 * 86_400.0);
        assertThat(s.oomBumpUpRatio()).isEqualTo(1.2);
        assertThat(s.oomMinBumpUpBytes()).isEqualTo(100 * 1024 * 1024.0);
    }

    @Test
    void updaterDefaultsAreUpstreams() {
        UpdaterSettings s = UpdaterSettings.defaults();
        assertThat(s.updaterIntervalSeconds()).isEqualTo(60.0);
        assertThat(s.minReplicas()).isEqualTo(2);
        assertThat(s.evictionToleranceFraction()).isEqualTo(0.5);
        assertThat(s.defaultUpdateThreshold()).isEqualTo(0.1);
        assertThat(s.podLifetimeUpdateThresholdSeconds()).isEqualTo(12 * 3600.0);
        assertThat(s.evictAfterOomThresholdSeconds()).isEqualTo(600.0);
    }

    @Test
    void rejectsOutOfRangeFlags() {
        assertThatThrownBy(() -> RecommenderSettings.defaults().withSafetyMarginFraction(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recommendation-margin-fraction");
        assertThatThrownBy(() -> UpdaterSettings.defaults().withEvictionToleranceFraction(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eviction-tolerance");
        assertThatThrownBy(() -> new UpdatePolicy(UpdateMode.RECREATE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minReplicas");
    }

    @Test
    void aMarginOfZeroLeavesThePercentile() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults().withSafetyMarginFraction(0));
        recommender.addCpuSample(0.0, 0.4);
        assertThat(recommender.recommend(0.0).target().cpuMillicores()).isEqualTo(414);
    }
}
