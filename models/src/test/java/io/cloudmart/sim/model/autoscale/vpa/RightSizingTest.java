package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A right-sizing row from a recommender fed constant usage. */
class RightSizingTest {
    private static final double EPS = 1e-9;

    @Test
    void savingsAreRequestMinusTargetPerPodAndOverReplicas() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        for (double t = 0; t <= 86_400; t += 60) {
            recommender.addCpuSample(t, 0.4);
            recommender.addMemorySample(t, 300);
        }
        RightSizing row = RightSizing.of("checkout", 3, ResourceAmounts.ofCoresAndMiB(1.0, 1024), recommender, 86_400);
        // usage percentiles are bucket upper ends: 0.41430 cores, 315.34 MiB
        assertThat(row.p50CpuCores()).isCloseTo(0.414305, within(1e-6));
        assertThat(row.p95CpuCores()).isCloseTo(0.414305, within(1e-6));
        assertThat(row.p95MemoryGiB()).isCloseTo(315.3415 / 1024, within(1e-6));
        assertThat(row.recommendedTarget()).isEqualTo(new ResourceAmounts(476, 380_258_472L));
        // 1 − 0.476 = 0.524 cores a pod, × 3; 1 GiB − 380258472 B = 0.645857 GiB a pod
        assertThat(row.cpuSavingsCoresPerPod()).isCloseTo(0.524, within(EPS));
        assertThat(row.cpuSavingsCores()).isCloseTo(1.572, within(EPS));
        assertThat(row.memorySavingsGiBPerPod()).isCloseTo(0.6458567008, within(1e-9));
        assertThat(row.memorySavingsGiB()).isCloseTo(3 * 0.6458567008, within(1e-8));
        assertThat(row.describe()).startsWith("checkout ×3: request 1000m/1024.0Mi, target 476m/362.6Mi, saves 1.572 cores");
    }

    @Test
    void anUnderProvisionedServiceHasNegativeSavings() {
        RightSizing row = new RightSizing("cart", 2, ResourceAmounts.ofCoresAndMiB(0.1, 128), 0.3, 0.5, 0.2, 0.25,
                ResourceAmounts.ofCoresAndMiB(0.5, 300));
        assertThat(row.cpuSavingsCores()).isCloseTo(-0.8, within(EPS));
        assertThat(row.memorySavingsGiB()).isCloseTo(2 * (128 - 300) / 1024.0, within(EPS));
        assertThatThrownBy(() -> new RightSizing("cart", -1, row.request(), 0, 0, 0, 0, row.recommendedTarget()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicas");
    }
}
