package io.cloudmart.sim.model.finops;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Watches a run's spend against a {@link Budget}: fed periodic observations of the cumulative spend and the current
 * burn rate, it emits a {@link BudgetAlert} the first time each threshold is crossed in a period and projects when
 * the budget will be exceeded.
 *
 * <p>Within the period {@code (start, end]} that contains an observation at time {@code now}:
 * <pre>
 * spent     = cumulativeSpend(now) − cumulativeSpend(start)
 * projected = spent + burnRatePerHour × (end − now) / 3600            (spend projected to the period's end)
 * alert θ   when value ≥ θ / 100 × amount, value = spent (ACTUAL) or projected (FORECASTED)
 * exceedAt  = now + (amount − spent) / burnRatePerHour × 3600          (spent < amount, burn rate > 0)
 * </pre>
 * A run shorter than the period is compared through the projection ({@link BudgetBasis#FORECASTED}): a 2-hour run
 * against a monthly budget alerts when its burn rate, carried to the end of the 730-hour month, reaches a threshold.
 * With {@link BudgetBasis#ACTUAL} the spend itself must reach it. The burn rate is the caller's current rate
 * (e.g. {@link NodeBilling#burnRatePerHour(double)}), not the average so far, so the 60 s billing minimum of a
 * new node does not inflate the projection.
 *
 * <p>An alert carries the time of the observation at which the crossing was seen, so observe at least as often as
 * the precision wanted. A period is (start, end]: an observation at its end still belongs to it, so a run of exactly
 * one period reports that period, not an empty next one. A run longer than the period rolls into the next at the
 * first observation after {@code end}: the spend at the boundary is interpolated linearly between the observations
 * around it and the thresholds re-arm.
 */
public final class BudgetMonitor {
    private final Budget budget;
    private final BudgetBasis basis;
    private final List<BudgetAlert> alerts = new ArrayList<>();
    private double periodStart;
    private double spendAtPeriodStart;
    private double lastTime;
    private double lastCumulative;
    private double lastBurnPerHour;
    private int nextThreshold;
    private double exceededAt = Double.NaN;

    /** A monitor whose first period starts at time 0 with nothing spent. */
    public BudgetMonitor(Budget budget, BudgetBasis basis) {
        this(budget, basis, 0, 0);
    }

    /**
     * A monitor whose first period starts at {@code periodStartSeconds}, when the cumulative spend (as later passed
     * to {@link #observe}) was {@code cumulativeSpendAtStart}.
     */
    public BudgetMonitor(Budget budget, BudgetBasis basis, double periodStartSeconds, double cumulativeSpendAtStart) {
        if (budget == null || basis == null) {
            throw new IllegalArgumentException("budget and basis must not be null");
        }
        requireFinite("period start", periodStartSeconds);
        requireFinite("spend at period start", cumulativeSpendAtStart);
        this.budget = budget;
        this.basis = basis;
        this.periodStart = periodStartSeconds;
        this.spendAtPeriodStart = cumulativeSpendAtStart;
        this.lastTime = periodStartSeconds;
        this.lastCumulative = cumulativeSpendAtStart;
    }

    /**
     * An observation at {@code now} (seconds, not before the previous one): the cumulative spend so far (currency,
     * not decreasing) and the current burn rate (currency per hour). Returns the alerts it fires, in ascending
     * threshold order, also kept in {@link #alerts()}.
     */
    public List<BudgetAlert> observe(double now, double cumulativeSpend, double burnRatePerHour) {
        requireFinite("observation time", now);
        requireFinite("cumulative spend", cumulativeSpend);
        requireFinite("burn rate", burnRatePerHour);
        if (now < lastTime) {
            throw new IllegalArgumentException("observation at " + now + " s is before the previous one at "
                    + lastTime + " s");
        }
        if (cumulativeSpend < lastCumulative) {
            throw new IllegalArgumentException("cumulative spend fell from " + lastCumulative + " to " + cumulativeSpend);
        }
        rollPeriods(now, cumulativeSpend);
        lastTime = now;
        lastCumulative = cumulativeSpend;
        lastBurnPerHour = burnRatePerHour;
        double spent = spentInPeriod();
        double projected = projectedPeriodSpend();
        if (Double.isNaN(exceededAt) && spent >= budget.amount()) {
            exceededAt = now;
        }
        double value = basis == BudgetBasis.ACTUAL ? spent : projected;
        List<BudgetAlert> fired = new ArrayList<>();
        List<Double> thresholds = budget.thresholdsPercent();
        while (nextThreshold < thresholds.size() && value >= thresholds.get(nextThreshold) / 100.0 * budget.amount()) {
            fired.add(new BudgetAlert(now, thresholds.get(nextThreshold), basis, spent, projected, periodStart));
            nextThreshold++;
        }
        alerts.addAll(fired);
        return fired;
    }

    /** {@link #observe(double, double, double)} with the spend and burn rate of {@code billing} at {@code now}. */
    public List<BudgetAlert> observe(double now, NodeBilling billing) {
        return observe(now, billing.totalCost(now), billing.burnRatePerHour(now));
    }

    /** Spend in the current period up to the last observation, currency. */
    public double spentInPeriod() {
        return lastCumulative - spendAtPeriodStart;
    }

    /** Spend projected to the end of the current period from the last observation, currency. */
    public double projectedPeriodSpend() {
        return spentInPeriod() + lastBurnPerHour * (periodEndSeconds() - lastTime) / 3600.0;
    }

    /**
     * When the budget is (projected to be) exceeded in the current period, seconds: the observation at which the
     * spend first reached the amount if it already did, otherwise {@link #exceedTime} from the last observation
     * (which may lie beyond {@link #periodEndSeconds()}: then the period ends within budget). Absent when nothing
     * is being spent.
     */
    public OptionalDouble projectedExceedTime() {
        if (!Double.isNaN(exceededAt)) {
            return OptionalDouble.of(exceededAt);
        }
        return exceedTime(lastTime, spentInPeriod(), lastBurnPerHour, budget.amount());
    }

    /**
     * Linear projection: {@code now + (amount − spent) / burnRatePerHour × 3600} seconds; {@code now} if
     * {@code spent >= amount}; absent if {@code spent < amount} and the burn rate is 0.
     */
    public static OptionalDouble exceedTime(double now, double spent, double burnRatePerHour, double amount) {
        if (spent >= amount) {
            return OptionalDouble.of(now);
        }
        if (!(burnRatePerHour > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(now + (amount - spent) / burnRatePerHour * 3600.0);
    }

    public double periodStartSeconds() {
        return periodStart;
    }

    public double periodEndSeconds() {
        return periodStart + budget.period().seconds();
    }

    /** All alerts fired so far, in order. */
    public List<BudgetAlert> alerts() {
        return List.copyOf(alerts);
    }

    public Budget budget() {
        return budget;
    }

    public BudgetBasis basis() {
        return basis;
    }

    private void rollPeriods(double now, double cumulativeSpend) {
        while (now > periodEndSeconds()) {
            double boundary = periodEndSeconds();
            double span = now - lastTime;
            double fraction = span > 0 ? (boundary - lastTime) / span : 1.0;
            spendAtPeriodStart = lastCumulative + (cumulativeSpend - lastCumulative) * fraction;
            periodStart = boundary;
            nextThreshold = 0;
            exceededAt = Double.NaN;
        }
    }

    private static void requireFinite(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }
}
