package io.cloudmart.sim.model.finops;

/**
 * The period a budget amount covers. A month is 730 hours, OpenCost's convention
 * ([DEFAULT] opencost {@code core/pkg/util/timeutil/timeutil.go} {@code HoursPerMonth = 730.0}, i.e. 8760 / 12).
 */
public enum BudgetPeriod {
    DAY(24),
    WEEK(7 * 24),
    MONTH(730);

    private final double hours;

    BudgetPeriod(double hours) {
        this.hours = hours;
    }

    public double hours() {
        return hours;
    }

    public double seconds() {
        return hours * 3600.0;
    }
}
