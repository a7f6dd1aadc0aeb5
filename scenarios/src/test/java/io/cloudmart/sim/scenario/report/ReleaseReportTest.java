package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.service.VersionMetrics;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Points;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The report of the rollout test scenario ({@code load/rollout.yaml}: v2 fails 10 % of its requests, its first
 * success-rate measurement Fails and Argo aborts), through the shop's own wiring: the rollout loop's time line, the
 * Releases section and the page.
 */
class ReleaseReportTest {
    private static ScenarioSpec spec(List<String> overrides) throws Exception {
        try (InputStream in = ReleaseReportTest.class.getResourceAsStream("/load/rollout.yaml")) {
            return new ScenarioLoader().load("rollout.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    null, overrides);
        }
    }

    private static ExperimentResult run(ScenarioSpec spec) {
        return new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
    }

    private static RolloutSummary summary(ExperimentResult result) {
        return result.replications().get(0).attachments().get(RolloutReport.class).orElseThrow().rollouts().get(0);
    }

    @Test
    void theTimeLineAddsUpToWhatTheCanaryServed() throws Exception {
        RolloutSummary s = summary(run(spec(List.of())));
        List<RolloutTimeline.Point> points = s.timeline().points();
        // the loop's first reconcile (1 s), then a point at every 5 s scrape, each over the 5 s before it
        assertThat(points.get(0).atSeconds()).isEqualTo(1);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).atSeconds()).isEqualTo(i * VersionMetrics.SCRAPE_INTERVAL_SECONDS);
        }
        assertThat(points).hasSize(1 + 900 / 5);
        // the windows tile the run, and v2 has no traffic after the abort: together they hold every v2 response
        double sum = points.stream().mapToDouble(RolloutTimeline.Point::newRequestsPerSecond).filter(Double::isFinite)
                .sum() * VersionMetrics.SCRAPE_INTERVAL_SECONDS;
        assertThat(Math.round(sum)).isEqualTo(s.canaryRequests());
        // the weight the loop set: 0, 20 % once the canary's pod is Ready, 0 at the abort
        assertThat(s.timeline().weightChanges()).extracting(RolloutTimeline.WeightChange::newWeightPercent)
                .containsExactly(0.0, 20.0, 0.0);
        assertThat(s.timeline().weightChanges().get(2).atSeconds()).isEqualTo(s.atSeconds());
        // 10 % errors over the 20 % step: the mean of the per-period error rates is near 10 %
        double mean = points.stream().filter(p -> p.newWeightPercent() == 20 && Double.isFinite(p.newErrorRate()))
                .mapToDouble(RolloutTimeline.Point::newErrorRate).average().orElseThrow();
        assertThat(mean).isBetween(0.06, 0.14);
        // v2's pod is Ready during the step and gone 30 s (abortScaleDownDelaySeconds) after the abort
        assertThat(points.stream().filter(p -> p.atSeconds() > s.atSeconds() + 35).mapToInt(RolloutTimeline.Point::newReadyPods))
                .containsOnly(0);
        assertThat(points.stream().filter(p -> p.atSeconds() > s.atSeconds() && p.atSeconds() < s.atSeconds() + 25)
                .mapToInt(RolloutTimeline.Point::newReadyPods)).containsOnly(1);
    }

    @Test
    void theReportHasAReleasesSectionWithTheFailedMeasurementAndTheAbort() throws Exception {
        ScenarioSpec spec = spec(List.of());
        ExperimentResult result = run(spec);
        RolloutSummary s = summary(result);
        Report report = new ReportComposer(spec, result).compose();
        assertThat(report.sections()).extracting(Section::heading).contains(ReleasesSection.HEADING);
        // after the summary and the timeline
        assertThat(report.sections().get(2).heading()).isEqualTo(ReleasesSection.HEADING);
        Section releases = report.sections().get(2);
        List<Chart> charts = releases.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).hasSize(3);
        Chart errors = charts.get(0);
        assertThat(errors.points()).singleElement().satisfies(p -> {
            assertThat(p.tone()).isEqualTo(Points.Tone.BAD);
            assertThat(p.x()).containsExactly(s.atSeconds() / 60);
            assertThat(p.y()[0]).isEqualTo(100 * (1 - s.measurements().get(0).value()));
        });
        assertThat(errors.markers()).contains(new Marker(s.atSeconds() / 60, "aborted"), new Marker(2, "20 %"));
        String html = new HtmlReportWriter().render(report);
        assertThat(html).contains("<h2", "Releases", "aria-label='Release api: v2 errors against its weight'",
                "success-rate Failed", "aborted");
    }

    @Test
    void aHealthyReleaseIsMarkedPromotedWithItsWeightAtAHundred() throws Exception {
        ScenarioSpec spec = spec(List.of("services.api.versions.v2.errorRate=0"));
        ExperimentResult result = run(spec);
        RolloutSummary s = summary(result);
        ReleaseView view = new ReleaseView(s, spec.rollouts().get(0), TimeAxis.forDuration(900));
        assertThat(view.markers()).contains(new Marker(s.atSeconds() / 60, "promoted"));
        assertThat(view.errorPoints()).singleElement().satisfies(p -> assertThat(p.tone()).isEqualTo(Points.Tone.GOOD));
        double[] weight = view.weightLine().y();
        assertThat(weight[weight.length - 1]).isEqualTo(100);
    }
}
