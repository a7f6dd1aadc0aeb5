package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.service.StartupSpec;

/** The right-sizing row attached at the finish: usage percentiles, the recommendation and the core-hours it saves. */
class RightSizingReportTest {
    @Test
    void percentilesOfAKnownPatternAndTheSavingsOfTheTarget() {
        // one pod at 0.2 core four minutes in five and 0.8 core in the fifth; the VPA's sample at 60 k s is the
        // metrics window [60 k − 15, 60 k], so minute k − 1: 50 samples over 3000 s, 40 at 0.2 and 10 at 0.8
        VpaShop shop = new VpaShop(3000, 1, 1.0, UpdateMode.OFF, UpdaterSettings.defaults(), StartupSpec.defaults(),
                t -> Math.floor(t / 60) % 5 == 4 ? 0.8 : 0.2);
        ReplicationResult result = shop.sim.run();
        RightSizingReport.Row row = result.attachments().get(RightSizingReport.class).orElseThrow().row("api");
        assertThat(row.usageSamples()).isEqualTo(50);
        // 0.2 → bucket 14 (2 is between 1.05^14 = 1.980 and 1.05^15 = 2.079), end 0.2 × (1.05^15 − 1) = 0.21579
        assertThat(row.p50CpuCores()).isCloseTo(0.21579, within(1e-5));
        // 0.8 → bucket 32 (5 is between 1.05^32 = 4.765 and 1.05^33 = 5.003), end 0.2 × (1.05^33 − 1) = 0.80064;
        // 40 of 50 samples (80 %) are below it, so the 95th percentile is there
        assertThat(row.p95CpuCores()).isCloseTo(0.80064, within(1e-5));
        // P90 is the 0.8 bucket too: 800 m + trunc(800 × 0.15) = 920 m
        assertThat(row.targetCpuCores()).isEqualTo(0.92);
        assertThat(row.specRequestCpuCores()).isEqualTo(1.0);
        assertThat(row.mode()).isEqualTo(UpdateMode.OFF);
        // one pod for 3000 s at 1 core requested: 0.8333 core-hours; at 0.92 core 0.7667; saves 8 %
        assertThat(row.podHours()).isCloseTo(3000 / 3600.0, within(1e-9));
        assertThat(row.requestCoreHours()).isCloseTo(3000 / 3600.0, within(1e-9));
        assertThat(row.recommendedCoreHours()).isCloseTo(0.92 * 3000 / 3600.0, within(1e-9));
        assertThat(row.savedCoreHours()).isCloseTo(0.08 * 3000 / 3600.0, within(1e-9));
        assertThat(row.savedFraction()).isCloseTo(0.08, within(1e-9));
    }

    @Test
    void requestCoreHoursFollowThePodsAsTheVpaChangesThem() {
        // two pods at 0.1 core, replaced one a loop by 0.476-core pods: the request integral sees both requests
        VpaShop shop = new VpaShop(1800, 2, 0.1, UpdateMode.RECREATE, 0.4);
        ReplicationResult result = shop.sim.run();
        RightSizingReport.Row row = result.attachments().get(RightSizingReport.class).orElseThrow().row("api");
        assertThat(row.targetCpuCores()).isEqualTo(0.476);
        assertThat(row.requestCoreHours()).isGreaterThan(row.podHours() * 0.1).isLessThan(row.podHours() * 0.476);
        assertThat(row.savedCoreHours()).isNegative(); // under-provisioned: the target asks for more
    }

    @Test
    void theTallyKeepsAFixedHistogramWhateverTheSampleCount() {
        CpuUsageTally tally = new CpuUsageTally();
        for (int i = 0; i < 1_000_000; i++) {
            tally.addUsage(i % 10 == 0 ? 0.8 : 0.4);
        }
        assertThat(tally.samples()).isEqualTo(1_000_000);
        assertThat(tally.usagePercentileCores(0.5)).isCloseTo(0.4143, within(1e-4));
        assertThat(tally.usagePercentileCores(0.95)).isCloseTo(0.80064, within(1e-5));
    }
}
