package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.model.control.ClusterSummary;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.RightSizingReport;
import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.BudgetAlert;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.output.SignificantDigits;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The capacity-and-cost part of the report from a real run of the test cluster (two pools, spot with scheduled
 * interruptions, a reserved pool, the Cluster Autoscaler, a VPA, a budget), checked against the run's own
 * attachments: the pools' lines are their node counts, the stacked cost ends at the bill, the allocation rows add up
 * to it, and the right-sizing saving is the saved core-hours at the service's own price.
 */
class ClusterReportTest {
    /** The test cluster run for 20 min, as {@code cmsim run ... --set duration=20m}. */
    static final String CLUSTER = resource("/load/cluster.yaml").replace("duration: 10m", "duration: 20m");

    /** One run of a scenario and its report. */
    private record Run(ScenarioSpec spec, ReplicationResult replication, Report report) {
        static Run of(String yaml) throws ScenarioException {
            ScenarioSpec spec = new ScenarioLoader().load("cluster.yaml", yaml, null, List.of());
            ExperimentResult result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1,
                    ShopAssembler.shop(spec));
            return new Run(spec, result.replications().get(0), new ReportComposer(spec, result).compose());
        }

        Section capacity() {
            return report.sections().stream().filter(s -> s.heading().equals(CapacitySection.HEADING_WITH_COST))
                    .findFirst().orElseThrow();
        }

        Chart chart(String title) {
            return capacity().blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast)
                    .filter(c -> c.title().equals(title)).findFirst().orElseThrow();
        }

        Table table(String captionStart) {
            return capacity().blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                    .filter(t -> t.caption().startsWith(captionStart)).findFirst().orElseThrow();
        }

        String text() {
            StringBuilder text = new StringBuilder(capacity().intro());
            for (Block block : capacity().blocks()) {
                if (block instanceof Paragraph p) {
                    text.append('\n').append(p.text());
                }
            }
            return text.toString();
        }

        CostSummary cost() {
            return replication.attachments().get(CostSummary.class).orElseThrow();
        }
    }

    private static String resource(String name) {
        try (InputStream in = ClusterReportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aClusterWithoutAnHpaGetsACapacityAndCostPartAfterTheSummary() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        assertThat(run.spec().capacity().hasHpas()).as("no HPA in this scenario").isFalse();
        assertThat(run.report().sections().stream().map(Section::heading))
                .startsWith("Summary", TimelineSection.HEADING, "Capacity and cost", "Over time");
        assertThat(run.capacity().blocks().stream().filter(Chart.class::isInstance).map(b -> ((Chart) b).title()))
                .containsExactly(ClusterView.CHART_TITLE, CostView.CHART_TITLE);
        String html = new HtmlReportWriter().render(run.report());
        assertThat(html).contains("<h2>Capacity and cost</h2>", "aria-label='Nodes per pool'",
                "aria-label='Cost over time, by service, idle on top'", "Cost allocation per service",
                "Right-sizing: what the VPA");
    }

    @Test
    void eachPoolsLineIsItsNodeCountAndThePendingLineThePodsWaiting() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        ClusterSummary summary = run.replication().attachments().get(ClusterSummary.class).orElseThrow();
        Chart nodes = run.chart(ClusterView.CHART_TITLE);
        assertThat(nodes.xLabel()).isEqualTo("simulated time (min)");
        assertThat(nodes.yLabel()).isEqualTo("nodes (and waiting pods)");
        assertThat(nodes.lines()).extracting(Line::name)
                .containsExactly("general", "cheap (spot)", "own (reserved, no node)", ClusterView.PENDING_LINE);
        // a staircase's time-average is the pool's time-weighted mean, its integral the pods' waiting time
        for (int i = 0; i < summary.pools().size(); i++) {
            assertThat(timeAverage(nodes.lines().get(i))).as(summary.pools().get(i).name())
                    .isCloseTo(summary.pools().get(i).mean(), within(1e-9));
        }
        Line pending = nodes.lines().get(3);
        assertThat(integral(pending) * 60).isCloseTo(summary.pendingPodSeconds(), within(1e-6));
        assertThat(summary.pools().get(0).mean()).as("general keeps its 2 nodes").isEqualTo(2);
        assertThat(summary.interruptions()).isEqualTo(2);
        // spot.interruptions.at [2m, 5m] each take the oldest spot node; its pod waits, and the price expander
        // grows the cheapest pool in the same scan
        assertThat(nodes.markers()).contains(new Marker(2, "spot notice cheap-1, +1 cheap"),
                new Marker(5, "spot notice cheap-2, +1 cheap"));
        assertThat(run.text()).contains("general (m5.large: 2 vCPU, 8 GiB, on-demand, 1–6 nodes at 0.096 USD/h each)",
                "cheap (m5.large: 2 vCPU, 8 GiB, spot, 1–4 nodes at 0.0384 USD/h each)", "general kept 2 nodes",
                "The spot market interrupted 2 nodes.", "\"spot notice cheap-1\" a spot interruption");
    }

    /** The latency chart of "Over time" carries the same node-event markers as "Nodes per pool" (one replication). */
    @Test
    void theOverTimeChartsMarkTheNodeEvents() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        Chart latency = run.report().sections().stream().filter(s -> s.heading().equals("Over time"))
                .flatMap(s -> s.blocks().stream()).filter(Chart.class::isInstance).map(Chart.class::cast)
                .filter(c -> c.title().equals("End-to-end latency")).findFirst().orElseThrow();
        List<String> nodeLabels = run.chart(ClusterView.CHART_TITLE).markers().stream().map(m -> m.label())
                .filter(l -> l.contains("spot notice")).toList();
        assertThat(nodeLabels).isNotEmpty();
        assertThat(latency.markers().stream().map(m -> m.label()).toList()).containsAll(nodeLabels);
    }

    @Test
    void theStackedCostEndsAtTheBill() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        Chart cost = run.chart(CostView.CHART_TITLE);
        assertThat(cost.kind()).isEqualTo(Chart.Kind.STACKED_AREAS);
        assertThat(cost.yLabel()).isEqualTo("cost (USD)");
        assertThat(cost.lines()).extracting(Line::name).containsExactly("checkout", "catalog", CostCurve.IDLE);
        double top = 0;
        for (Line layer : cost.lines()) {
            assertThat(layer.x()[0]).isZero();
            assertThat(layer.y()[0]).isZero();
            top += layer.y()[layer.size() - 1];
        }
        assertThat(top).isCloseTo(run.cost().total(), within(1e-12 * run.cost().total()));
        assertThat(cost.lines().get(0).x()[cost.lines().get(0).size() - 1]).isEqualTo(20.0);
        // the node markers are on the cost chart too: a node's launch steepens the bill
        assertThat(cost.markers()).contains(new Marker(2, "spot notice cheap-1, +1 cheap"));
    }

    @Test
    void theAllocationRowsAndIdleAddUpToTheTotalShown() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        AllocationReport allocation = run.cost().allocation();
        double allocated = allocation.services().stream().mapToDouble(CostLine::totalCost).sum();
        assertThat(allocated + allocation.clusterIdle().totalCost())
                .isCloseTo(run.cost().total(), within(1e-12 * run.cost().total()));

        Table services = run.table(CostView.SERVICE_CAPTION);
        assertThat(services.caption()).contains("cost in USD");
        assertThat(services.headers()).containsExactly("service", "CPU cost", "RAM cost", "total", "share",
                "CPU requested", "CPU used", "efficiency");
        assertThat(services.rows()).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("checkout", "catalog", AllocationTable.IDLE_ROW, AllocationTable.TOTAL_ROW);
        List<String> total = services.rows().get(services.rows().size() - 1);
        assertThat(total.get(0)).isEqualTo(AllocationTable.TOTAL_ROW);
        Money money = Money.forTotal(run.cost().currency(), run.cost().total());
        assertThat(total.get(3)).isEqualTo(money.format(run.cost().total()));
        assertThat(total.get(4)).isEqualTo("100.0 %");
        // as printed: each cost column of the rows above adds up to the total row, to the rounding of its cells
        double unit = Math.pow(10, -money.decimals());
        for (int column = 1; column <= 3; column++) {
            double sum = 0;
            for (List<String> row : services.rows().subList(0, services.rows().size() - 1)) {
                sum += Double.parseDouble(row.get(column));
            }
            assertThat(sum).as(services.headers().get(column))
                    .isCloseTo(Double.parseDouble(total.get(column)), within(services.rows().size() * unit));
        }
        CostLine checkout = allocation.service("checkout").orElseThrow();
        List<String> row = services.rows().stream().filter(r -> r.get(0).equals("checkout")).findFirst().orElseThrow();
        assertThat(row.get(7)).isEqualTo(Format.percentOf(checkout.cpuCoreHoursUsage() / checkout.cpuCoreHoursRequest()));

        Table teams = run.table(CostView.TEAM_CAPTION);
        assertThat(teams.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("payments",
                AllocationReport.UNALLOCATED, AllocationTable.IDLE_ROW, AllocationTable.TOTAL_ROW);
        List<String> payments = teams.rows().stream().filter(r -> r.get(0).equals("payments")).findFirst().orElseThrow();
        assertThat(payments.subList(1, 8)).as("only checkout has team: payments").isEqualTo(row.subList(1, 8));
    }

    @Test
    void theRightSizingSavingIsTheSavedCoreHoursAtTheServicesOwnPrice() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        RightSizingReport.Row vpa = run.replication().attachments().get(RightSizingReport.class).orElseThrow()
                .row("checkout");
        CostLine checkout = run.cost().allocation().service("checkout").orElseThrow();
        double price = checkout.cpuCost() / checkout.cpuCoreHours();
        Money money = Money.forTotal(run.cost().currency(), run.cost().total());

        Table savings = run.table(RightSizingTable.SAVINGS_CAPTION);
        assertThat(savings.headers()).containsExactly("service", "core-h requested", "core-h at target", "core-h saved",
                "price (USD/core-h)", "saved (USD)");
        assertThat(savings.rows()).containsExactly(List.of("checkout", Format.number(vpa.requestCoreHours(), 3),
                Format.number(vpa.recommendedCoreHours(), 3), Format.number(vpa.savedCoreHours(), 3),
                SignificantDigits.format(price, 3), money.format(vpa.savedCoreHours() * price)));
        assertThat(vpa.savedCoreHours()).as("the VPA recommends less than the 250m request").isPositive();
        assertThat(savings.note()).contains("core-hours saved × the service's own price per allocated CPU core-hour");

        Table recommendation = run.table(RightSizingTable.RECOMMENDATION_CAPTION);
        assertThat(recommendation.rows()).containsExactly(List.of("checkout", "Recreate", "0.25",
                SignificantDigits.format(vpa.p50CpuCores(), 3), SignificantDigits.format(vpa.p95CpuCores(), 3),
                SignificantDigits.format(vpa.targetCpuCores(), 3),
                SignificantDigits.format(vpa.lowerBoundCpuCores(), 3) + "–" + SignificantDigits.format(vpa.upperBoundCpuCores(), 3)));
        assertThat(run.text()).contains("the VPA of checkout (updateMode Recreate", "90th percentile",
                "plus a 20 % margin");
    }

    @Test
    void theBudgetGivesItsAmountItsAlertsAndWhereTheSpendIsHeading() throws ScenarioException {
        Run quiet = Run.of(CLUSTER);
        assertThat(quiet.cost().alerts()).isEmpty();
        assertThat(quiet.text()).contains("Budget: 50 USD a week (168 h), with alerts at 25 % and 75 % of it, compared"
                + " with the spend so far in the week. No alert fired in this run.", "the week would cost "
                + Money.forTotal(quiet.cost().currency(), 50).withUnit(quiet.cost().projectedPeriodSpend()), "so it holds");

        // 10 % and 20 % of 0.1 USD a day: the 20-minute bill (about 0.077 USD) crosses both
        Run alerted = Run.of(CLUSTER.replace("budget: { amount: 50, period: week, thresholds: [25, 75], basis: actual }",
                "budget: { amount: 0.1, period: day, thresholds: [10, 20], basis: actual }"));
        List<BudgetAlert> alerts = alerted.cost().alerts();
        assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(10.0, 20.0);
        Money money = Money.forTotal(alerted.cost().currency(), 0.1);
        List<Marker> markers = alerted.chart(CostView.CHART_TITLE).markers();
        for (BudgetAlert alert : alerts) {
            assertThat(alert.spentSoFar()).isGreaterThanOrEqualTo(alert.thresholdPercent() / 100 * 0.1);
            assertThat(alerted.text()).contains("at " + TimeAxis.forDuration(1200).format(alert.timeSeconds())
                    + " min the spend so far, " + money.withUnit(alert.spentSoFar()) + ", crossed "
                    + Format.compact(alert.thresholdPercent()) + " % (" + money.withUnit(alert.thresholdPercent() / 1000) + ")");
            assertThat(markers).contains(new Marker(alert.timeSeconds() / 60, "budget " + Format.compact(alert.thresholdPercent()) + " %"));
        }
        Table decisions = alerted.table(ScaleDecisionTable.WORDS_CAPTION);
        assertThat(decisions.rows()).anySatisfy(r -> assertThat(r.subList(1, 4)).containsExactly("finops", "budgetAlert",
                "the spend so far, " + SignificantDigits.format(alerts.get(0).spentSoFar(), 3)
                        + " USD, crossed 10 % of the 0.1 USD daily budget"));
    }

    @Test
    void everyDecisionOfTheClusterRunIsExplainedInWords() throws ScenarioException {
        Run run = Run.of(CLUSTER);
        List<String> controllers = new ArrayList<>();
        run.replication().controlEvents().stream().map(ControlEvent::controller).distinct().forEach(controllers::add);
        assertThat(controllers).contains("spot", "cluster-autoscaler", "vpa/checkout");
        Table decisions = run.table(ScaleDecisionTable.WORDS_CAPTION);
        assertThat(decisions.headers()).containsExactly("time (min)", "controller", "decision", "details");
        // every capacity decision; the kubelet's Ready lines of new pods have their place on the timeline
        assertThat(decisions.rows()).hasSize((int) run.replication().controlEvents().stream()
                .filter(e -> !ScaleDecisionTable.notACapacityDecision(e.controller())).count());
        for (List<String> row : decisions.rows()) {
            assertThat(row.get(3)).as(row.toString()).isNotEqualTo(Format.NONE).doesNotContain(Inputs.MISSING);
        }
        assertThat(decisions.rows()).anySatisfy(r -> assertThat(r).containsExactly("2.00", "spot", "interruption",
                "cheap-1 of cheap (1 pod) gets a 90 s notice (scheduled in the scenario): drained now, it stops once"
                        + " its pods are gone or the notice ends"));
        assertThat(decisions.rows()).anySatisfy(r -> assertThat(r.subList(0, 3))
                .containsExactly("2.00", "cluster-autoscaler", "↑\u00A0scaleUp"));
        assertThat(decisions.rows()).filteredOn(r -> r.get(1).equals("cluster-autoscaler"))
                .allSatisfy(r -> assertThat(r.get(3)).startsWith("+1 node in cheap for 1 pending pod; expander price:"));
        assertThat(decisions.note()).contains("The node controllers journal", "A VPA journals its recommendation");
    }

    @Test
    void aScenarioWithoutAClusterHasNoneOfIt() throws ScenarioException {
        ScenarioSpec spec = new ScenarioLoader().load("test.yaml", CapacityReportTest.HPA_DEMO, null, List.of());
        ExperimentResult result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
        Report report = new ReportComposer(spec, result).compose();
        assertThat(report.sections().stream().map(Section::heading)).contains(CapacitySection.HEADING)
                .doesNotContain(CapacitySection.HEADING_WITH_COST);
        String html = new HtmlReportWriter().render(report);
        assertThat(html).contains("Scale decisions").doesNotContain("Nodes per pool", "Cost over time", "Cost allocation",
                "Right-sizing", "Budget:", "idle", "Decisions of the");
    }

    /** The time-average of a staircase of (start, end) pairs. */
    private static double timeAverage(Line staircase) {
        double[] x = staircase.x();
        return integral(staircase) / (x[x.length - 1] - x[0]);
    }

    private static double integral(Line staircase) {
        double[] x = staircase.x();
        double[] y = staircase.y();
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i += 2) {
            sum += y[i] * (x[i + 1] - x[i]);
        }
        return sum;
    }
}
