package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.scenario.ChildJvm;
import io.cloudmart.sim.scenario.output.BuildFingerprint;
import io.cloudmart.sim.scenario.output.ResultsJson;

/** {@code cmsim replay DIR}: the run its manifest records, made again and checked figure by figure. */
class ReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOP = TinyShop.YAML;

    @TempDir
    Path dir;

    private Path freshRun() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SHOP);
        Path out = dir.resolve("run");
        // seed and replications given apart from the --set: the replay must pass all three on
        Cli cli = Cli.run("run", file.toString(), "--quiet", "--out", out.toString(), "--set", "load.rate=6",
                "--seed", "17", "--replications", "2");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return out;
    }

    @Test
    void aReplayOfAFreshRunIsIdentical() throws IOException {
        Path out = freshRun();
        Cli replay = Cli.run("replay", out.toString());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("results.json is identical (wallSeconds apart)");
        // the recorded folder is only read; the replay ran in a temporary folder
        try (var names = Files.list(out)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.json",
                    "timeseries.csv", "events.jsonl", "report.html", "manifest.json");
        }
    }

    @Test
    void aReplayOfACatalogRunIsIdentical() {
        Path out = dir.resolve("mmc");
        Cli cli = Cli.run("run", "mmc-check", "--quiet", "--out", out.toString(), "--set", "duration=10m",
                "--set", "warmup=1m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Cli replay = Cli.run("replay", out.toString());
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
    }

    @Test
    void aCatalogRunWhoseFolderIsNamedAfterItIsRunAndReplayedFromBesideThatFolder() throws Exception {
        // `cmsim run mmc-check --out mmc-check` then `cmsim replay mmc-check`, in the same folder:
        // the name stays the bundled scenario, not the output folder it now also names
        String[] shortRun = {"--quiet", "--set", "duration=5m", "--set", "warmup=1m"};
        ChildJvm run = ChildJvm.startIn(dir, dir.resolve("logs"), Main.class, concat(
                new String[] {"run", "mmc-check", "--out", "mmc-check"}, shortRun));
        assertThat(run.waitFor()).as(run.stderr()).isZero();
        ChildJvm again = ChildJvm.startIn(dir, dir.resolve("logs"), Main.class, concat(
                new String[] {"run", "mmc-check", "--out", "second"}, shortRun));
        assertThat(again.waitFor()).as(again.stderr()).isZero();
        ChildJvm replay = ChildJvm.startIn(dir, dir.resolve("logs"), Main.class, "replay", "mmc-check");
        assertThat(replay.waitFor()).as(replay.stderr()).isZero();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void aHandEditedFigureIsNamedByItsPointerWithBothValuesAndExitFive() throws IOException {
        Path out = freshRun();
        Path results = out.resolve("results.json");
        ObjectNode json = (ObjectNode) JSON.readTree(results.toFile());
        double p99 = json.at("/latencyMs/p99").asDouble();
        ((ObjectNode) json.get("latencyMs")).put("p99", 12345.5);
        ((ObjectNode) json.get("requests")).put("total", json.at("/requests/total").asLong() + 1);
        json.put("wallSeconds", 999.0); // differs in any two runs: never a difference
        Files.writeString(results, ResultsJson.toJson(json));
        Cli replay = Cli.run("replay", out.toString());
        assertThat(replay.exitCode()).isEqualTo(ExitCode.REPLAY_DIFFERS.code()).isEqualTo(5);
        assertThat(replay.out()).contains("differs in 2 figures")
                .contains("/latencyMs/p99: recorded 12345.5, replayed " + JSON.readTree(JSON.writeValueAsString(p99)))
                .contains("/requests/total: recorded ")
                .doesNotContain("wallSeconds:");
    }

    @Test
    void aRunMadeByAnotherBuildIsNamedAsSuchAndStillReplayed() throws IOException {
        Path out = freshRun();
        Path manifest = out.resolve("manifest.json");
        ObjectNode json = (ObjectNode) JSON.readTree(manifest.toFile());
        json.put("toolBuild", "sha256:00ff");
        Files.writeString(manifest, ResultsJson.toJson(json));
        Cli same = Cli.run("replay", out.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.err()).contains("was made by another build of cmsim: toolBuild sha256:00ff then, "
                + BuildFingerprint.NOT_A_JAR + " now");

        Path results = out.resolve("results.json");
        ObjectNode figures = (ObjectNode) JSON.readTree(results.toFile());
        ((ObjectNode) figures.get("latencyMs")).put("p99", 12345.5);
        Files.writeString(results, ResultsJson.toJson(figures));
        Cli differs = Cli.run("replay", out.toString());
        assertThat(differs.exitCode()).isEqualTo(5);
        assertThat(differs.out()).contains("the jar has changed since the run, which may explain it: toolBuild sha256:00ff");
    }

    @Test
    void aScenarioWhoseTextChangedIsRefusedWithExitTwo() throws IOException {
        Path out = freshRun();
        Files.writeString(dir.resolve("tiny.yaml"), SHOP.replace("rate: 5", "rate: 4"));
        Cli replay = Cli.run("replay", out.toString());
        assertThat(replay.exitCode()).isEqualTo(2);
        assertThat(replay.err()).contains("cannot replay").contains("has changed since the run (sha256 ");
    }

    @Test
    void aFolderWithoutAManifestOrWithABrokenOneIsRefusedWithExitTwo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli none = Cli.run("replay", empty.toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("there is no manifest.json in it");

        Path out = freshRun();
        Files.writeString(out.resolve("manifest.json"), "{\"scenario\": {\"source\": \"cloud\", \"name\": \"x\", "
                + "\"sha256\": \"0\"}, \"overrides\": [], \"seed\": 1, \"replications\": 1}");
        Cli unknown = Cli.run("replay", out.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("scenario.source is \"cloud\"; allowed: catalog, file");

        Files.writeString(out.resolve("manifest.json"), "{ not json");
        Cli broken = Cli.run("replay", out.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("manifest.json is not valid JSON");
    }
}
