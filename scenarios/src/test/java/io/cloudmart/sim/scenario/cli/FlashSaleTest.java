package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * they are Ready, and events.jsonl holds every scale decision with its inputs.
 */
class FlashSaleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode results;
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
