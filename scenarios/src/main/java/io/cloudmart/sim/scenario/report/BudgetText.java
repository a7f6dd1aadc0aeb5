package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.finops.Budget;
import io.cloudmart.sim.model.finops.BudgetAlert;
import io.cloudmart.sim.model.finops.BudgetBasis;

/**
 * The budget in sentences: its amount and period, the thresholds and what they are compared with, each alert that
 * fired (when, which threshold, how much), and where the spend is heading at the end's burn rate.
 */
final class BudgetText {
    private BudgetText() {
    }

    /**
     * @param cost  the bill, with a budget
     * @param basis what the thresholds were compared with
     * @param money how amounts are written
     * @param run   the run, for times and its end
     */
    static String of(CostSummary cost, BudgetBasis basis, Money money, CapacityRun run) {
        Budget budget = cost.budget();
        String period = budget.period().name().toLowerCase(Locale.ROOT);
        List<String> thresholds = budget.thresholdsPercent().stream().map(t -> Format.compact(t) + " %").toList();
        StringBuilder text = new StringBuilder("Budget: " + Format.compact(budget.amount()) + " " + money.currency()
                + " a " + period + " (" + Format.compact(budget.period().hours()) + " h), with alerts at " + and(thresholds) + " of it, compared"
                + " with " + (basis == BudgetBasis.ACTUAL ? "the spend so far in the " + period
                : "the spend projected to the end of the " + period + " at the current burn rate") + ".");
        if (cost.alerts().isEmpty()) {
            text.append(" No alert fired in ").append(run.which()).append('.');
        } else {
            // thresholds crossed at the same observation are one sentence: "crossed 50 % (25 USD) and 80 % (40 USD)"
            Map<Double, List<BudgetAlert>> byTime = new LinkedHashMap<>();
            cost.alerts().forEach(alert -> byTime.computeIfAbsent(alert.timeSeconds(), t -> new ArrayList<>()).add(alert));
            List<String> alerts = new ArrayList<>();
            byTime.forEach((time, crossed) -> {
                BudgetAlert first = crossed.get(0);
                double value = first.basis() == BudgetBasis.ACTUAL ? first.spentSoFar() : first.projectedPeriodSpend();
                List<String> levels = crossed.stream().map(a -> Format.compact(a.thresholdPercent()) + " % ("
                        + money.withUnit(a.thresholdPercent() / 100 * budget.amount()) + ")").toList();
                alerts.add("at " + run.axis().withUnit(time) + " "
                        + (first.basis() == BudgetBasis.ACTUAL ? "the spend so far" : "the projected spend") + ", "
                        + money.withUnit(value) + ", crossed " + and(levels));
            });
            text.append(" Alerts: ").append(String.join("; ", alerts)).append('.');
        }
        text.append(' ').append(projection(cost, period, money, run));
        return text.toString();
    }

    private static String projection(CostSummary cost, String period, Money money, CapacityRun run) {
        Budget budget = cost.budget();
        double end = run.replication().simulatedSeconds();
        StringBuilder text = new StringBuilder("At the burn rate of the end of the run, the " + period + " would cost "
                + money.withUnit(cost.projectedPeriodSpend()) + ", "
                + Format.percentOf(cost.projectedPeriodSpend() / budget.amount()) + " of the budget");
        double exceed = cost.projectedExceedAt();
        if (Double.isNaN(exceed)) { // not exceeded within the period the run ended in
            return text.append("; at that rate the budget is not used up before the " + period + " ends, so it holds.")
                    .toString();
        }
        if (exceed <= end) {
            return text.append("; the spend reached the budget at ").append(run.axis().format(exceed)).append(' ')
                    .append(run.axis().unit()).append('.').toString();
        }
        return text.append("; at that rate the budget would be used up ").append(Format.span(exceed))
                .append(" after the start, before the ").append(period).append(" ends.").toString();
    }

    private static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
