package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.report.Table;

/** The releases compared: one column per release, the exposure and extra-capacity figures as results.json has them. */
class ReleaseComparisonTest {
    private static RolloutSummary release(String name, ReleaseStrategy strategy, double at, ReleaseFigures figures) {
        return new RolloutSummary(name, RolloutOutcome.PROMOTED, at, "", List.of(), List.of(), 0, 0, strategy, figures,
                RolloutSummary.Timeline.NONE, 300);
    }

    private static final RolloutSummary CANARY = release("canary", ReleaseStrategy.CANARY, 834,
            new ReleaseFigures(0, 0, 14_076, 3, 0.52, 1.0, 322, 834, 0.366, 0.103, 0.01971));
    private static final RolloutSummary BLUE_GREEN = release("bg", ReleaseStrategy.BLUE_GREEN, 782,
            new ReleaseFigures(1849, 0, 0, 0, 0.0, 1.0, 782, 782, 0.458, 0.128, 0.02466));

    @Test
    void eachReleaseIsAColumnOfItsExposureAndExtraCapacity() {
        Table t = ReleaseComparison.of(List.of(CANARY, BLUE_GREEN), Optional.of(Currency.getInstance("USD")),
                TimeAxis.forDuration(1800));
        assertThat(t.headers()).containsExactly("figure", "canary", "bg");
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("strategy", "outcome",
                "users' requests the new version answered before that", "of them errors",
                "their share of the users' requests", "largest share of traffic at once",
                "first traffic to the new version", "all traffic to it", "extra pod-hours",
                "extra node-hours", "extra cost (USD)");
        assertThat(t.rows().get(0)).containsExactly("strategy", "canary", "blueGreen");
        assertThat(t.rows().get(1).get(1)).startsWith("promoted at 13.90");
        assertThat(t.rows().get(2)).containsExactly("users' requests the new version answered before that", "14,076", "0");
        assertThat(t.rows().get(4)).containsExactly("their share of the users' requests", "52.0 %", "0.0 %");
        // the canary's traffic moved over 8.5 min, blue-green's in one step
        assertThat(t.rows().get(6)).containsExactly("first traffic to the new version", "5.37\u00a0min", "13.03\u00a0min");
        assertThat(t.rows().get(7)).containsExactly("all traffic to it", "13.90\u00a0min", "13.03\u00a0min");
        assertThat(t.rows().get(8)).containsExactly("extra pod-hours", "0.366", "0.458");
        assertThat(t.rows().get(9)).containsExactly("extra node-hours", "0.103", "0.128");
        // the costs with the decimals of the larger one (four significant digits)
        assertThat(t.rows().get(10)).containsExactly("extra cost (USD)", "0.01971", "0.02466");
    }

    @Test
    void withoutAClusterThereAreNoNodeHoursOrCost() {
        RolloutSummary noCluster = release("canary", ReleaseStrategy.CANARY, 834,
                new ReleaseFigures(0, 0, 10, 0, 0.5, 0.3, 322, Double.NaN, 0.2, Double.NaN, Double.NaN));
        Table t = ReleaseComparison.of(List.of(noCluster), Optional.empty(), TimeAxis.forDuration(1800));
        assertThat(t.rows()).extracting(r -> r.get(0)).doesNotContain("extra node-hours", "extra cost (USD)");
        assertThat(t.rows().get(5)).containsExactly("largest share of traffic at once", "30.0 %");
    }
}
