package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.Attachments;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.RightSizingReport;
import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetAlert;
import io.cloudmart.sim.model.finops.BudgetBasis;
import io.cloudmart.sim.model.finops.BudgetPeriod;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.finops.IdleCost;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Table;

/** The pieces of the cluster and cost part on hand-made bills and journals whose answers can be worked out by hand. */
class CostPartsTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final TimeAxis MINUTES = TimeAxis.forDuration(1200);

    private static ControlEvent event(double time, String controller, String decision, Object... keyValues) {
        Map<String, Object> in = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            in.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ControlEvent(time, controller, decision, in);
    }

    private static ControlEvent scaleUp(double time, String pool, int nodes) {
        return event(time, "cluster-autoscaler", "scaleUp", "pool", pool, "nodes", nodes, "pendingPods", 2,
                "expander", "price", "reason", "price: lowest $/h per pod");
    }

    private static ControlEvent interruption(double time, String node) {
        return event(time, "spot", "interruption", "node", node, "pool", "cheap", "pods", 1, "noticeSeconds", 120,
                "cause", "scheduled");
    }

    /** checkout 3 + 1, catalog 1 + 1, idle 1.5 + 0.5: a bill of 8 (USD), 1.6 core-hours used of 4 requested. */
    private static AllocationReport allocation() {
        CostLine checkout = new CostLine("checkout", 3, 3, 1.5, 10, 10, 10, 3, 1);
        CostLine catalog = new CostLine("catalog", 1, 1, 0.1, 4, 4, 4, 1, 1);
        return new AllocationReport(1200, 8, List.of(), List.of(catalog, checkout), List.of(),
                List.of(), new IdleCost(AllocationReport.CLUSTER, 1.5, 0.5, 0, 0));
    }

    private static CostSummary bill(List<CostSummary.CostPoint> curve, Budget budget, List<BudgetAlert> alerts,
                                    double projected, double exceedAt) {
        return new CostSummary(USD, allocation(), 2, Map.of("general", 2.0), curve, budget, alerts, projected, exceedAt);
    }

    private static CapacityRun run(double durationSeconds, CostSummary cost) {
        ReplicationResult replication = new ReplicationResult(new RunSettings("t", 1, 0, durationSeconds, 0, 10), 0, 0,
                new MetricsSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), durationSeconds), List.of(), null, List.of(),
                new Attachments(List.of(cost)));
        return new CapacityRun(replication, 1, TimeAxis.forDuration(durationSeconds));
    }

    @Test
    void nodeEventsCloseTogetherShareOneMarkerAndOtherDecisionsHaveNone() {
        List<ControlEvent> events = List.of(interruption(120, "cheap-1"), event(120, "vpa/api", "recommend"),
                scaleUp(120, "cheap", 1), scaleUp(140, "cheap", 1),
                event(500, "karpenter", "limitReached", "nodePool", "flex", "maxNodes", 3),
                event(600, "cluster-autoscaler", "scaleDown", "node", "general-2", "pool", "general"),
                event(900, "karpenter", "provision", "instanceType", "c5.large", "capacityType", "SPOT"),
                event(901, "karpenter", "consolidateDelete", "node", "flex-1"),
                event(902, "karpenter", "consolidateReplace", "instanceType", "m5.large"),
                interruption(903, "flex-4"));
        ScaleMarkers.Result result = NodeMarkers.of(events, MINUTES, 1200);
        // 6 % of 20 min is 72 s: the interruption and both scale-ups (20 s apart) are one group, a repeat counted
        assertThat(result.markers()).containsExactly(new Marker(2, "spot notice cheap-1, +1 cheap ×2"),
                new Marker(10, "−1 general"), new Marker(15, "+c5.large (spot), −flex-1, ⇄ m5.large, …"));
        assertThat(result.bursts()).isEqualTo(3);
    }

    @Test
    void everyNodeDecisionHasItsInputsInASentence() {
        NodeDecision.Wording words = new NodeDecision.Wording("USD", MINUTES);
        ControlEvent down = event(600, "cluster-autoscaler", "scaleDown", "node", "general-2", "pool", "general",
                "empty", false, "utilization", 0.35, "unneededSince", 300, "podsEvicted", 2);
        assertThat(NodeDecision.of(down)).contains(NodeDecision.CA_SCALE_DOWN);
        assertThat(NodeDecision.CA_SCALE_DOWN.details(Inputs.of(down), words)).isEqualTo(
                "removed general-2 of general (2 pods evicted): its pods' requests were 35.0 % of the node, unneeded"
                        + " since 5.00 min");
        ControlEvent empty = event(600, "cluster-autoscaler", "scaleDown", "node", "general-3", "pool", "general",
                "empty", true, "utilization", 0.0, "unneededSince", 300, "podsEvicted", 0);
        assertThat(NodeDecision.CA_SCALE_DOWN.details(Inputs.of(empty), words))
                .isEqualTo("removed general-3 of general (empty), unneeded since 5.00 min");
        ControlEvent launch = event(900, "karpenter", "provision", "nodePool", "flex", "instanceType", "c5.large",
                "capacityType", "ON_DEMAND", "pricePerHour", 0.085, "pods", 3, "fittingOfferings", 6);
        assertThat(NodeDecision.KARPENTER_PROVISION.details(Inputs.of(launch), words))
                .isEqualTo("launched c5.large (on-demand, 0.085 USD/h), cheapest of 6 fitting offerings for 3 pending pods");
        assertThat(NodeDecision.of(event(1, "spot", "somethingNew"))).isEmpty();
        // an input the models stopped writing shows as "?" instead of breaking the report
        assertThat(NodeDecision.CA_SCALE_UP.details(Inputs.of(event(1, "cluster-autoscaler", "scaleUp")), words))
                .startsWith("+? nodes in ? for ? pending pods");
    }

    @Test
    void amountsKeepFourSignificantDigitsOfTheBill() {
        assertThat(Money.forTotal(USD, 0.0768).format(0.0768)).isEqualTo("0.07680");
        assertThat(Money.forTotal(USD, 0.0768).format(0.012498)).isEqualTo("0.01250");
        assertThat(Money.forTotal(USD, 38.7072).format(38.7072)).isEqualTo("38.71");
        assertThat(Money.forTotal(USD, 1234.5).withUnit(1234.5)).isEqualTo("1,234.50 USD");
        assertThat(Money.forTotal(USD, 0).decimals()).isEqualTo(2);
        assertThat(Money.forTotal(USD, 1e-9).decimals()).isEqualTo(Money.MAX_DECIMALS);
    }

    @Test
    void theCostCurveStartsAtZeroEndsAtTheBillAndStaysSmall() {
        List<CostSummary.CostPoint> curve = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            // one point a minute, the bill growing by 0.01 a minute: 0.006 checkout, 0.001 catalog, 0.003 idle
            curve.add(new CostSummary.CostPoint(60.0 * i, Map.of("checkout", 0.006 * i, "catalog", 0.001 * i), 0.003 * i));
        }
        curve.add(new CostSummary.CostPoint(90_030, Map.of("checkout", 9.0, "catalog", 1.5), 4.5));
        List<Line> layers = CostCurve.layers(bill(curve, null, List.of(), Double.NaN, Double.NaN),
                TimeAxis.forDuration(90_030), ServiceColours.inOrder(List.of("catalog", "checkout")));
        assertThat(layers).extracting(Line::name).containsExactlyInAnyOrder("checkout", "catalog", CostCurve.IDLE);
        // each service in its report-wide colour whatever its place in the stack, idle in the first colour left
        assertThat(layers).filteredOn(l -> l.name().equals("catalog")).extracting(Line::colour).containsExactly(0);
        assertThat(layers).filteredOn(l -> l.name().equals("checkout")).extracting(Line::colour).containsExactly(1);
        assertThat(layers.get(layers.size() - 1).colour()).isEqualTo(2);
        assertThat(layers.get(layers.size() - 1).name()).isEqualTo(CostCurve.IDLE);
        Line idle = layers.get(layers.size() - 1);
        assertThat(idle.size()).isLessThanOrEqualTo(CostCurve.MAX_POINTS);
        assertThat(idle.x()[0]).isZero();
        assertThat(idle.y()[0]).isZero();
        assertThat(idle.x()[idle.size() - 1]).isCloseTo(90_030 / 60.0, within(1e-12)); // a 25 h run in minutes
        double top = layers.stream().mapToDouble(l -> l.y()[l.size() - 1]).sum();
        assertThat(top).isCloseTo(15.0, within(1e-12));
    }

    @Test
    void allocationRowsGoDearestFirstThenIdleAndTheBill() {
        Table table = AllocationTable.of("Cost allocation per service", "service", allocation().services(), allocation(),
                Money.forTotal(USD, 8), "note");
        assertThat(table.caption()).isEqualTo("Cost allocation per service (cost in USD; CPU requested and used in"
                + " core-hours; efficiency = used / requested)");
        assertThat(table.rows()).containsExactly(
                List.of("checkout", "3.000", "1.000", "4.000", "50.0 %", "3.00", "1.50", "50.0 %"),
                List.of("catalog", "1.000", "1.000", "2.000", "25.0 %", "1.00", "0.10", "10.0 %"),
                List.of("idle", "1.500", "0.500", "2.000", "25.0 %", "–", "–", "–"),
                List.of("total", "5.500", "2.500", "8.000", "100.0 %", "4.00", "1.60", "40.0 %"));
    }

    @Test
    void theSavingIsTheSavedCoreHoursAtTheServicesOwnCorePrice() {
        // checkout: 3 USD of CPU for 3 allocated core-hours is 1 USD a core-hour; 2.5 requested, 1.5 at the target
        RightSizingReport report = new RightSizingReport(List.of(new RightSizingReport.Row("checkout",
                UpdateMode.RECREATE, 0.25, 1, 0.1, 0.15, 40, 0.15, 0.08, 1, false, 0.01, 10, 2.5, 1.5)));
        Optional<CostSummary> cost = Optional.of(bill(List.of(), null, List.of(), Double.NaN, Double.NaN));
        assertThat(RightSizingTable.pricePerCoreHour(cost, "checkout")).hasValue(1.0);
        assertThat(RightSizingTable.savedMoney(report.row("checkout"), cost)).hasValue(1.0);
        Table savings = RightSizingTable.savings(report, cost);
        assertThat(savings.rows()).containsExactly(List.of("checkout", "2.500", "1.500", "1.000", "1", "1.000"));
        Table unpriced = RightSizingTable.savings(report, Optional.empty());
        assertThat(unpriced.rows()).containsExactly(List.of("checkout", "2.500", "1.500", "1.000", "–", "–"));
        assertThat(unpriced.headers()).containsExactly("service", "core-h requested", "core-h at target",
                "core-h saved", "price", "saved");
    }

    @Test
    void alertsAtTheSameMomentAreOneSentenceAndTheProjectionSaysWhetherTheBudgetHolds() {
        Budget budget = new Budget(50, BudgetPeriod.WEEK);
        List<BudgetAlert> alerts = List.of(new BudgetAlert(600, 50, BudgetBasis.FORECASTED, 0.2, 41, 0),
                new BudgetAlert(600, 80, BudgetBasis.FORECASTED, 0.2, 41, 0));
        Money money = Money.forTotal(USD, 50);
        // 20 min spent 0.2 USD of a 50 USD week at a burn rate projecting 41 USD: not exceeded within the week
        // (the bill's projected exceed time is NaN then: it would come only after the week ends)
        String holds = BudgetText.of(bill(List.of(), budget, alerts, 41, Double.NaN), BudgetBasis.FORECASTED, money,
                run(1200, bill(List.of(), budget, alerts, 41, Double.NaN)));
        assertThat(holds).contains("Budget: 50 USD a week (168 h), with alerts at 50 %, 80 % and 100 % of it, compared"
                + " with the spend projected to the end of the week at the current burn rate.",
                "Alerts: at 10.00 min the projected spend, 41.00 USD, crossed 50 % (25.00 USD) and 80 % (40.00 USD).",
                "the week would cost 41.00 USD, 82.0 % of the budget",
                "the budget is not used up before the week ends, so it holds.");
        String exceeds = BudgetText.of(bill(List.of(), budget, List.of(), 60, 5 * 86400), BudgetBasis.ACTUAL, money,
                run(1200, bill(List.of(), budget, List.of(), 60, 5 * 86400)));
        assertThat(exceeds).contains("No alert fired in this run.", "used up 5 days after the start, before the week ends.");
        String reached = BudgetText.of(bill(List.of(), budget, List.of(), 80, 900), BudgetBasis.ACTUAL, money,
                run(1200, bill(List.of(), budget, List.of(), 80, 900)));
        assertThat(reached).endsWith("the spend reached the budget at 15.00 min.");
    }
}
