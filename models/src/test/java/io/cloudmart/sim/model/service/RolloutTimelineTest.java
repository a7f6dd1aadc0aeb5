package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.rollout.RolloutTimeline;

/**
 * The release time line against hand-made responses whose every count is known (in this package for
 * {@link VersionMetrics}' test constructor: 10 s scrapes, so a 10 s period).
 */
class RolloutTimelineTest {
    private static final VersionConfig STABLE = new VersionConfig("stable", 1, 0, 1);
    private static final VersionConfig CANARY = new VersionConfig("canary", 1, 0, 1);

    /**
     * The canary answers once a second at i + 0.5, every fourth a 503, in 10 ms, 20 ms, …, 100 ms by i mod 10; the
     * stable twice a second. A loop reconciles every 0.5 s and sets the weight to 20 at 13 s and 50 at 37 s.
     */
    private static final class Run {
        final List<double[]> direct = new ArrayList<>();
        RolloutTimeline timeline;

        Run() {
            Simulation sim = new Simulation(new RunSettings("timeline", 1, 0, 70, 0, 10));
            VersionMetrics m = new VersionMetrics(sim, "api", List.of(STABLE, CANARY), 10, 100);
            timeline = new RolloutTimeline(m, "stable", "canary", 10);
            for (int i = 0; i < 60; i++) {
                Outcome outcome = i % 4 == 0 ? Outcome.UNAVAILABLE : Outcome.OK;
                double latency = 0.01 * (i % 10 + 1);
                sim.at(i + 0.5, "canary", () -> m.completed(CANARY, latency, outcome));
                sim.at(i + 0.25, "stable", () -> m.completed(STABLE, 0.02, Outcome.OK));
                sim.at(i + 0.75, "stable", () -> m.completed(STABLE, 0.02, Outcome.OK));
            }
            for (int k = 0; k <= 130; k++) {
                double t = k * 0.5;
                sim.at(t, "reconcile", () -> {
                    double weight = t < 13 ? 0 : t < 37 ? 20 : 50;
                    timeline.observe(t, weight, 5, t < 13 ? 0 : 1);
                    if (t % 10 == 0) {
                        direct.add(new double[] {m.requestRate("stable", t, 10), m.requestRate("canary", t, 10),
                                m.errorRate("canary", t, 10), m.latencyQuantile("canary", 0.99, t, 10)});
                    }
                });
            }
            sim.run();
        }
    }

    @Test
    void onePointPerPeriodWithTheValuesVersionMetricsGives() {
        Run run = new Run();
        List<RolloutTimeline.Point> points = run.timeline.points();
        // reconciles every 0.5 s over 65 s, points only at the period boundaries 0, 10, …, 60
        assertThat(points).extracting(RolloutTimeline.Point::atSeconds)
                .containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0);
        for (int i = 0; i < points.size(); i++) {
            RolloutTimeline.Point p = points.get(i);
            double[] d = run.direct.get(i); // Double: NaN (no data) equals NaN
            assertThat((Double) p.oldRequestsPerSecond()).isEqualTo((Double) d[0]);
            assertThat((Double) p.newRequestsPerSecond()).isEqualTo((Double) d[1]);
            assertThat((Double) p.newErrorRate()).isEqualTo((Double) d[2]);
            assertThat((Double) p.newP99Seconds()).isEqualTo((Double) d[3]);
        }
        // nothing scraped yet at 0 s: no data, not zero
        assertThat(points.get(0).newRequestsPerSecond()).isNaN();
        assertThat(points.get(0).newErrorRate()).isNaN();
        // [20, 30]: canary responses at 20.5 … 29.5, 503s at 20, 24, 28; stable 20 of them
        RolloutTimeline.Point at30 = points.get(3);
        assertThat(at30.newRequestsPerSecond()).isEqualTo(1.0);
        assertThat(at30.oldRequestsPerSecond()).isEqualTo(2.0);
        assertThat(at30.newErrorRate()).isEqualTo(3 / 10.0);
        // the slowest response of the window took 100 ms: Envoy's bucket holding it is (50, 100] ms
        assertThat(at30.newP99Seconds()).isGreaterThan(0.05).isLessThanOrEqualTo(0.1);
        assertThat(at30.newWeightPercent()).isEqualTo(20);
        assertThat(at30.oldReadyPods()).isEqualTo(5);
        assertThat(at30.newReadyPods()).isEqualTo(1);
    }

    @Test
    void weightChangesAreKeptWhenTheyHappenNotAtTheNextPoint() {
        Run run = new Run();
        assertThat(run.timeline.weightChanges()).containsExactly(
                new RolloutTimeline.WeightChange(0, 0), new RolloutTimeline.WeightChange(13, 20),
                new RolloutTimeline.WeightChange(37, 50));
        // the point at 40 s shows the weight set at 37 s
        assertThat(run.timeline.points().get(4).newWeightPercent()).isEqualTo(50);
    }

    @Test
    void versionsTheMetricsDoNotKnowAreRefused() {
        Simulation sim = new Simulation(new RunSettings("timeline", 1, 0, 10, 0, 10));
        VersionMetrics m = new VersionMetrics(sim, "api", List.of(STABLE, CANARY), 10, 100);
        assertThatThrownBy(() -> new RolloutTimeline(m, "stable", "v3", 10))
                .hasMessageContaining("v3").hasMessageContaining("[stable, canary]");
        assertThatThrownBy(() -> new RolloutTimeline(m, "stable", "canary", 0)).hasMessageContaining("period");
    }
}
