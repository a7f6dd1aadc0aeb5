package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Points;
import io.cloudmart.sim.scenario.load.ScenarioLoader;

/**
 * The pieces of a release's report part, on a hand-made summary whose every figure is known: a canary of api v2 that
 * starts at 300 s, gets 20 % at 322 s (its pod Ready), is measured at 442 s and aborted there.
 */
class ReleasePartsTest {
    private static final TimeAxis MINUTES = TimeAxis.forDuration(900);

    /** rollout.yaml's canary, with a p99 metric beside the success rate and a request-rate metric. */
    private static RolloutConfig config() throws Exception {
        String yaml = """
                name: parts
                duration: 15m
                load: { rate: 50, journeys: { visit: { weight: 1, call: api.get } } }
                mesh: { mtls: DISABLE, services: { api: { route: [ { destinations: { v1: 100, v2: 0 } } ] } } }
                services:
                  api:
                    pod: { cpu: 1, memory: 512Mi, concurrency: 4 }
                    versions: { v1: { replicas: 5 }, v2: { replicas: 1 } }
                    endpoints: { get: { work: exponential(mean=20ms) } }
                analysisTemplates:
                  checks:
                    metrics:
                      - { name: success-rate, provider: { versionMetric: successRate, window: 1m }, successCondition: result >= 0.95 }
                      - { name: p99, provider: { versionMetric: latencyP99, window: 1m }, successCondition: result < 0.25 }
                      - { name: traffic, provider: { versionMetric: requestRate, window: 1m }, successCondition: result > 1 }
                rollouts:
                  api:
                    service: api
                    stableVersion: v1
                    canaryVersion: v2
                    startAt: 5m
                    replicas: 5
                    steps:
                      - setWeight: 20
                      - pause: { duration: 2m }
                      - analysis: { templates: [ { templateName: checks } ] }
                      - setWeight: 50
                      - pause: {}
                """;
        return new ScenarioLoader().load("parts.yaml", yaml, null, List.of()).rollouts().get(0);
    }

    /** A point every 5 s from 0 to 900 s: 20 % from 322 s to 442 s, v2 failing 10 % with a p99 of 120 ms then. */
    private static RolloutSummary.Timeline timeline() {
        List<RolloutTimeline.Point> points = new ArrayList<>();
        for (int t = 0; t <= 900; t += 5) {
            boolean canary = t > 322 && t <= 445;
            points.add(new RolloutTimeline.Point(t, t >= 322 && t < 442 ? 20 : 0, canary ? 40 : 50, canary ? 10 : Double.NaN,
                    canary ? 0.1 : Double.NaN, canary ? 0.12 : Double.NaN, 5, t >= 325 && t < 475 ? 1 : 0));
        }
        return new RolloutSummary.Timeline(points, List.of(new RolloutTimeline.WeightChange(0, 0),
                new RolloutTimeline.WeightChange(322, 20), new RolloutTimeline.WeightChange(442, 0)));
    }

    private static ReleaseView aborted() throws Exception {
        RolloutSummary summary = new RolloutSummary("api", RolloutOutcome.ABORTED, 442,
                "STEP_ANALYSIS: Metric \"success-rate\" assessed Failed",
                List.of(new RolloutSummary.StepStart(0, 300), new RolloutSummary.StepStart(1, 322),
                        new RolloutSummary.StepStart(2, 442)),
                List.of(new RolloutSummary.Measurement(442, "success-rate", 0.9, AnalysisPhase.FAILED),
                        new RolloutSummary.Measurement(442, "p99", 0.125, AnalysisPhase.SUCCESSFUL),
                        new RolloutSummary.Measurement(442, "traffic", 10, AnalysisPhase.SUCCESSFUL)),
                1200, 120, ReleaseStrategy.CANARY,
                new ReleaseFigures(0, 0, 1200, 120, 0.1, 0.2, 322, Double.NaN, 0.1, Double.NaN, Double.NaN), timeline(), 300);
        return new ReleaseView(summary, config(), MINUTES);
    }

    @Test
    void markersAtEachStepStartNamedAfterTheStepAndAtTheAbort() throws Exception {
        assertThat(aborted().markers()).containsExactly(new Marker(5, "20 %"), new Marker(322 / 60.0, "pause 2 min"),
                new Marker(442 / 60.0, "analysis"), new Marker(442 / 60.0, "aborted"));
    }

    @Test
    void theChartsShowTheReleaseWithAMinuteBeforeAndNinetySecondsAfter() throws Exception {
        // began 300 s, ended 442 s: 142 s long, so the lead is 60 s (more than a quarter) and the tail 90 s
        assertThat(aborted().window()).containsExactly(240, 532);
        Line weight = aborted().weightLine();
        // a vertical step at the second of each change, not at the next 5 s point
        assertThat(weight.x()).containsExactly(4, 322 / 60.0, 322 / 60.0, 442 / 60.0, 442 / 60.0, 532 / 60.0);
        assertThat(weight.y()).containsExactly(0, 0, 20, 20, 0, 0);
    }

    @Test
    void theErrorChartHasTheTimelinesErrorRateAndTheFailedSuccessRateAsAnErrorRate() throws Exception {
        Chart chart = aborted().errorChart();
        Line errors = chart.lines().get(0);
        // the time line's points from 240 s to 530 s, in percent, NaN where v2 served nothing
        assertThat(errors.x()).hasSize((530 - 240) / 5 + 1);
        assertThat(errors.x()[0]).isEqualTo(4);
        double[] y = errors.y();
        assertThat(y[(325 - 240) / 5]).isCloseTo(10, within(1e-9));
        assertThat(y[(320 - 240) / 5]).isNaN();
        assertThat(chart.rightAxis().lines()).containsExactly(aborted().weightLine());
        assertThat(chart.rightAxis().max()).isEqualTo(100);
        // success rate 0.9 is 10 % errors, Failed: one bad point at 442 s; p99 and the request rate are not here
        assertThat(chart.points()).singleElement().satisfies(p -> {
            assertThat(p.tone()).isEqualTo(Points.Tone.BAD);
            assertThat(p.name()).isEqualTo("success-rate Failed");
            assertThat(p.x()).containsExactly(442 / 60.0);
            assertThat(p.y()[0]).isCloseTo(10, within(1e-9));
        });
        assertThat(chart.markers()).isEqualTo(aborted().markers());
    }

    @Test
    void theLatencyChartHasTheP99InMsAndTheLatencyMeasurement() throws Exception {
        Chart chart = aborted().latencyChart();
        assertThat(Arrays.stream(chart.lines().get(0).y()).filter(Double::isFinite).distinct().toArray())
                .containsExactly(120);
        assertThat(chart.points()).singleElement().satisfies(p -> {
            assertThat(p.tone()).isEqualTo(Points.Tone.GOOD);
            assertThat(p.y()).containsExactly(125);
        });
    }

    @Test
    void trafficAndPodsOfBothVersions() throws Exception {
        Chart chart = aborted().trafficChart();
        assertThat(chart.lines()).extracting(Line::name).containsExactly("v1 responses/s", "v2 responses/s");
        assertThat(chart.rightAxis().lines()).extracting(Line::name).containsExactly("v1 Ready pods", "v2 Ready pods");
        // v2's pod from the 325 s point until the 475 s point, as a staircase
        Line pods = chart.rightAxis().lines().get(1);
        double[] x = pods.x();
        double[] y = pods.y();
        double firstUp = Double.NaN;
        double lastUp = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            if (y[i] == 1) {
                firstUp = Double.isNaN(firstUp) ? x[i] : firstUp;
                lastUp = x[i];
            }
        }
        assertThat(firstUp).isCloseTo(325 / 60.0, within(1e-9));
        assertThat(lastUp).isCloseTo(475 / 60.0, within(1e-9));
    }

    @Test
    void phasesHaveTheirTones() {
        assertThat(ReleaseView.tone(AnalysisPhase.SUCCESSFUL)).isEqualTo(Points.Tone.GOOD);
        assertThat(ReleaseView.tone(AnalysisPhase.FAILED)).isEqualTo(Points.Tone.BAD);
        assertThat(ReleaseView.tone(AnalysisPhase.INCONCLUSIVE)).isEqualTo(Points.Tone.UNDECIDED);
        assertThat(ReleaseView.tone(AnalysisPhase.ERROR)).isEqualTo(Points.Tone.BROKEN);
    }

    @Test
    void theStoryTellsWhenWhyAndTheBlastRadius() throws Exception {
        assertThat(aborted().story()).isEqualTo("api v2 went out at 5.00 min. It was aborted at 7.37 min, 2.37 min after"
                + " it began, and its traffic went back to v1 at once: STEP_ANALYSIS: Metric \"success-rate\" assessed"
                + " Failed. In all, v2 served 1,200 requests over the run, 120 of them errors (10.0 %).");
    }
}
