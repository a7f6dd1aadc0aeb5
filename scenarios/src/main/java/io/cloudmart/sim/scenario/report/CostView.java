package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.BudgetAlert;
import io.cloudmart.sim.model.finops.BudgetBasis;
import io.cloudmart.sim.model.finops.BudgetPeriod;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Marker;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The bill of a run with a cluster ({@link CostSummary}; its budget alerts are journaled by {@code finops}): what
 * the nodes cost, the cost accumulating over time stacked by service with idle on top, OpenCost's allocation per
 * service (and per team when services have a team label), and the budget.
 */
final class CostView implements ControllerView {
    static final String CONTROLLER = io.cloudmart.sim.model.control.JournalNames.FINOPS;
    static final String BUDGET_ALERT = "budgetAlert";
    static final String CHART_TITLE = "Cost over time, by service, idle on top";
    static final String SERVICE_CAPTION = "Cost allocation per service";
    static final String TEAM_CAPTION = "Cost allocation per team";

    private final ScenarioSpec spec;
    private final ClusterView nodes;

    /** @param nodes the cluster's view, whose node-event markers this chart shares */
    CostView(ScenarioSpec spec, ClusterView nodes) {
        this.spec = spec;
        this.nodes = nodes;
    }

    @Override
    public boolean explains(String name) {
        return name.equals(CONTROLLER);
    }

    @Override
    public boolean applies(CapacityRun run) {
        return cost(run).isPresent();
    }

    static Optional<CostSummary> cost(CapacityRun run) {
        return run.replication().attachments().get(CostSummary.class);
    }

    @Override
    public List<Block> blocks(CapacityRun run) {
        CostSummary cost = cost(run).orElseThrow();
        Money money = Money.forTotal(cost.currency(), cost.total());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(story(cost, money, run)));
        blocks.add(chart(cost, money, run));
        blocks.add(new Paragraph(reading()));
        blocks.add(serviceTable(cost, money));
        if (hasTeams(cost.allocation())) {
            blocks.add(AllocationTable.of(TEAM_CAPTION, "team", cost.allocation().teams(), cost.allocation(), money,
                    "The same allocation grouped by the pods' team label, as in Kubecost's team view; pods without one"
                            + " are " + AllocationReport.UNALLOCATED + ", as OpenCost names them."));
        }
        if (cost.budget() != null) {
            // amounts of the size of the budget, which a short run's bill may be far below
            blocks.add(new Paragraph(BudgetText.of(cost, spec.capacity().finops().basis(),
                    Money.forTotal(cost.currency(), cost.budget().amount()), run)));
        }
        return blocks;
    }

    private String story(CostSummary cost, Money money, CapacityRun run) {
        StringBuilder text = new StringBuilder("Cost: in " + run.which() + " the nodes cost "
                + money.withUnit(cost.total()) + " over " + Format.span(run.replication().simulatedSeconds())
                + ", warm-up included ("
                + Format.number(cost.billedNodeHours(), 3) + " billed node-hours");
        List<String> pools = new ArrayList<>();
        cost.billedHoursByPool().forEach((pool, hours) -> pools.add(pool + " " + Format.number(hours, 3)));
        if (pools.size() > 1) {
            text.append(": ").append(String.join(", ", pools));
        }
        text.append("; a node is billed per second from launch to stop, at least 60 s). Like OpenCost, the bill is")
                .append(" split by what each container reserved: at every scrape (every ")
                .append(Format.duration(spec.capacity().metricResolutionSeconds()))
                .append(") a container is charged the larger of its request and its use, for CPU and for memory,")
                .append(" at its node's price per core and per GiB. What the nodes cost beyond that is idle: ")
                .append(money.withUnit(cost.idle())).append(", ")
                .append(Format.percentOf(cost.total() > 0 ? cost.idle() / cost.total() : Double.NaN))
                .append(" of the bill.");
        return text.toString();
    }

    private Chart chart(CostSummary cost, Money money, CapacityRun run) {
        List<Marker> markers = new ArrayList<>(nodes.markers(run));
        Map<Double, List<String>> alerts = new LinkedHashMap<>();
        for (BudgetAlert alert : cost.alerts()) {
            alerts.computeIfAbsent(alert.timeSeconds(), t -> new ArrayList<>())
                    .add(Format.compact(alert.thresholdPercent()) + " %");
        }
        alerts.forEach((time, thresholds) -> markers.add(new Marker(run.axis().convert(time),
                "budget " + String.join(", ", thresholds))));
        return Chart.stacked(CHART_TITLE, run.axis().label(), money.header("cost"), CostCurve.layers(cost, run.axis(), ServiceColours.of(spec)),
                markers);
    }

    private static String reading() {
        return "Reading the chart: the top edge is the bill so far, and its slope is what the cluster costs per"
                + " minute: steeper from a node's launch, flatter once one stops. Each band is one service's allocated"
                + " cost, the services stacked from the bottom in the order of the scenario file; the top band is idle,"
                + " capacity paid for that no container reserved. A thick idle band means the nodes are emptier than"
                + " needed; a service's band grows faster when it has more pods or larger requests. A node is billed"
                + " at least 60 s from its launch, which shows as a small step when it starts. Dashed lines mark the"
                + " node events of the chart above and any budget alert.";
    }

    private Table serviceTable(CostSummary cost, Money money) {
        List<CostLine> lines = new ArrayList<>();
        for (String service : spec.services().keySet()) {
            lines.add(cost.allocation().serviceOrEmpty(service));
        }
        return AllocationTable.of(SERVICE_CAPTION, "service", lines, cost.allocation(), money,
                "Over the whole run, warm-up included; the total is the nodes' bill. CPU and RAM cost: the larger of request and use, integrated"
                        + " over time and priced by the node (OpenCost splits a node's price between its cores and its"
                        + " memory); " + memoryNote() + ", and the istio-proxy sidecars at their requests. Idle: what"
                        + " the nodes cost beyond all allocations."
                        + " The service rows and idle add up to the total. CPU efficiency: CPU used / CPU requested"
                        + " (OpenCost's CPUEfficiency); below 100 % the requests reserve cores the pods do not use.");
    }

    /** True when some pod has a team label, so the team view says more than the service view. */
    private static boolean hasTeams(AllocationReport allocation) {
        return allocation.teams().stream().anyMatch(t -> !t.name().equals(AllocationReport.UNALLOCATED));
    }

    @Override
    public String outcome(ControlEvent event, CapacityRun run) {
        return Format.NONE;
    }

    @Override
    public String details(ControlEvent event, CapacityRun run) {
        if (!event.decision().equals(BUDGET_ALERT)) {
            return "";
        }
        Inputs in = Inputs.of(event);
        String currency = ClusterView.currency(run);
        String budget = in.figure("amount") + " " + currency + " " + periodly(in.text("period")) + " budget";
        String spent = in.figure("spentSoFar") + " " + currency;
        return in.text("basis").equals(BudgetBasis.ACTUAL.name())
                ? "the spend so far, " + spent + ", crossed " + in.figure("thresholdPercent") + " % of the " + budget
                : "the spend projected to the end of the period crossed " + in.figure("thresholdPercent") + " % of the "
                        + budget + " (spent so far " + spent + ")";
    }

    /** "daily", "weekly", "monthly" for the journal's DAY, WEEK, MONTH. */
    private static String periodly(String period) {
        BudgetPeriod known;
        try {
            known = BudgetPeriod.valueOf(period);
        } catch (IllegalArgumentException unknown) {
            return period;
        }
        return switch (known) {
            case DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
        };
    }

    @Override
    public String journalNote(CapacityRun run) {
        return "The budget (finops) journals each alert threshold the first time it is crossed in a period.";
    }

    /** How memory is charged: at its request, unless the scenario models a service's memory use. */
    private String memoryNote() {
        List<String> modelled = spec.services().entrySet().stream().filter(e -> e.getValue().pod().memoryUsage() != null)
                .map(java.util.Map.Entry::getKey).toList();
        if (modelled.isEmpty()) {
            return "memory use is not modelled, so memory is charged at its request";
        }
        return "memory is charged at its request, or at its use where that is larger (modelled for "
                + String.join(", ", modelled) + ")";
    }
}
