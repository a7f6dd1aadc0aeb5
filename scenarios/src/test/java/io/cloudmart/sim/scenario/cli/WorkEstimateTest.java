package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** The size of a run, computed from its load, and the pace it keeps, measured on a clock the test moves. */
class WorkEstimateTest {
    private static final double REL = 1e-3;

    private long now;

    private static ScenarioSpec mmc(String... overrides) throws ScenarioException {
        return new ScenarioSource().load("mmc-check", List.of(overrides));
    }

    @Test
    void theRequestsOfAConstantRateAreRateTimesDuration() throws ScenarioException {
        assertThat(WorkEstimate.requestsPerReplication(mmc())).isCloseTo(30.0 * 7200, within(30.0 * 7200 * REL));
    }

    @Test
    void theRequestsOfStagesAndASpikeAreTheAreaUnderTheRate() throws ScenarioException {
        ScenarioSpec stages = mmc("load.stages=[{duration: 1h, rate: 10}, {duration: 1h, rate: 40}]");
        assertThat(WorkEstimate.requestsPerReplication(stages)).isCloseTo(3600 * 50.0, within(3600 * 50.0 * REL));
        // 10/s for 2 h, plus a triangle-topped spike: 10 min ramps up and down to 110/s around a 20 min hold
        ScenarioSpec spike = mmc("load.shape.spike={base: 10, peak: 110, at: 30m, rampUp: 10m, hold: 20m, rampDown: 10m}");
        double expected = 10 * 7200 + 100 * (600 / 2.0 + 1200 + 600 / 2.0);
        assertThat(WorkEstimate.requestsPerReplication(spike)).isCloseTo(expected, within(expected * REL));
    }

    @Test
    void onlyALargeRunIsAnnounced() throws ScenarioException {
        assertThat(WorkEstimate.size(mmc())).isEmpty();
        assertThat(WorkEstimate.size(mmc("duration=100000h", "replications=3"))).contains(
                "about 32,400,000,000 requests to simulate (100,000 h, 3 replications)");
    }

    @Test
    void thePaceIsMeasuredAfterTheWarmUpAndSaidOnce() {
        List<String> said = new ArrayList<>();
        WorkEstimate estimate = new WorkEstimate(said::add, () -> now);
        // slow while the JIT compiles: 1% in the first 1.5 s; then 2% per second: 95% are left at 3.5 s, 47.5 s of work
        for (long ms = 500; ms <= 6000; ms += 500) {
            now = ms * 1_000_000L;
            double fraction = ms <= 1500 ? 0.01 * ms / 1500 : 0.01 + 0.02 * (ms - 1500) / 1000.0;
            estimate.accept(fraction);
        }
        assertThat(said).containsExactly("cmsim: at this pace it takes about 51 s in all (48 s more)"
                + "; Ctrl-C stops it without writing anything");
    }
}
