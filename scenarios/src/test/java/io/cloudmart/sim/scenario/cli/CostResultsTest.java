package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.catalog.Catalog;

/**
 * results.json's money: the checkout saga shop of {@code saga-payment-outage} on three priced nodes, and the
 * cluster test scenario with a VPA. Each figure is checked against the arithmetic of the figures it comes from.
 */
class CostResultsTest {
    private static final String CLUSTER = """

            cluster:
              nodePools:
                - { name: general, instanceType: m5.xlarge, initialNodes: 3, minNodes: 3, maxNodes: 3 }
            finops:
              budget: { amount: 0.1, period: day, thresholds: [25, 50, 75, 200], basis: actual }
            """;

    private static JsonNode sagaShop;
    private static JsonNode vpaShop;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        String yaml = new Catalog().text("saga-payment-outage").orElseThrow() + CLUSTER;
        Path file = dir.resolve("saga-on-nodes.yaml");
        Files.writeString(file, yaml);
        sagaShop = runAndRead(dir, file.toString(), "saga", "--set", "duration=10m");
        vpaShop = runAndRead(dir, "src/test/resources/load/cluster.yaml", "vpa", "--set", "duration=20m");
    }

    private static JsonNode runAndRead(Path dir, String scenario, String out, String... more) throws IOException {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"run", scenario, "--quiet", "--out", dir.resolve(out).toString()}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return new ObjectMapper().readTree(dir.resolve(out).resolve("results.json").toFile());
    }

    /** Three m5.xlarge at 0.192 USD/h for 10 min: 0.096 USD. */
    @Test
    void threeFixedNodesCostTheirHourlyPriceTimesTheRun() {
        assertThat(sagaShop.at("/cost/priced").asBoolean()).isTrue();
        assertThat(sagaShop.at("/cost/total").asDouble()).isEqualTo(0.096);
        assertThat(sagaShop.at("/cost/nodeHours").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(sagaShop.at("/cluster/pendingPodSeconds").asDouble()).isZero();
    }

    /** The measured share of the bill over the sagas committed after warm-up. */
    @Test
    void costPerThousandCommittedOrdersDividesTheMeasuredBillByTheCommits() {
        double measuredShare = sagaShop.get("measuredSeconds").asDouble() / sagaShop.get("simulatedSeconds").asDouble();
        long committed = 0;
        for (JsonNode saga : sagaShop.get("saga")) {
            committed += saga.get("committed").asLong();
        }
        assertThat(committed).isGreaterThan(1000);
        double expected = 1000 * sagaShop.at("/cost/total").asDouble() * measuredShare / committed;
        assertThat(sagaShop.at("/cost/per1000CommittedOrders").asDouble()).isCloseTo(expected, within(2e-6));
        assertThat(sagaShop.at("/cost/per1000CommittedOrders").asDouble())
                .isGreaterThan(sagaShop.at("/cost/per1000Requests").asDouble());
    }

    /** A scenario without sagas has no orders to price. */
    @Test
    void noSagasNoPricePerOrder() {
        assertThat(vpaShop.at("/cost").has("per1000CommittedOrders")).isFalse();
    }

    /** Every amount of money has at most six decimals, and the parts add up to the total within that rounding. */
    @Test
    void moneyIsRoundedToAMillionthAndThePartsStillAddUp() {
        for (JsonNode results : new JsonNode[] {sagaShop, vpaShop}) {
            JsonNode cost = results.get("cost");
            assertAtMostSixDecimals(cost.get("total"));
            assertAtMostSixDecimals(cost.get("idle"));
            double parts = cost.get("idle").asDouble();
            for (Iterator<Map.Entry<String, JsonNode>> it = cost.get("perService").fields(); it.hasNext(); ) {
                JsonNode amount = it.next().getValue();
                assertAtMostSixDecimals(amount);
                parts += amount.asDouble();
            }
            assertThat(parts).isCloseTo(cost.get("total").asDouble(), within(1e-5));
        }
    }

    private static void assertAtMostSixDecimals(JsonNode amount) {
        assertThat(new BigDecimal(amount.asText()).stripTrailingZeros().scale()).as(amount.asText()).isLessThanOrEqualTo(6);
    }

    /** The right-sizing money: saved core-hours at the price checkout paid per allocated CPU core-hour. */
    @Test
    void vpaBlockPricesTheSavedCoreHours() {
        JsonNode checkout = vpaShop.at("/vpa/checkout");
        assertThat(checkout.get("updateMode").asText()).isEqualTo("Recreate");
        assertThat(checkout.get("requestCpuCores").asDouble()).isEqualTo(0.25);
        double saved = checkout.get("requestCoreHours").asDouble() - checkout.get("recommendedCoreHours").asDouble();
        assertThat(checkout.get("savedCoreHours").asDouble()).isCloseTo(saved, within(1e-9));
        assertThat(checkout.get("recommendedCoreHours").asDouble()).isCloseTo(
                checkout.get("podHours").asDouble() * checkout.at("/recommendation/target").asDouble(), within(1e-9));
        // checkout's pods (app and sidecar) use less than they request, so OpenCost allocates exactly the requested
        // core-hours, and its price per allocated core-hour is its CPU cost over them (blended over its nodes)
        double cpuCost = vpaShop.at("/cost/allocation/checkout/cpuCost").asDouble();
        double requested = vpaShop.at("/cost/allocation/checkout/cpuCoreHoursRequest").asDouble();
        assertThat(checkout.get("savedCost").asDouble()).isCloseTo(saved * cpuCost / requested, within(1e-5));
        assertThat(checkout.get("savedCost").asDouble()).isPositive();
    }

    /**
     * Spend grows by 3 × 0.192 = 0.576 USD an hour, so 25 %, 50 % and 75 % of 0.1 USD are spent at 156.25 s,
     * 312.5 s and 468.75 s; the budget is checked at each 15 s scrape, so each alert comes within one scrape after.
     * 200 % is never reached in 10 minutes; at the end's burn rate the day's budget runs out at 625 s.
     */
    @Test
    void budgetAlertsFireAtTheScrapeAfterEachThresholdIsSpent() {
        JsonNode budget = sagaShop.get("budget");
        assertThat(budget.get("amount").asDouble()).isEqualTo(0.1);
        assertThat(budget.get("basis").asText()).isEqualTo("actual");
        double[] crossing = {156.25, 312.5, 468.75};
        for (int i = 0; i < crossing.length; i++) {
            JsonNode threshold = budget.get("thresholds").get(i);
            assertThat(threshold.get("alertedReplications").asInt()).isEqualTo(1);
            assertThat(threshold.get("meanAtSeconds").asDouble()).isBetween(crossing[i], crossing[i] + 15);
        }
        assertThat(budget.get("thresholds").get(3).get("alertedReplications").asInt()).isZero();
        assertThat(budget.get("thresholds").get(3).get("meanAtSeconds").isNull()).isTrue();
        assertThat(budget.get("projectedPeriodSpend").asDouble()).isCloseTo(0.576 * 24, within(1e-6));
        assertThat(budget.get("projectedExceedAtSeconds").asDouble()).isCloseTo(625, within(1e-6));
    }

    /**
     * The test cluster spends 0.0768 USD in 20 min against 50 USD a week: at that rate the week's budget would
     * last 781,250 s, beyond the week's 604,800 s, so nothing is projected to be exceeded.
     */
    @Test
    void aBudgetThatOutlastsItsPeriodIsNotProjectedToBeExceeded() {
        JsonNode budget = vpaShop.get("budget");
        assertThat(budget.get("projectedPeriodSpend").asDouble()).isLessThan(50);
        assertThat(budget.get("projectedToExceedReplications").asInt()).isZero();
        assertThat(budget.get("projectedExceedAtSeconds").isNull()).isTrue();
    }

    /** Without a VPA there is no vpa block. */
    @Test
    void noVpaNoBlock() {
        assertThat(sagaShop.has("vpa")).isFalse();
    }
}
