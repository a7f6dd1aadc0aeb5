package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The flash-sale story: the HPA scales checkout up after the spike starts, settles at
 * ceil(load × work / (target × request)) pods, p99 rises while the new pods start and falls once
 * they are Ready, and events.jsonl holds every scale decision with its inputs. The pods beyond the
 * two first nodes' room wait Pending for nodes the Cluster Autoscaler adds, and the bill is smaller
 * than that of a fleet fixed for the peak, which has the lower p99.
 */
class FlashSaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** m5.xlarge on demand, us-east-1 (domain-facts 9.4), USD per node-hour. */
    private static final double M5_XLARGE_PER_HOUR = 0.192;
    /** Cluster Autoscaler defaults (domain-facts 3.1): scan-interval and scale-down-unneeded-time, s. */
    private static final double SCAN_INTERVAL = 10;
    private static final double SCALE_DOWN_UNNEEDED_TIME = 600;
    private static JsonNode results;
    /** The same hour on a fleet fixed for the peak: 10 pods on 4 nodes, no HPA, no Cluster Autoscaler. */
    private static JsonNode fixedFleet;
    private static List<JsonNode> events;
    private static List<String[]> series;
    private static List<String> header;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("run", "flash-sale", "--quiet", "--out", dir.resolve("fs").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        results = JSON.readTree(dir.resolve("fs/results.json").toFile());
        events = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("fs/events.jsonl"))) {
            events.add(JSON.readTree(line));
        }
        List<String> lines = Files.readAllLines(dir.resolve("fs/timeseries.csv"));
        header = List.of(lines.get(0).split(","));
        series = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> series.add(l.split(",", -1)));
        Cli fixed = Cli.run("run", "flash-sale", "--quiet", "--out", dir.resolve("fixed").toString(),
                "--set", "services.checkout.hpa=null", "--set", "services.checkout.replicas=10",
                "--set", "cluster.autoscaler=null", "--set", "cluster.nodePools.0.initialNodes=4");
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        fixedFleet = JSON.readTree(dir.resolve("fixed/results.json").toFile());
    }

    @Test
    void theHpaSettlesWhereTheUsageRatioMeetsTheTarget() {
        // 240 requests/s × 25 ms = 6 cores; at 60 % of 1 core per pod: ceil(6 / 0.6) = 10
        assertThat(results.at("/services/checkout/replicas/max").asInt()).isEqualTo(10);
        assertThat(results.at("/services/checkout/replicas/min").asInt()).isEqualTo(3);
        assertThat(results.at("/autoscaling/checkout/scaleUps").asInt()).isPositive();
        assertThat(results.at("/autoscaling/checkout/scaleDowns").asInt()).isPositive();
    }

    @Test
    void eventsHoldTheScaleDecisionsWithTheirInputs() {
        JsonNode first = events.stream().filter(e -> e.get("decision").asText().equals("scaleUp")).findFirst().orElseThrow();
        assertThat(first.get("controller").asText()).isEqualTo("hpa/checkout");
        assertThat(first.get("timeSeconds").asDouble()).isBetween(600.0, 700.0); // after the sale starts at 10 min
        JsonNode in = first.get("inputs");
        assertThat(in.get("currentReplicas").asInt()).isEqualTo(3);
        assertThat(in.get("metric").asText()).isEqualTo("cpu");
        assertThat(in.get("target").asInt()).isEqualTo(60);
        assertThat(in.get("current").asInt()).isGreaterThan(66); // outside the 10 % tolerance
        assertThat(in.get("desiredReplicas").asInt()).isGreaterThan(3);
        assertThat(in.get("limit").asText()).isNotEmpty();
    }

    @Test
    void p99RisesWhileNewPodsStartAndFallsOnceTheyAreReady() {
        int p99 = header.indexOf("client.latency.p99_ms");
        int ready = header.indexOf("svc.checkout.replicas");
        double before = maxOver(p99, 300, 600);
        double starting = maxOver(p99, 600, 900);
        double settled = maxOver(p99, 1200, 1500); // the peak still holds, on 10 Ready pods
        assertThat(starting).isGreaterThan(2 * before);
        assertThat(settled).isLessThan(starting / 2);
        assertThat(maxOver(ready, 1200, 1500)).isEqualTo(10.0);
    }

    @Test
    void podsBeyondTheTwoNodesRoomWaitPendingForNodesTheClusterAutoscalerAdds() {
        // 3 one-core pods fit a node's 3.92 allocatable cores: 2 nodes hold 6 pods, 10 pods need ceil(10 / 3) = 4
        JsonNode pool = results.at("/cluster/pools/general");
        assertThat(pool.get("min").asInt()).isEqualTo(2);
        assertThat(pool.get("max").asInt()).isEqualTo(4);
        assertThat(pool.get("added").asInt()).isEqualTo(2);
        assertThat(pool.get("removed").asInt()).isEqualTo(2);
        // at least one pod waited a whole node start-up (90 s): the race the HPA cannot win alone
        assertThat(results.at("/cluster/pendingPodSeconds").asDouble()).isGreaterThanOrEqualTo(90);
        JsonNode beyondRoom = events.stream()
                .filter(e -> e.get("decision").asText().equals("scaleUp") && e.get("controller").asText().startsWith("hpa/"))
                .filter(e -> e.at("/inputs/desiredReplicas").asInt() > 6).findFirst().orElseThrow();
        JsonNode firstNode = events.stream()
                .filter(e -> e.get("controller").asText().equals("cluster-autoscaler")).findFirst().orElseThrow();
        assertThat(firstNode.get("decision").asText()).isEqualTo("scaleUp");
        // the first node is asked for at the first scan after the HPA went beyond the room, not before
        assertThat(firstNode.get("timeSeconds").asDouble() - beyondRoom.get("timeSeconds").asDouble())
                .isBetween(0.0, SCAN_INTERVAL);
    }

    @Test
    void theExtraNodesGoOnceUnneededForTheScaleDownUnneededTime() {
        List<JsonNode> removals = events.stream().filter(e -> e.get("controller").asText().equals("cluster-autoscaler")
                && e.get("decision").asText().equals("scaleDown")).toList();
        assertThat(removals).hasSize(2);
        for (JsonNode removal : removals) {
            double unneeded = removal.get("timeSeconds").asDouble() - removal.at("/inputs/unneededSince").asDouble();
            assertThat(unneeded).isBetween(SCALE_DOWN_UNNEEDED_TIME, SCALE_DOWN_UNNEEDED_TIME + SCAN_INTERVAL);
            assertThat(removal.at("/inputs/empty").asBoolean()).isTrue();
        }
        assertThat(maxOver(header.indexOf("cluster.general.nodes"), 3000, 3600)).isEqualTo(2.0);
    }

    @Test
    void autoscalingIsCheaperThanAFleetFixedForThePeakWhichHasTheLowerP99() {
        // the fixed fleet: 4 nodes × 1 h × 0.192 USD
        assertThat(fixedFleet.at("/cost/nodeHours").asDouble()).isEqualTo(4.0);
        assertThat(fixedFleet.at("/cost/total").asDouble()).isCloseTo(4 * M5_XLARGE_PER_HOUR, within(1e-9));
        assertThat(fixedFleet.at("/cluster/pendingPodSeconds").asDouble()).isZero();
        // one pool of one type: the bill is its node-hours at its price, to the millionth results.json rounds to
        double nodeHours = results.at("/cost/nodeHours").asDouble();
        double total = results.at("/cost/total").asDouble();
        assertThat(total).isCloseTo(nodeHours * M5_XLARGE_PER_HOUR, within(5e-7));
        assertThat(total).isLessThan(0.8 * fixedFleet.at("/cost/total").asDouble());
        assertThat(results.at("/latencyMs/p99").asDouble()).isGreaterThan(2 * fixedFleet.at("/latencyMs/p99").asDouble());
        // nodes come in threes of pods and leave 10 min late: node-hours fall by a smaller share than pod-hours
        double podSaving = 1 - results.at("/services/checkout/replicas/mean").asDouble() / 10;
        double nodeSaving = 1 - nodeHours / 4;
        assertThat(nodeSaving).isPositive().isLessThan(podSaving * 0.75);
    }

    private static double maxOver(int column, double from, double to) {
        double max = Double.NEGATIVE_INFINITY;
        for (String[] row : series) {
            double start = Double.parseDouble(row[0]);
            if (start >= from && start < to && !row[column].isEmpty()) {
                max = Math.max(max, Double.parseDouble(row[column]));
            }
        }
        return max;
    }
}
