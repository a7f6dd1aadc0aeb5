package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.finops.IdleCost;
import io.cloudmart.sim.report.Table;

/**
 * A Kubecost-like allocation table: one row per service (or team), dearest first, then idle and the total, which is
 * the nodes' bill: CPU cost, RAM cost, their sum, its share of the bill, and the CPU core-hours requested and used
 * with the efficiency (used / requested). The rows and idle add up to the total, as OpenCost's allocation does. The
 * currency is in the caption, so the headings stay short enough for the table to fit the page.
 */
final class AllocationTable {
    static final String IDLE_ROW = "idle";
    static final String TOTAL_ROW = "total";
    private AllocationTable() {
    }

    /**
     * @param caption  the table's caption
     * @param group    the heading of the first column: "service" or "team"
     * @param lines    the allocation per service or team
     * @param report   the allocation the lines come from, for idle and the total
     * @param money    how amounts are written
     * @param note     the small print
     */
    static Table of(String caption, String group, List<CostLine> lines, AllocationReport report, Money money, String note) {
        double bill = report.totalNodeCost();
        List<CostLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(CostLine::totalCost).reversed().thenComparing(CostLine::name));
        // the total row holds the largest core-hour figure
        int coreDecimals = decimalsFor(Math.max(lines.stream().mapToDouble(CostLine::cpuCoreHoursRequest).sum(),
                lines.stream().mapToDouble(CostLine::cpuCoreHoursUsage).sum()));
        List<List<String>> rows = new ArrayList<>();
        double cpu = 0;
        double ram = 0;
        double requested = 0;
        double used = 0;
        for (CostLine line : sorted) {
            rows.add(List.of(line.name(), money.format(line.cpuCost()), money.format(line.ramCost()),
                    money.format(line.totalCost()), share(line.totalCost(), bill),
                    Format.number(line.cpuCoreHoursRequest(), coreDecimals),
                    Format.number(line.cpuCoreHoursUsage(), coreDecimals), efficiency(line.cpuEfficiency())));
            cpu += line.cpuCost();
            ram += line.ramCost();
            requested += line.cpuCoreHoursRequest();
            used += line.cpuCoreHoursUsage();
        }
        IdleCost idle = report.clusterIdle();
        rows.add(List.of(IDLE_ROW, money.format(idle.cpuCost()), money.format(idle.ramCost()),
                money.format(idle.totalCost()), share(idle.totalCost(), bill), Format.NONE, Format.NONE, Format.NONE));
        rows.add(List.of(TOTAL_ROW, money.format(cpu + idle.cpuCost()), money.format(ram + idle.ramCost()),
                money.format(bill), share(bill, bill), Format.number(requested, coreDecimals),
                Format.number(used, coreDecimals), efficiency(requested > 0 ? used / requested : Double.NaN)));
        return new Table(caption + " (cost in " + money.currency() + "; CPU requested and used in core-hours;"
                + " efficiency = used / requested)", List.of(group, "CPU cost", "RAM cost", "total", "share",
                "CPU requested", "CPU used", "efficiency"), rows, note);
    }

    /** Decimals that give the largest core-hour figure three significant digits, at most 4. */
    private static int decimalsFor(double largest) {
        if (!(largest > 0)) {
            return 2;
        }
        return (int) Math.max(0, Math.min(4, 2 - Math.floor(Math.log10(largest))));
    }

    private static String share(double amount, double bill) {
        return bill > 0 ? Format.percentOf(amount / bill) : Format.NONE;
    }

    private static String efficiency(double fraction) {
        return Format.percentOf(fraction);
    }
}
