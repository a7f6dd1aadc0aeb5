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
 * The finops-budget story: 3 m5.xlarge at $0.192/h burn $0.576/h, so a $12.50 daily budget's thresholds θ are
 * crossed at θ/100 × 12.5 / 0.576 hours, each alert journaled at the first 15 s scrape after; a forecast
 * (the spend plus the burn rate to the end of the day, $13.82) crosses them all at the first scrape.
 */
class FinopsBudgetTest {
    private static final double BURN_PER_HOUR = 3 * 0.192;
    private static final double BUDGET = 12.5;
    private static final double SCRAPE_SECONDS = 15;
    private static StoryRun actual;
    private static StoryRun forecasted;

    @BeforeAll
    static void run(@TempDir Path dir) {
        actual = StoryRun.of(dir.resolve("actual"), "finops-budget");
        forecasted = StoryRun.of(dir.resolve("forecasted"), "finops-budget", "finops.budget.basis=forecasted",
                "duration=10m");
    }

    private static double crossingSeconds(double thresholdPercent) {
        return thresholdPercent / 100 * BUDGET / BURN_PER_HOUR * 3600;
    }

    @Test
    void eachThresholdAlertsAtTheScrapeAfterTheSpendReachesIt() {
        List<JsonNode> alerts = actual.events("finops", "budgetAlert");
        assertThat(alerts).extracting(a -> a.at("/inputs/thresholdPercent").asDouble()).containsExactly(50.0, 80.0, 100.0);
        for (JsonNode alert : alerts) {
            double due = crossingSeconds(alert.at("/inputs/thresholdPercent").asDouble());
            assertThat(alert.get("timeSeconds").asDouble()).isGreaterThanOrEqualTo(due).isLessThan(due + SCRAPE_SECONDS);
            assertThat(alert.at("/inputs/basis").asText()).isEqualTo("ACTUAL");
            assertThat(alert.at("/inputs/spentSoFar").asDouble())
                    .isCloseTo(BURN_PER_HOUR * alert.get("timeSeconds").asDouble() / 3600, within(1e-9));
        }
        // results.json summarises the same alerts per threshold
        for (int i = 0; i < alerts.size(); i++) {
            assertThat(actual.figure("/budget/thresholds/" + i + "/alertedReplications")).isEqualTo(1);
            assertThat(actual.figure("/budget/thresholds/" + i + "/meanAtSeconds"))
                    .isEqualTo(alerts.get(i).get("timeSeconds").asDouble());
        }
        // the budget was exceeded at the 100 % alert
        assertThat(actual.figure("/budget/projectedExceedAtSeconds")).isEqualTo(alerts.get(2).get("timeSeconds").asDouble());
    }

    @Test
    void theBillIsTheNodesPriceOverTheRunSplitByTeam() {
        assertThat(actual.figure("/cost/total")).isCloseTo(23 * BURN_PER_HOUR, within(1e-6));
        double teams = actual.figure("/cost/perTeam/web") + actual.figure("/cost/perTeam/discovery")
                + actual.figure("/cost/perTeam/payments");
        assertThat(teams + actual.figure("/cost/idle")).isCloseTo(actual.figure("/cost/total"), within(4e-6));
        // 5.5 cores requested of 11.76 allocatable, and little used: most of the bill is idle
        assertThat(actual.figure("/cost/idle")).isGreaterThan(teams);
    }

    @Test
    void aForecastCrossesEveryThresholdAtTheFirstScrape() {
        List<JsonNode> alerts = forecasted.events("finops", "budgetAlert");
        assertThat(alerts).extracting(a -> a.get("timeSeconds").asDouble()).containsExactly(SCRAPE_SECONDS,
                SCRAPE_SECONDS, SCRAPE_SECONDS);
        // spent so far + $0.576/h to the end of the day: $13.82, over 100 % of $12.50
        assertThat(forecasted.figure("/budget/projectedPeriodSpend")).isCloseTo(24 * BURN_PER_HOUR, within(1e-6));
        // ten minutes are enough to project when the budget will be exceeded: 12.5 / 0.576 h
        assertThat(forecasted.figure("/budget/projectedExceedAtSeconds")).isCloseTo(crossingSeconds(100),
                within(1e-6));
    }
}
