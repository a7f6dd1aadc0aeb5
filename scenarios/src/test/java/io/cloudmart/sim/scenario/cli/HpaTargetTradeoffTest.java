package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hpa-target-tradeoff story, run as its question asks at averageUtilization 80, 60 and 40: a lower
 * target keeps more pods (about the mean load's cores over the target), which costs more nodes and
 * money and buys a lower p95 and p99. The default seed gives (80 / 60 / 40): mean replicas 8.1 / 11.0 /
 * 16.4, p99 1070 / 469 / 284 ms, cost 0.55 / 0.83 / 1.16 USD; seeds 1 to 4 keep every ratio checked
 * here with room (replicas 8.0–8.1 / 10.8–11.2 / 15.9–16.5, p99 1091–1168 / 448–474 / 282–290 ms,
 * cost 0.54–0.55 / 0.73–0.84 / 1.06–1.18 USD).
 */
class HpaTargetTradeoffTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "services.search.hpa.metrics.0.resource.target.averageUtilization";
    /** The mean load: 200 requests/s × 30 ms of CPU. */
    private static final double MEAN_BUSY_CORES = 6;
    /** m5.xlarge on demand, us-east-1 (domain-facts 9.4), USD per node-hour. */
    private static final double M5_XLARGE_PER_HOUR = 0.192;
    /** Results per target, highest target first. */
    private static final Map<Integer, JsonNode> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        for (int target : new int[] {80, 60, 40}) {
            Path out = dir.resolve("t" + target);
            Cli cli = Cli.run("run", "hpa-target-tradeoff", "--quiet", "--out", out.toString(),
                    "--set", TARGET + "=" + target);
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            RUNS.put(target, JSON.readTree(out.resolve("results.json").toFile()));
        }
    }

    @Test
    void theMeanReplicasAreTheMeanLoadOverTheTargetOrALittleMore() {
        RUNS.forEach((target, r) -> {
            double ideal = MEAN_BUSY_CORES / (target / 100.0);
            // above: ceil, and the HPA acts only outside the 10 % tolerance and lags a rising load
            assertThat(r.at("/services/search/replicas/mean").asDouble()).as("target %d", target)
                    .isBetween(ideal, 1.2 * ideal);
            // the pods run just under the target: the HPA stops as soon as the ratio is within the tolerance
            assertThat(r.at("/services/search/utilization").asDouble()).as("target %d", target)
                    .isBetween(0.85 * target / 100.0, target / 100.0);
        });
    }

    @Test
    void aLowerTargetCostsMoreNodesAndMoney() {
        JsonNode previous = null;
        for (JsonNode r : RUNS.values()) {
            double nodeHours = r.at("/cost/nodeHours").asDouble();
            assertThat(r.at("/cost/total").asDouble()).isCloseTo(nodeHours * M5_XLARGE_PER_HOUR, within(5e-7));
            if (previous != null) {
                assertThat(r.at("/services/search/replicas/mean").asDouble())
                        .isGreaterThan(1.25 * previous.at("/services/search/replicas/mean").asDouble());
                assertThat(nodeHours).isGreaterThan(1.2 * previous.at("/cost/nodeHours").asDouble());
                assertThat(r.at("/cluster/pools/general/max").asInt())
                        .isGreaterThan(previous.at("/cluster/pools/general/max").asInt());
            }
            previous = r;
        }
    }

    @Test
    void aLowerTargetBuysALowerP95AndP99() {
        JsonNode previous = null;
        for (JsonNode r : RUNS.values()) {
            if (previous != null) {
                assertThat(r.at("/latencyMs/p99").asDouble()).isLessThan(0.75 * previous.at("/latencyMs/p99").asDouble());
                assertThat(r.at("/latencyMs/p95").asDouble()).isLessThan(0.75 * previous.at("/latencyMs/p95").asDouble());
            }
            previous = r;
        }
    }

    @Test
    void theSecondStepBuysLessP99PerDollarThanTheFirst() {
        double first = msPerDollar(RUNS.get(80), RUNS.get(60));
        double second = msPerDollar(RUNS.get(60), RUNS.get(40));
        assertThat(second).isLessThan(first / 2);
    }

    /** The p99 milliseconds saved per extra dollar when going from {@code from} to {@code to}. */
    private static double msPerDollar(JsonNode from, JsonNode to) {
        return (from.at("/latencyMs/p99").asDouble() - to.at("/latencyMs/p99").asDouble())
                / (to.at("/cost/total").asDouble() - from.at("/cost/total").asDouble());
    }
}
