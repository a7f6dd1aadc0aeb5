package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code cmsim compare} with common random numbers on {@code load/lb-compare.yaml}: four single-worker pods at 80 %
 * load, 4 min simulated, 5 replications. With a pod chosen in turn (ROUND_ROBIN) each pod sees Erlang-4 arrivals;
 * with the less loaded of two (LEAST_REQUEST, Envoy's power of two choices) queues even out, so waits are shorter
 * (Mitzenmacher, "The Power of Two Choices in Randomized Load Balancing", 2001).
 */
class CompareCommandTest {
    private static Path roundRobin;
    private static Path leastRequest;
    private static Path otherSeed;

    @BeforeAll
    static void scenarios(@TempDir Path dir) throws IOException {
        String text;
        try (InputStream in = CompareCommandTest.class.getResourceAsStream("/load/lb-compare.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        roundRobin = Files.writeString(dir.resolve("round-robin.yaml"), text);
        leastRequest = Files.writeString(dir.resolve("least-request.yaml"),
                text.replace("loadBalancer: ROUND_ROBIN", "loadBalancer: LEAST_REQUEST"));
        otherSeed = Files.writeString(dir.resolve("other-seed.yaml"), text.replace("seed: 11", "seed: 99"));
        assertThat(Files.readString(leastRequest)).contains("LEAST_REQUEST");
        assertThat(Files.readString(otherSeed)).contains("seed: 99");
    }

    private static JsonNode compare(Path out, String... items) throws IOException {
        String[] args = new String[items.length + 6];
        args[0] = "compare";
        System.arraycopy(items, 0, args, 1, items.length);
        System.arraycopy(new String[] {"--replications", "5", "--quiet", "--out", out.toString()}, 0, args,
                items.length + 1, 5);
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        assertThat(out.resolve("compare.csv")).exists();
        return ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("console", cli.out());
    }

    private static JsonNode figure(JsonNode json, String name) {
        for (JsonNode f : json.at("/comparisons/0/figures")) {
            if (f.path("figure").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no figure " + name + " in " + json);
    }

    @Test
    void aScenarioAgainstItselfDiffersByExactlyZero(@TempDir Path out) throws IOException {
        JsonNode json = compare(out, roundRobin.toString(), roundRobin.toString());
        assertThat(json.at("/comparisons/0/paired").asBoolean()).isTrue();
        assertThat(json.at("/comparisons/0/figures").size()).isGreaterThanOrEqualTo(7);
        for (JsonNode f : json.at("/comparisons/0/figures")) {
            assertThat(f.path("pairs").asInt()).as(f.toString()).isEqualTo(5);
            assertThat(f.path("difference").asDouble()).as(f.toString()).isZero();
            assertThat(f.path("pairedHalfWidth95").asDouble()).as(f.toString()).isZero();
            assertThat(f.path("significant").asBoolean()).as(f.toString()).isFalse();
            assertThat(f.path("sentence").asText()).contains("no significant difference");
        }
        assertThat(json.path("console").asText()).contains("latency mean: no significant difference")
                .doesNotContain(": significant");
    }

    @Test
    void leastRequestIsFasterThanRoundRobinAndPairingNarrowsTheInterval(@TempDir Path out) throws IOException {
        JsonNode json = compare(out, roundRobin.toString(), leastRequest.toString());
        JsonNode mean = figure(json, "latencyMs.mean");
        assertThat(mean.path("variant").asDouble()).isLessThan(mean.path("baseline").asDouble());
        assertThat(mean.path("difference").asDouble()).isNegative();
        assertThat(mean.path("significant").asBoolean()).isTrue();
        assertThat(mean.path("pairedHalfWidth95").asDouble()).isPositive()
                .isLessThan(mean.path("unpairedHalfWidth95").asDouble());
        assertThat(mean.path("sentence").asText()).startsWith("latency mean is ").contains("ms lower (± ")
                .endsWith("): significant");
        // the same arrivals reach both: throughput differs only by the requests still queued at the end
        JsonNode throughput = figure(json, "throughputPerSecond");
        assertThat(Math.abs(throughput.path("difference").asDouble()))
                .isLessThan(0.02 * throughput.path("baseline").asDouble());
        assertThat(json.path("console").asText()).contains("paired: same seed", mean.path("sentence").asText());
        assertThat(Files.readString(out.resolve("compare.csv"))).startsWith(String.join(",",
                ComparisonFiles.CSV_HEADERS) + "\n").contains(leastRequest + ",latencyMs.mean,ms,");
    }

    @Test
    void everyScenarioRunsWithTheBaselinesSeed(@TempDir Path out) throws IOException {
        // other-seed.yaml differs from the baseline only in its seed, which compare replaces by the baseline's
        JsonNode json = compare(out, roundRobin.toString(), otherSeed.toString());
        assertThat(json.at("/runs/1/seed").asLong()).isEqualTo(11);
        assertThat(figure(json, "latencyMs.p99").path("difference").asDouble()).isZero();
    }

    @Test
    void oneReplicationSaysNoIntervalCanBeGiven(@TempDir Path out) {
        Cli cli = Cli.run("compare", roundRobin.toString(), leastRequest.toString(), "--replications", "1", "--quiet",
                "--out", out.resolve("c").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("with one replication; no interval can be given").doesNotContain(": significant");
    }

    @Test
    void zeroReplicationsIsBadInputBeforeAnythingRuns(@TempDir Path out) {
        Cli cli = Cli.run("compare", roundRobin.toString(), leastRequest.toString(), "--replications", "0",
                "--out", out.resolve("c").toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("replications");
        assertThat(out.resolve("c")).doesNotExist();
    }
}
