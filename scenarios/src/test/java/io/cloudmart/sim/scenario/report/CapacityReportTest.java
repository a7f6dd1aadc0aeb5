package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.model.control.HpaController;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.ServiceMetrics;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The report of a scenario with an HPA tells when it scaled, why and when the new pods were Ready; a scenario
 * without autoscalers gets the report it had. The HPA runs through the shop's own wiring: the real Deployment,
 * metrics-server and HPA controller.
 */
class CapacityReportTest {
    /** 20/s on two 1-core pods (20 % busy), then 120/s: 2.4 cores of work on 2, so the HPA must scale up. */
    static final String HPA_DEMO = """
            name: hpa-demo
            duration: 20m
            warmup: 1m
            load:
              stages: [ { duration: 5m, rate: 20 }, { duration: 15m, rate: 120 } ]
              journeys: { buy: { call: api.get } }
            services:
              api:
                replicas: 2
                pod: { cpu: 1, concurrency: 8 }
                endpoints: { get: { work: exponential(mean=20ms) } }
                hpa:
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                    - { type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 60 } } }
            """;

    static final String NO_HPA = """
            name: fixed
            duration: 10m
            warmup: 1m
            load: { rate: 20, journeys: { buy: { call: api.get } } }
            services:
              api:
                replicas: 2
                pod: { cpu: 1, concurrency: 8 }
                endpoints: { get: { work: exponential(mean=20ms) } }
            """;

    private static ScenarioSpec load(String yaml) throws ScenarioException {
        return new ScenarioLoader().load("test.yaml", yaml, null, List.of());
    }

    private static ExperimentResult withHpa(ScenarioSpec spec, int replications) {
        return new ReplicationRunner(1).run(ShopAssembler.settings(spec), replications, ShopAssembler.shop(spec));
    }

    private static Section section(Report report, String heading) {
        return report.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private static String text(Section section) {
        StringBuilder text = new StringBuilder(section.intro());
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                text.append('\n').append(p.text());
            }
        }
        return text.toString();
    }

    @Test
    void anHpaScenarioShowsItsReplicasItsTargetAndItsDecisions() throws ScenarioException {
        ScenarioSpec spec = load(HPA_DEMO);
        ExperimentResult result = withHpa(spec, 1);
        List<ControlEvent> ups = result.replications().get(0).controlEvents().stream()
                .filter(e -> e.decision().equals("scaleUp")).toList();
        assertThat(ups).as("the load step must make the HPA scale up").isNotEmpty();
        ControlEvent first = ups.get(0);
        // oracle: it scales because the load rose at 5 min and CPU went above the 60 % target
        assertThat(first.time()).isGreaterThan(300);
        assertThat(((Number) first.inputs().get("current")).doubleValue()).isGreaterThan(60 * 1.1);

        Report report = new ReportComposer(spec, result).compose();
        assertThat(report.sections().stream().map(Section::heading))
                .startsWith("Summary", TimelineSection.HEADING, "Capacity", "Over time");
        Section capacity = section(report, "Capacity");
        List<Chart> charts = capacity.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).extracting(Chart::title)
                .containsExactly("Replicas of api", "CPU utilization of api vs the HPA target");
        Chart replicas = charts.get(0);
        assertThat(replicas.yLabel()).isEqualTo("pods");
        assertThat(replicas.xLabel()).isEqualTo("simulated time (min)");
        assertThat(replicas.lines()).extracting(l -> l.name())
                .containsExactly("Ready", "desired (spec.replicas)", "starting", "pending", "maxReplicas 10");
        String upLabel = "↑ 2→" + first.inputs().get("desiredReplicas");
        assertThat(replicas.markers()).anySatisfy(m -> {
            assertThat(m.x()).isEqualTo(first.time() / 60);
            assertThat(m.label()).startsWith(upLabel);
        });
        Chart utilization = charts.get(1);
        assertThat(utilization.lines()).extracting(l -> l.name()).containsExactly("CPU utilization", "HPA target 60 %");
        assertThat(utilization.lines().get(1).y()).containsExactly(60, 60);

        // the new pods: pulled from cache (0 s), containers 2 s, then the first passing probe 10 s later
        StartupSpec startup = StartupSpec.defaults();
        long readySeconds = Math.round(startup.containerStartSeconds() + startup.readyAfterContainerStart());
        assertThat(readySeconds).isEqualTo(12);
        String when = String.format(java.util.Locale.US, "%.2f", first.time() / 60);
        String ready = String.format(java.util.Locale.US, "%.2f", (first.time() + readySeconds) / 60);
        assertThat(text(capacity)).contains("The first scale-up was at " + when + " min: cpu was at",
                "against the target of 60 %", "the new pods were all Ready at " + ready + " min, 12 s later",
                "between 2 (minReplicas) and 10 (maxReplicas) pods", "tolerance 0.1", "last 5 min");

        Table table = capacity.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        assertThat(table.caption()).isEqualTo("Scale decisions");
        assertThat(table.rows()).anySatisfy(row -> assertThat(row).containsSubsequence(when, "hpa/api",
                "↑\u00A0scaleUp").endsWith(ready + " (+12\u00A0s)"));
        assertThat(table.rows().size()).isLessThanOrEqualTo(ScaleDecisionTable.MAX_ROWS);

        String html = new HtmlReportWriter().render(report);
        assertThat(html).contains("<h2>Capacity</h2>", "Replicas of api", ">" + upLabel, "Scale decisions",
                "↑\u00A0scaleUp");
        assertThat(html.indexOf("<h2>Capacity</h2>")).isBetween(html.indexOf("<h2>Summary</h2>"),
                html.indexOf("<h2>Over time</h2>"));
    }

    /**
     * The HPA measures CPU against the pods' requests, not their limits: with half a core requested of a one-core
     * limit the utilization line is twice the busy share of the cores, on the scale of the target line.
     */
    @Test
    void theUtilizationLineIsOverTheRequestsTheHpaDividesBy() throws ScenarioException {
        String half = HPA_DEMO.replace("pod: { cpu: 1, concurrency: 8 }", "pod: { cpu: 1, concurrency: 8, requests: { cpu: 500m } }");
        ScenarioSpec spec = load(half.replace("duration: 20m", "duration: 8m"));
        ExperimentResult result = withHpa(spec, 1);
        Section capacity = section(new ReportComposer(spec, result).compose(), "Capacity");
        Chart chart = capacity.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast)
                .filter(c -> c.title().startsWith("CPU utilization")).findFirst().orElseThrow();
        assertThat(chart.yLabel()).contains("CPU requests");
        double[] line = chart.lines().get(0).y();
        double[] busy = result.replications().get(0).metrics().series().get(ServiceMetrics.key("api", "utilization"))
                .column("mean");
        int i = busy.length / 2; // the line is a staircase: two points per bucket
        assertThat(busy[i]).isPositive();
        assertThat(line[2 * i]).isCloseTo(200 * busy[i], org.assertj.core.api.Assertions.within(1e-9));
        assertThat(text(capacity)).contains("here 0.5 cores a pod");
    }

    /** The why-text names the scale-down window, and says what a window of 0 s means instead of "the last 0 s". */
    @Test
    void theWhyTextFollowsTheScaleDownStabilizationWindow() throws ScenarioException {
        String window = HPA_DEMO + "      behavior: { scaleDown: { stabilizationWindowSeconds: WINDOW } }\n";
        String withWindow = text(section(report(window.replace("WINDOW", "120")), "Capacity"));
        assertThat(withWindow).contains("the highest recommendation of the last 2 min");
        String none = text(section(report(window.replace("WINDOW", "0")), "Capacity"));
        assertThat(none).contains("scale-down stabilization window is 0 s").doesNotContain("of the last 0");
    }

    private static Report report(String yaml) throws ScenarioException {
        ScenarioSpec spec = load(yaml.replace("duration: 20m", "duration: 8m"));
        return new ReportComposer(spec, withHpa(spec, 1)).compose();
    }

    @Test
    void anHpaOnRequestsPerPodShowsThatMetricAgainstItsTarget() throws ScenarioException {
        // 120/s on 2 pods is 60 per pod against a target of 30: the HPA must at least double the pods
        ScenarioSpec spec = load(HPA_DEMO.replace(
                "{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 60 } } }",
                "{ type: Pods, pods: { metric: { name: requests_per_second }, target: { type: AverageValue,"
                        + " averageValue: 30 } } }"));
        ExperimentResult result = withHpa(spec, 1);
        Section capacity = section(new ReportComposer(spec, result).compose(), "Capacity");
        List<Chart> charts = capacity.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).extracting(Chart::title)
                .containsExactly("Replicas of api", "Requests per pod of api vs the HPA target");
        Chart perPod = charts.get(1);
        assertThat(perPod.lines()).extracting(l -> l.name()).containsExactly("requests/s per Ready pod", "HPA target 30/s");
        // before the step: 20/s on 2 Ready pods is 10 per pod (within Poisson noise over 10 s buckets)
        double[] y = perPod.lines().get(0).y();
        double early = java.util.Arrays.stream(y, 2 * 6, 2 * 30).average().orElseThrow();
        assertThat(early).isBetween(9.0, 11.0);
        double peakDesired = result.replications().get(0).controlEvents().stream()
                .filter(e -> e.controller().startsWith(HpaController.PREFIX)).mapToDouble(e -> ((Number) e.inputs().get("desiredReplicas")).doubleValue()).max().orElseThrow();
        assertThat(peakDesired).isGreaterThanOrEqualTo(4);
        assertThat(text(capacity)).contains("aiming at 30 requests_per_second per pod", "requests_per_second was at");
    }

    @Test
    void withSeveralReplicationsTheCapacityPartSaysWhichOneItShows() throws ScenarioException {
        ScenarioSpec spec = load(HPA_DEMO);
        Section capacity = section(new ReportComposer(spec, withHpa(spec, 2)).compose(), "Capacity");
        assertThat(capacity.intro()).contains("replication 1 of 2");
        Table table = capacity.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        assertThat(table.note()).startsWith("The decisions the control loops journaled in replication 1 of 2.");
    }

    @Test
    void aScenarioWithoutAutoscalersHasNoCapacityPart() throws ScenarioException {
        ScenarioSpec spec = load(NO_HPA);
        ExperimentResult result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
        Report report = new ReportComposer(spec, result).compose();
        assertThat(report.sections().stream().map(Section::heading)).doesNotContain("Capacity")
                .startsWith("Summary", "Over time", "Services");
        String html = new HtmlReportWriter().render(report);
        assertThat(html).doesNotContain("Capacity", "Scale decisions", "Replicas of", "HPA target");
    }
}
