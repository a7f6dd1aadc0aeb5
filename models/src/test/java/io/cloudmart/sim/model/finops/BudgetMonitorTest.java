package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Budget thresholds (once each per period) and the linear projection of the burn rate. */
class BudgetMonitorTest {
    private static final double EPS = 1e-9;
    private static final PriceBook AWS = PriceBook.awsUsEast1();

    /** Three m5.large from time 0: $0.288 per hour. */
    private static NodeBilling threeM5() {
        NodeBilling billing = new NodeBilling();
        for (String name : new String[] {"n1", "n2", "n3"}) {
            billing.start(AWS.node(name, "m5.large", PurchaseOption.onDemand()), 0);
        }
        return billing;
    }

    @Test
    void aMonthIs730Hours() {
        assertThat(BudgetPeriod.MONTH.seconds()).isEqualTo(730 * 3600.0);
        assertThat(BudgetPeriod.WEEK.hours()).isEqualTo(168);
        assertThat(new Budget(10, BudgetPeriod.DAY).thresholdsPercent()).containsExactly(50.0, 80.0, 100.0);
    }

    /** $0.2/day at $0.288/h: 50 % at 1250 s, 80 % at 2000 s, 100 % at 2500 s; observed every 300 s. */
    @Test
    void actualAlertsFireOnceAtEachThreshold() {
        NodeBilling billing = threeM5();
        BudgetMonitor monitor = new BudgetMonitor(new Budget(0.2, BudgetPeriod.DAY), BudgetBasis.ACTUAL);
        for (double t = 300; t <= 7200; t += 300) {
            monitor.observe(t, billing);
        }
        List<BudgetAlert> alerts = monitor.alerts();
        assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(50.0, 80.0, 100.0);
        assertThat(alerts).extracting(BudgetAlert::timeSeconds).containsExactly(1500.0, 2100.0, 2700.0);
        assertThat(alerts.get(0).spentSoFar()).isCloseTo(0.288 * 1500 / 3600, within(EPS));
        assertThat(alerts.get(0).projectedPeriodSpend()).isCloseTo(0.288 * 24, within(EPS));
        assertThat(alerts.get(2).basis()).isEqualTo(BudgetBasis.ACTUAL);
        assertThat(monitor.projectedExceedTime().getAsDouble()).as("observed exceeded at").isEqualTo(2700.0);
    }

    /** A 2-hour run against a monthly budget compares the burn rate carried to the end of the month. */
    @Test
    void forecastedAlertsCompareTheProjectionToTheMonth() {
        NodeBilling billing = threeM5();
        BudgetMonitor monitor = new BudgetMonitor(new Budget(300, BudgetPeriod.MONTH), BudgetBasis.FORECASTED);
        List<BudgetAlert> first = monitor.observe(60, billing);
        assertThat(first).extracting(BudgetAlert::thresholdPercent).as("≈ $210 projected: 50 % only").containsExactly(50.0);
        assertThat(first.get(0).projectedPeriodSpend())
                .isCloseTo(billing.totalCost(60) + 0.288 * (730 * 3600.0 - 60) / 3600, within(EPS));
        assertThat(monitor.observe(1800, billing)).isEmpty();
        billing.start(AWS.node("n4", "m5.large", PurchaseOption.onDemand()), 1800);
        billing.start(AWS.node("n5", "m5.large", PurchaseOption.onDemand()), 1800);
        List<BudgetAlert> second = monitor.observe(1860, billing);
        assertThat(second).extracting(BudgetAlert::thresholdPercent).as("≈ $350 projected").containsExactly(80.0, 100.0);
        for (double t = 1920; t <= 7200; t += 60) {
            assertThat(monitor.observe(t, billing)).isEmpty();
        }
        assertThat(monitor.alerts()).hasSize(3);
    }

    /** Constant burn $0.288/h against $1/day: exceeded at 1 / 0.288 h = 12,500 s, from any observation. */
    @Test
    void projectedExceedTimeForAConstantBurn() {
        NodeBilling billing = threeM5();
        BudgetMonitor monitor = new BudgetMonitor(new Budget(1.0, BudgetPeriod.DAY), BudgetBasis.FORECASTED);
        monitor.observe(3600, billing);
        assertThat(monitor.spentInPeriod()).isCloseTo(0.288, within(EPS));
        assertThat(monitor.projectedExceedTime().getAsDouble()).isCloseTo(12_500, within(1e-6));
        monitor.observe(7200, billing);
        assertThat(monitor.projectedExceedTime().getAsDouble()).isCloseTo(12_500, within(1e-6));
        assertThat(BudgetMonitor.exceedTime(100, 0.5, 0, 1)).as("no burn").isEmpty();
        assertThat(BudgetMonitor.exceedTime(100, 2, 0, 1).getAsDouble()).as("already over").isEqualTo(100);
    }

    /** $1/day at $0.096/h: day 1 crosses at 5.21 h, 8.33 h, 10.42 h; day 2 re-arms (30 h, 33 h, 35 h observed). */
    @Test
    void thresholdsReArmInTheNextPeriod() {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("n", "m5.large", PurchaseOption.onDemand()), 0);
        BudgetMonitor monitor = new BudgetMonitor(new Budget(1.0, BudgetPeriod.DAY), BudgetBasis.ACTUAL);
        for (int h = 1; h <= 40; h++) {
            monitor.observe(h * 3600.0, billing);
        }
        assertThat(monitor.alerts()).extracting(a -> a.timeSeconds() / 3600)
                .containsExactly(6.0, 9.0, 11.0, 30.0, 33.0, 35.0);
        assertThat(monitor.alerts().get(3).periodStartSeconds()).isEqualTo(86_400.0);
        assertThat(monitor.spentInPeriod()).isCloseTo(16 * 0.096, within(EPS));
    }

    /**
     * A period is (start, end]: the observation at the end closes the day (its spend, its projection, a threshold
     * reached at that instant); the next period begins with the next observation.
     */
    @Test
    void anObservationAtThePeriodsEndBelongsToThatPeriod() {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("n", "m5.large", PurchaseOption.onDemand()), 0);
        // a day at 0.096 USD/h spends 2.304 USD: exactly the budget, reached at the end
        BudgetMonitor monitor = new BudgetMonitor(new Budget(2.304, BudgetPeriod.DAY, List.of(100.0)), BudgetBasis.ACTUAL);
        for (int h = 1; h <= 24; h++) {
            monitor.observe(h * 3600.0, billing);
        }
        assertThat(monitor.periodStartSeconds()).isZero();
        assertThat(monitor.spentInPeriod()).isCloseTo(2.304, within(EPS));
        assertThat(monitor.projectedPeriodSpend()).isCloseTo(2.304, within(EPS));
        assertThat(monitor.alerts()).extracting(BudgetAlert::timeSeconds).containsExactly(86_400.0);
        monitor.observe(25 * 3600.0, billing);
        assertThat(monitor.periodStartSeconds()).isEqualTo(86_400.0);
        assertThat(monitor.spentInPeriod()).isCloseTo(0.096, within(EPS));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> new Budget(0, BudgetPeriod.DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> new Budget(1, BudgetPeriod.DAY, List.of(80.0, 50.0)))
                .hasMessageContaining("strictly ascending");
        BudgetMonitor monitor = new BudgetMonitor(new Budget(1, BudgetPeriod.DAY), BudgetBasis.ACTUAL);
        monitor.observe(100, 0.5, 0.1);
        assertThatThrownBy(() -> monitor.observe(50, 0.6, 0.1)).hasMessageContaining("before the previous one");
        assertThatThrownBy(() -> monitor.observe(150, 0.4, 0.1)).hasMessageContaining("cumulative spend fell");
    }
}
