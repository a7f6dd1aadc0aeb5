package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The finops-budget story: 3 m5.xlarge at $0.192/h burn $0.576/h, $13.824 over the day the run lasts, so a
 * $12.50 daily budget's thresholds θ are crossed at θ/100 × 12.5 / 0.576 hours, each alert journaled at the first
 * 15 s scrape after; the first hour alone projects the same day's spend and exceed time; a forecast (the spend
 * plus the burn rate to the end of the day) crosses them all at the first scrape. Two nodes, or three c5.xlarge
 * at $0.17/h, keep the day within the budget.
 */
class FinopsBudgetTest {
    private static final double M5_XLARGE = 0.192;
    private static final double C5_XLARGE = 0.17;
    private static final double BURN_PER_HOUR = 3 * M5_XLARGE;
    private static final double DAY_HOURS = 24;
    private static final double BUDGET = 12.5;
    private static final double SCRAPE_SECONDS = 15;
    private static StoryRun day;
    private static StoryRun firstHour;
    private static StoryRun forecasted;
    private static StoryRun twoNodes;
    private static StoryRun cheaperNodes;

    @BeforeAll
    static void run(@TempDir Path dir) {
        day = StoryRun.of(dir.resolve("day"), "finops-budget");
        firstHour = StoryRun.of(dir.resolve("first-hour"), "finops-budget", "duration=1h");
        forecasted = StoryRun.of(dir.resolve("forecasted"), "finops-budget", "finops.budget.basis=forecasted",
                "duration=10m");
        twoNodes = StoryRun.of(dir.resolve("two-nodes"), "finops-budget", "cluster.nodePools.0.initialNodes=2");
        cheaperNodes = StoryRun.of(dir.resolve("c5"), "finops-budget", "cluster.nodePools.0.instanceType=c5.xlarge");
    }

    /** When a spend of {@code burnPerHour} reaches θ % of the budget, seconds. */
    private static double crossingSeconds(double thresholdPercent, double burnPerHour) {
        return thresholdPercent / 100 * BUDGET / burnPerHour * 3600;
    }

    /** Each alert comes at the first scrape at or after its crossing, with the spend so far at that scrape. */
    private static void assertAlertsAtTheScrapeAfterTheCrossing(StoryRun run, double burnPerHour, Double... thresholds) {
        List<JsonNode> alerts = run.events("finops", "budgetAlert");
        assertThat(alerts).extracting(a -> a.at("/inputs/thresholdPercent").asDouble()).containsExactly(thresholds);
        for (int i = 0; i < alerts.size(); i++) {
            JsonNode alert = alerts.get(i);
            double due = crossingSeconds(thresholds[i], burnPerHour);
            double at = alert.get("timeSeconds").asDouble();
            assertThat(at).isGreaterThanOrEqualTo(due).isLessThan(due + SCRAPE_SECONDS);
            assertThat(at % SCRAPE_SECONDS).isZero();
            assertThat(alert.at("/inputs/basis").asText()).isEqualTo("ACTUAL");
            assertThat(alert.at("/inputs/spentSoFar").asDouble()).isCloseTo(burnPerHour * at / 3600, within(1e-9));
            // results.json summarises the same alert per threshold
            assertThat(run.figure("/budget/thresholds/" + i + "/alertedReplications")).isEqualTo(1);
            assertThat(run.figure("/budget/thresholds/" + i + "/meanAtSeconds")).isEqualTo(at);
        }
    }

    @Test
    void eachThresholdAlertsAtTheScrapeAfterTheSpendReachesIt() {
        assertAlertsAtTheScrapeAfterTheCrossing(day, BURN_PER_HOUR, 50.0, 80.0, 100.0);
        // the budget was exceeded at the 100 % alert
        assertThat(day.figure("/budget/projectedExceedAtSeconds"))
                .isEqualTo(day.figure("/budget/thresholds/2/meanAtSeconds"));
    }

    @Test
    void aWholeDayIsThePeriodItsSpendIsTheNodesPriceOverTheDay() {
        assertThat(day.figure("/simulatedSeconds")).isEqualTo(DAY_HOURS * 3600);
        assertThat(day.figure("/cost/total")).isCloseTo(DAY_HOURS * BURN_PER_HOUR, within(1e-6));
        // at the period's last instant the projection to its end is the spend itself
        assertThat(day.figure("/budget/projectedPeriodSpend")).isCloseTo(day.figure("/cost/total"), within(1e-6));
    }

    @Test
    void theFirstHourProjectsTheDaysSpendAndWhenItExceedsTheBudget() {
        assertThat(firstHour.events("finops", "budgetAlert")).isEmpty(); // $0.576 spent, below 50 % of $12.50
        assertThat(firstHour.figure("/cost/total")).isCloseTo(BURN_PER_HOUR, within(1e-6));
        assertThat(firstHour.figure("/budget/projectedPeriodSpend")).isCloseTo(DAY_HOURS * BURN_PER_HOUR, within(1e-6));
        double exceedAt = firstHour.figure("/budget/projectedExceedAtSeconds");
        assertThat(exceedAt).isCloseTo(crossingSeconds(100, BURN_PER_HOUR), within(1e-6));
        // the full day's alert is the projection rounded up to the next scrape
        assertThat(day.figure("/budget/thresholds/2/meanAtSeconds"))
                .isEqualTo(Math.ceil(exceedAt / SCRAPE_SECONDS) * SCRAPE_SECONDS);
    }

    @Test
    void theBillSplitsIntoTeamsAndMostlyIdle() {
        double teams = day.figure("/cost/perTeam/web") + day.figure("/cost/perTeam/discovery")
                + day.figure("/cost/perTeam/payments");
        assertThat(teams + day.figure("/cost/idle")).isCloseTo(day.figure("/cost/total"), within(4e-6));
        // 5.5 cores requested of 11.76 allocatable, and little used: most of the bill is idle
        assertThat(day.figure("/cost/idle")).isGreaterThan(teams);
    }

    @Test
    void aForecastCrossesEveryThresholdAtTheFirstScrape() {
        List<JsonNode> alerts = forecasted.events("finops", "budgetAlert");
        assertThat(alerts).extracting(a -> a.get("timeSeconds").asDouble()).containsExactly(SCRAPE_SECONDS,
                SCRAPE_SECONDS, SCRAPE_SECONDS);
        // spent so far + $0.576/h to the end of the day: $13.82, over 100 % of $12.50
        assertThat(forecasted.figure("/budget/projectedPeriodSpend")).isCloseTo(DAY_HOURS * BURN_PER_HOUR,
                within(1e-6));
        // ten minutes are enough to project when the budget will be exceeded: 12.5 / 0.576 h
        assertThat(forecasted.figure("/budget/projectedExceedAtSeconds")).isCloseTo(crossingSeconds(100, BURN_PER_HOUR),
                within(1e-6));
    }

    @Test
    void twoNodesOrCheaperOnesKeepTheDayWithinTheBudget() {
        // 5.5 cores of pods fit on two m5.xlarge (7.84 allocatable): $9.216 a day, only the 50 % alert fires
        assertThat(twoNodes.figure("/cluster/pendingPodSeconds")).isZero();
        assertThat(twoNodes.figure("/cost/total")).isCloseTo(DAY_HOURS * 2 * M5_XLARGE, within(1e-6));
        assertAlertsAtTheScrapeAfterTheCrossing(twoNodes, 2 * M5_XLARGE, 50.0);
        // three c5.xlarge: $12.24 a day, 97.9 % of the budget, so the 100 % alert never fires
        assertThat(cheaperNodes.figure("/cluster/pendingPodSeconds")).isZero();
        assertThat(cheaperNodes.figure("/cost/total")).isCloseTo(DAY_HOURS * 3 * C5_XLARGE, within(1e-6));
        assertAlertsAtTheScrapeAfterTheCrossing(cheaperNodes, 3 * C5_XLARGE, 50.0, 80.0);
        for (StoryRun run : List.of(twoNodes, cheaperNodes)) {
            assertThat(run.figure("/budget/projectedPeriodSpend")).isCloseTo(run.figure("/cost/total"), within(1e-6))
                    .isLessThan(BUDGET);
        }
    }
}
