package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetAlert;

/**
 * The {@code budget} block of results.json: the budget of {@code finops.budget}, when each threshold's alert
 * fired (in how many replications, and the mean time over those), and where the spend was heading at the end.
 * The same alerts are lines of events.jsonl; this block is their summary.
 */
final class BudgetJson {
    private BudgetJson() {
    }

    /** The block, or empty without a cluster (no bill) or without a budget. */
    static Optional<ObjectNode> json(FinopsConfig finops, Figures f) {
        Optional<List<CostSummary>> priced = f.attachments(CostSummary.class);
        Budget budget = finops.budget();
        if (budget == null || priced.isEmpty()) {
            return Optional.empty();
        }
        List<CostSummary> bills = priced.get();
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        Money.put(n, "amount", budget.amount());
        n.put("currency", finops.currency().getCurrencyCode());
        n.put("period", budget.period().name().toLowerCase(Locale.ROOT));
        n.put("basis", finops.basis().name().toLowerCase(Locale.ROOT));
        ArrayNode thresholds = n.putArray("thresholds");
        for (double percent : budget.thresholdsPercent()) {
            ObjectNode t = thresholds.addObject();
            ResultsJson.put(t, "percent", percent);
            List<Double> times = bills.stream().map(b -> firstAlert(b, percent)).filter(OptionalDouble::isPresent)
                    .map(OptionalDouble::getAsDouble).toList();
            t.put("alertedReplications", times.size());
            ResultsJson.put(t, "meanAtSeconds", times.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
        }
        Money.put(n, "projectedPeriodSpend", mean(bills, CostSummary::projectedPeriodSpend));
        List<Double> exceed = bills.stream().map(CostSummary::projectedExceedAt).filter(t -> !Double.isNaN(t)).toList();
        n.put("projectedToExceedReplications", exceed.size());
        ResultsJson.put(n, "projectedExceedAtSeconds", exceed.stream().mapToDouble(Double::doubleValue).average()
                .orElse(Double.NaN));
        return Optional.of(n);
    }

    private static OptionalDouble firstAlert(CostSummary bill, double percent) {
        return bill.alerts().stream().filter(a -> a.thresholdPercent() == percent).mapToDouble(BudgetAlert::timeSeconds)
                .min();
    }

    private static double mean(List<CostSummary> bills, java.util.function.ToDoubleFunction<CostSummary> of) {
        return bills.stream().mapToDouble(of).average().orElse(Double.NaN);
    }
}
