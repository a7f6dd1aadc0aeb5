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

import io.cloudmart.sim.scenario.ChildJvm;

/**
 * A sweep split into shards run as separate processes, then merged, writes the same bytes as one run of the whole
 * sweep; and one run on one thread writes the same bytes as on two. A 2 × 3 grid of mmc-check (7 minutes, one
 * replication), in 3 shards of two points each.
 */
class SweepShardTest {
    private static final String[] SWEEP = {"sweep", "mmc-check", "--vary", "load.rate=10,20", "--vary",
        "services.api.endpoints.get.work=exponential(mean=50ms),exponential(mean=80ms),exponential(mean=100ms)",
        "--set", "duration=7m", "--set", "warmup=1m", "--replications", "1", "--quiet"};
    private static final List<String> FILES = List.of("sweep.csv", "report.html", "points.jsonl");

    @TempDir
    static Path dir;

    @BeforeAll
    static void runEveryWay() throws IOException, InterruptedException {
        List<ChildJvm> children = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            children.add(ChildJvm.start(dir.resolve("logs"), Main.class,
                    args("--shard", k + "/3", "--out", dir.resolve("shard-" + k).toString())));
        }
        for (ChildJvm child : children) {
            assertThat(child.waitFor()).as(child.stderr()).isZero();
        }
        Cli merged = Cli.run("sweep", "merge", dir.resolve("shard-3").toString(), dir.resolve("shard-1").toString(),
                dir.resolve("shard-2").toString(), "--out", dir.resolve("merged").toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("merged 3 shards, 6 points");
        Cli one = Cli.run(args("--threads", "2", "--out", dir.resolve("one").toString()));
        assertThat(one.exitCode()).as(one.err()).isZero();
        Cli single = Cli.run(args("--threads", "1", "--out", dir.resolve("single-thread").toString()));
        assertThat(single.exitCode()).as(single.err()).isZero();
    }

    /** The sweep's arguments followed by {@code more}. */
    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of(SWEEP));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void mergedShardsEqualOneRunByteForByte() throws IOException {
        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("merged").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        assertThat(Files.readAllLines(dir.resolve("one/sweep.csv"))).hasSize(7);
    }

    @Test
    void withoutAClusterThePageSaysThereIsNoCostAxisAndTheCostColumnsAreEmpty() throws IOException {
        assertThat(Files.readString(dir.resolve("one/report.html"))).contains("No cost axis", "p99 against rate",
                "p99 against work").doesNotContain("Pareto frontier", "cost per 1,000 requests against");
        List<String> lines = Files.readAllLines(dir.resolve("one/sweep.csv"));
        // one replication: no half-widths; no cluster: no cost; the last four columns are cost's
        assertThat(lines.get(0)).startsWith("load.rate,services.api.endpoints.get.work,latencyMs.mean.mean,")
                .endsWith(",cost.total.mean,cost.total.halfWidth95,cost.per1000Requests.mean,cost.per1000Requests.halfWidth95");
        assertThat(lines.get(1)).startsWith("10,exponential(mean=50ms),").endsWith(",,,,");
        assertThat(lines.get(1).split(",", -1)[3]).isEmpty(); // latencyMs.mean.halfWidth95
    }

    @Test
    void theNumberOfThreadsChangesNoByte() throws IOException {
        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("single-thread").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
    }

    @Test
    void aShardHoldsEveryNthPointAndAManifestOfTheSweep() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("shard-2/shard.json").toFile());
        assertThat(manifest.path("shard").path("k").asInt()).isEqualTo(2);
        assertThat(manifest.path("shard").path("n").asInt()).isEqualTo(3);
        assertThat(manifest.path("shard").path("points").toString()).isEqualTo("[1,4]");
        assertThat(manifest.path("points").asInt()).isEqualTo(6);
        assertThat(manifest.path("seed").asLong()).isEqualTo(7);
        assertThat(manifest.path("replications").asInt()).isEqualTo(1);
        assertThat(manifest.path("tool").asText()).startsWith("cmsim ");
        assertThat(manifest.path("grid").get(0).path("path").asText()).isEqualTo("load.rate");
        assertThat(manifest.path("scenario").path("sha256").asText()).hasSize(64);
        assertThat(Files.readAllLines(dir.resolve("shard-2/points.jsonl"))).hasSize(2);
    }

    @Test
    void aPointEqualsARunOfTheScenarioWithItsValues() throws IOException {
        Cli run = Cli.run("run", "mmc-check", "--set", "duration=7m", "--set", "warmup=1m", "--set", "load.rate=20",
                "--set", "services.api.endpoints.get.work=exponential(mean=50ms)", "--replications", "1", "--quiet",
                "--out", dir.resolve("run").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode runValues = new ObjectMapper().readTree(dir.resolve("run/results.json").toFile()).path("replicationValues");
        // grid order: the last --vary changes fastest, so load.rate=20 with the first work is point 3
        String line = Files.readAllLines(dir.resolve("one/points.jsonl")).get(3);
        JsonNode point = new ObjectMapper().readTree(line);
        assertThat(point.path("values").toString()).isEqualTo("[\"20\",\"exponential(mean=50ms)\"]");
        assertThat(point.path("replicationValues")).isEqualTo(runValues);
    }

    @Test
    void shardsOfDifferentSweepsMissingOrTwiceAreRefused() throws IOException, InterruptedException {
        Cli missing = Cli.run("sweep", "merge", dir.resolve("shard-1").toString(), dir.resolve("shard-3").toString(),
                "--out", dir.resolve("m1").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("shard 2/3 missing");
        Cli twice = Cli.run("sweep", "merge", dir.resolve("shard-1").toString(), dir.resolve("shard-1").toString(),
                dir.resolve("shard-2").toString(), dir.resolve("shard-3").toString(), "--out", dir.resolve("m2").toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("shard 1/3 is given twice");
        Cli other = Cli.run(args("--seed", "8", "--shard", "2/3", "--out", dir.resolve("other-2").toString()));
        assertThat(other.exitCode()).as(other.err()).isZero();
        Cli mixed = Cli.run("sweep", "merge", dir.resolve("shard-1").toString(), dir.resolve("other-2").toString(),
                dir.resolve("shard-3").toString(), "--out", dir.resolve("m3").toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("not a shard of the same sweep", "seed: 7 in one, 8 in the other");
        Cli notAShard = Cli.run("sweep", "merge", dir.resolve("one").toString(), "--out", dir.resolve("m4").toString());
        assertThat(notAShard.exitCode()).isEqualTo(2);
        assertThat(notAShard.err()).contains("no shard.json");
        for (String m : List.of("m1", "m2", "m3", "m4")) {
            assertThat(dir.resolve(m)).doesNotExist();
        }
    }
}
