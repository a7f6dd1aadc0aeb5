package io.cloudmart.sim.model.finops;

import java.util.List;

/**
 * A cost budget: an amount per period and the alert thresholds, in % of the amount, ascending.
 *
 * <p>The default thresholds 50 %, 80 %, 100 % are a choice, not a tool's default: AWS Budgets has no default
 * thresholds; its documentation's example notification is at 80 % and its API notes that customers commonly alert
 * between 50 % and 200 % ({@code Notification.Threshold}); Google Cloud's console proposes 50 %, 90 %, 100 %.
 *
 * @param amount             the budget for one period, currency, finite and > 0
 * @param period             day, week or month (730 h)
 * @param thresholdsPercent  alert thresholds, % of {@code amount}, each > 0, strictly ascending, at least one
 */
public record Budget(double amount, BudgetPeriod period, List<Double> thresholdsPercent) {
    /** [CHOICE] see the class comment. */
    public static final List<Double> DEFAULT_THRESHOLDS_PERCENT = List.of(50.0, 80.0, 100.0);

    public Budget {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("budget amount must be finite and > 0, got " + amount);
        }
        if (period == null) {
            throw new IllegalArgumentException("budget period must not be null");
        }
        if (thresholdsPercent == null || thresholdsPercent.isEmpty()) {
            throw new IllegalArgumentException("budget needs at least one threshold");
        }
        thresholdsPercent = List.copyOf(thresholdsPercent);
        double previous = 0;
        for (double t : thresholdsPercent) {
            if (!(t > previous) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("budget thresholds must be finite, > 0 % and strictly ascending, got "
                        + thresholdsPercent);
            }
            previous = t;
        }
    }

    /** A budget with the default thresholds 50 %, 80 %, 100 %. */
    public Budget(double amount, BudgetPeriod period) {
        this(amount, period, DEFAULT_THRESHOLDS_PERCENT);
    }
}
