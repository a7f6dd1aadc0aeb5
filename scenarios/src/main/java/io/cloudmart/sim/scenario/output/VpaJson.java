package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.RightSizingReport;
import io.cloudmart.sim.model.control.VpaController;
import io.cloudmart.sim.model.control.RightSizingReport.Row;

/**
 * The {@code vpa} block of results.json: per VerticalPodAutoscaler the right-sizing row (CPU request, usage
 * percentiles, the recommendation at the end, requested against recommended core-hours), its evictions, and, with a
 * cluster, what the recommendation would have saved in money. Whole run (the recommender learns from the first
 * sample); means over replications.
 */
final class VpaJson {
    private VpaJson() {
    }

    /** The block, or empty when the scenario has no VPA. */
    static Optional<ObjectNode> json(Figures f) {
        Optional<List<RightSizingReport>> told = f.attachments(RightSizingReport.class);
        if (told.isEmpty() || told.get().get(0).rows().isEmpty()) {
            return Optional.empty();
        }
        List<RightSizingReport> reports = told.get();
        Optional<List<CostSummary>> bills = f.attachments(CostSummary.class);
        List<ReplicationResult> runs = f.result().replications();
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        for (Row first : reports.get(0).rows()) {
            String service = first.service();
            ObjectNode s = n.putObject(service);
            s.put("updateMode", first.mode().fieldValue());
            ResultsJson.put(s, "requestCpuCores", first.specRequestCpuCores());
            ResultsJson.put(s, "limitCpuCores", first.cpuLimitCores());
            ResultsJson.put(s, "p50CpuCores", mean(reports, service, Row::p50CpuCores));
            ResultsJson.put(s, "p95CpuCores", mean(reports, service, Row::p95CpuCores));
            ObjectNode target = s.putObject("recommendation");
            ResultsJson.put(target, "target", mean(reports, service, Row::targetCpuCores));
            ResultsJson.put(target, "lowerBound", mean(reports, service, Row::lowerBoundCpuCores));
            ResultsJson.put(target, "upperBound", mean(reports, service, Row::upperBoundCpuCores));
            ResultsJson.put(target, "cappedAtLimit", mean(reports, service, r -> r.cappedAtLimit() ? 1 : 0));
            ResultsJson.put(s, "podHours", mean(reports, service, Row::podHours));
            ResultsJson.put(s, "requestCoreHours", mean(reports, service, Row::requestCoreHours));
            ResultsJson.put(s, "recommendedCoreHours", mean(reports, service, Row::recommendedCoreHours));
            ResultsJson.put(s, "savedCoreHours", mean(reports, service, Row::savedCoreHours));
            ResultsJson.put(s, "savedFraction", mean(reports, service, Row::savedFraction));
            ResultsJson.put(s, "evictions", runs.stream().mapToDouble(r -> evictions(r, service)).average().orElse(0));
            if (bills.isPresent()) {
                double saved = 0;
                for (int i = 0; i < reports.size(); i++) {
                    saved += reports.get(i).row(service).savedCost(bills.get().get(i)).orElse(0);
                }
                Money.put(s, "savedCost", saved / reports.size());
            }
        }
        return Optional.of(n);
    }

    private static long evictions(ReplicationResult run, String service) {
        String controller = VpaController.nameFor(service);
        return run.controlEvents().stream()
                .filter(e -> e.controller().equals(controller) && e.decision().equals("evict")).count();
    }

    private static double mean(List<RightSizingReport> reports, String service, ToDoubleFunction<Row> of) {
        return reports.stream().map(r -> r.row(service)).mapToDouble(of).average().orElse(Double.NaN);
    }
}
