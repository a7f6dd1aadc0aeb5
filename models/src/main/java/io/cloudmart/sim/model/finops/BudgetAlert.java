package io.cloudmart.sim.model.finops;

import java.util.Locale;

/**
 * A budget threshold crossed, emitted once per threshold and period.
 *
 * @param timeSeconds           the observation at which the threshold was found crossed, seconds
 * @param thresholdPercent      the threshold, % of the budget amount
 * @param basis                 what was compared (actual or forecasted spend)
 * @param spentSoFar            spend in the period up to {@code timeSeconds}, currency
 * @param projectedPeriodSpend  spend projected to the end of the period at the current burn rate, currency
 * @param periodStartSeconds    start of the budget period the alert belongs to, seconds
 */
public record BudgetAlert(double timeSeconds, double thresholdPercent, BudgetBasis basis, double spentSoFar,
                          double projectedPeriodSpend, double periodStartSeconds) {

    /** A one-line text such as {@code t=1500.000 s budget ACTUAL 50% crossed: spent 0.1200, projected 6.9120}. */
    public String describe() {
        return String.format(Locale.US, "t=%.3f s budget %s %.0f%% crossed: spent %.4f, projected %.4f",
                timeSeconds, basis, thresholdPercent, spentSoFar, projectedPeriodSpend);
    }
}
