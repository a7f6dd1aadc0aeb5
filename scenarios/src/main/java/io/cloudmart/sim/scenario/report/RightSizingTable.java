package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.RightSizingReport;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.SignificantDigits;

/**
 * The VPAs' right-sizing, in two tables that each fit the page: per service its CPU request, the median and 95th
 * percentile of one pod's CPU use and the recommendation at the end (target and bounds); then the core-hours
 * requested against those at the target, and what the difference is worth: saved core-hours × the service's own price of an allocated CPU core-hour in this run (its
 * allocation's CPU cost / CPU core-hours, both from OpenCost's allocation), so the table reads off the same bill.
 */
final class RightSizingTable {
    static final String RECOMMENDATION_CAPTION = "Right-sizing: CPU request and the VPA's recommendation, cores per pod";
    static final String SAVINGS_CAPTION = "Right-sizing: what the VPA's target would save over the run";
    static final String NO_SAMPLE = "no sample";

    private RightSizingTable() {
    }

    /** The price of one allocated CPU core-hour of {@code service} in {@code cost}, if it was allocated any. */
    static OptionalDouble pricePerCoreHour(Optional<CostSummary> cost, String service) {
        return cost.map(c -> c.cpuPricePerCoreHour(service)).orElse(OptionalDouble.empty());
    }

    /** What the final target would have saved of {@code row}'s CPU cost, currency; empty without a price. */
    static OptionalDouble savedMoney(RightSizingReport.Row row, Optional<CostSummary> cost) {
        return cost.map(row::savedCost).orElse(OptionalDouble.empty());
    }

    /** Per service: its request, the use the VPA saw and what it recommends at the end, in cores. */
    static Table recommendations(RightSizingReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (RightSizingReport.Row row : report.rows()) {
            boolean seen = row.usageSamples() > 0;
            rows.add(List.of(row.service(), row.mode().fieldValue(), cores(row.specRequestCpuCores()),
                    seen ? cores(row.p50CpuCores()) : NO_SAMPLE, seen ? cores(row.p95CpuCores()) : NO_SAMPLE,
                    cores(row.targetCpuCores()) + (row.cappedAtLimit() ? " (limit)" : ""),
                    cores(row.lowerBoundCpuCores()) + "–" + cores(row.upperBoundCpuCores())));
        }
        return new Table(RECOMMENDATION_CAPTION, List.of("service", "updateMode", "request", "use p50", "use p95",
                "VPA target", "bounds"), rows,
                "One pod's CPU use per metrics window, over every pod the VPA saw (p50 the median, p95 the 95th"
                        + " percentile); the target and its lower–upper bounds are the recommendation at the end of"
                        + " the run, capped at the CPU limit (\"(limit)\" when the target was). \"" + NO_SAMPLE
                        + "\": the VPA never saw a running pod, so it recommends the request.");
    }

    /** Per service: core-hours requested against the same pod-hours at the target, and what the difference costs. */
    static Table savings(RightSizingReport report, Optional<CostSummary> cost) {
        Money money = cost.map(c -> Money.forTotal(c.currency(), c.total())).orElse(null);
        List<List<String>> rows = new ArrayList<>();
        for (RightSizingReport.Row row : report.rows()) {
            OptionalDouble price = pricePerCoreHour(cost, row.service());
            OptionalDouble saved = savedMoney(row, cost);
            rows.add(List.of(row.service(), coreHours(row.requestCoreHours()), coreHours(row.recommendedCoreHours()),
                    coreHours(row.savedCoreHours()),
                    price.isPresent() ? SignificantDigits.format(price.getAsDouble(), 3) : Format.NONE,
                    saved.isPresent() ? money.format(saved.getAsDouble()) : Format.NONE));
        }
        String currency = money == null ? "" : money.currency();
        return new Table(SAVINGS_CAPTION, List.of("service", "core-h requested", "core-h at target", "core-h saved",
                money == null ? "price" : "price (" + currency + "/core-h)", money == null ? "saved" : "saved ("
                        + currency + ")"), rows, savingsNote(cost.isPresent()));
    }

    private static String savingsNote(boolean priced) {
        String money = priced
                ? " Saved money = core-hours saved × the service's own price per allocated CPU core-hour in this run:"
                        + " its CPU cost divided by its allocated CPU core-hours (max(request, use) over time) in the"
                        + " allocation table above. A negative saving means the service needed more than it asked for."
                : " Without a cluster the nodes are not priced, so the saving has no price.";
        return "Requested: the CPU requests the service's app containers had, over the hours they ran (the"
                + " allocation table also counts the mesh sidecars; in Recreate or Initial"
                + " mode already changed by the VPA as pods were recreated). At the target: the same pod-hours at the"
                + " final target." + money;
    }

    private static String cores(double value) {
        return Double.isFinite(value) ? SignificantDigits.format(value, 3) : "∞";
    }

    private static String coreHours(double value) {
        return Format.number(value, 3);
    }
}
