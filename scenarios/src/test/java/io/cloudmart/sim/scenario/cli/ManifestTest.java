package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.catalog.Catalog;

/** Every run's folder says what the run was (manifest.json), and its overrides show in results.json and the report. */
class ManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOP = TinyShop.YAML;

    @TempDir
    Path dir;

    private Cli run(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return cli;
    }

    private JsonNode read(String folder, String file) throws IOException {
        return JSON.readTree(dir.resolve(folder).resolve(file).toFile());
    }

    @Test
    void aCatalogRunRecordsItsSourceHashOverridesAndTheScenarioAsExplainPrintsIt() throws IOException {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        run("run", "mmc-check", "--quiet", "--out", dir.resolve("a").toString(), "--set", "duration=20m",
                "--set", "warmup=2m", "--seed", "11", "--replications", "2");
        Instant after = Instant.now();
        JsonNode m = read("a", "manifest.json");
        assertThat(m.get("tool").asText()).isEqualTo(new Version().getVersion()[0]).startsWith("cmsim ");
        assertThat(m.at("/scenario/source").asText()).isEqualTo("catalog");
        assertThat(m.at("/scenario/name").asText()).isEqualTo("mmc-check");
        assertThat(m.at("/scenario/sha256").asText()).isEqualTo(sha256(new Catalog().text("mmc-check").orElseThrow()
                .getBytes(StandardCharsets.UTF_8)));
        // the --set values only, in the order given; --seed and --replications have fields of their own
        assertThat(m.get("overrides")).extracting(JsonNode::asText).containsExactly("duration=20m", "warmup=2m");
        assertThat(m.get("seed").asLong()).isEqualTo(11);
        assertThat(m.get("replications").asInt()).isEqualTo(2);
        assertThat(m.at("/java/version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(m.at("/java/vendor").asText()).isEqualTo(System.getProperty("java.vendor"));
        assertThat(Instant.parse(m.get("startedAt").asText())).isBetween(before, after);
        String explained = run("explain", "mmc-check", "--set", "duration=20m", "--set", "warmup=2m", "--set", "seed=11",
                "--set", "replications=2").out();
        assertThat(m.get("resolvedScenario").asText()).isEqualTo(explained).contains("duration: 20m");
    }

    @Test
    void aFileRunIsNamedAsGivenAndHashedLikeSha256sumOfTheFile() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SHOP);
        run("run", file.toString(), "--quiet", "--out", dir.resolve("f").toString());
        JsonNode m = read("f", "manifest.json");
        assertThat(m.at("/scenario/source").asText()).isEqualTo("file");
        assertThat(m.at("/scenario/name").asText()).isEqualTo(file.toString());
        assertThat(m.at("/scenario/sha256").asText()).isEqualTo(sha256(Files.readAllBytes(file)));
        assertThat(m.get("overrides")).isEmpty();
        assertThat(read("f", "results.json").get("overrides").isArray()).isTrue();
        assertThat(read("f", "results.json").get("overrides")).isEmpty();
        // no overrides, no row for them: the report of the scenario as written
        assertThat(Files.readString(dir.resolve("f/report.html"))).doesNotContain("<dt>overrides</dt>");
    }

    @Test
    void overridesShowInResultsAndInTheReportHeaderInTheirOrder() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SHOP);
        run("run", file.toString(), "--quiet", "--out", dir.resolve("ab").toString(), "--set", "load.rate=6",
                "--set", "services.api.replicas=2");
        run("run", file.toString(), "--quiet", "--out", dir.resolve("ba").toString(), "--set", "services.api.replicas=2",
                "--set", "load.rate=6");
        assertThat(read("ab", "results.json").get("overrides")).extracting(JsonNode::asText)
                .containsExactly("load.rate=6", "services.api.replicas=2");
        assertThat(read("ba", "results.json").get("overrides")).extracting(JsonNode::asText)
                .containsExactly("services.api.replicas=2", "load.rate=6");
        assertThat(Files.readString(dir.resolve("ab/report.html")))
                .contains("<dt>overrides</dt><dd>--set load.rate=6, --set services.api.replicas=2</dd>");
    }

    @Test
    void sameInputsGiveTheSameResultsBytesAndAManifestThatDiffersOnlyInItsStart() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SHOP);
        for (String out : new String[] {"one", "two"}) {
            run("run", file.toString(), "--quiet", "--out", dir.resolve(out).toString(), "--set", "load.rate=6",
                    "--replications", "2");
        }
        assertThat(withoutLine(dir.resolve("one/results.json"), "\"wallSeconds\""))
                .isEqualTo(withoutLine(dir.resolve("two/results.json"), "\"wallSeconds\""));
        assertThat(withoutLine(dir.resolve("one/manifest.json"), "\"startedAt\""))
                .isEqualTo(withoutLine(dir.resolve("two/manifest.json"), "\"startedAt\""));
    }

    @Test
    void aSecondRunReplacesTheWholeFolderManifestIncluded() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, SHOP);
        String out = dir.resolve("same").toString();
        run("run", file.toString(), "--quiet", "--out", out, "--set", "load.rate=6");
        // a folder holding manifest.json is a previous run's, so it may be replaced; the new set replaces it whole
        run("run", file.toString(), "--quiet", "--out", out, "--set", "load.rate=7");
        assertThat(read("same", "manifest.json").get("overrides")).extracting(JsonNode::asText)
                .containsExactly("load.rate=7");
        assertThat(read("same", "results.json").get("overrides")).extracting(JsonNode::asText)
                .containsExactly("load.rate=7");
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cmsim-"));
        }
    }

    private static String withoutLine(Path file, String marker) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(marker);
        return text.replaceAll("(?m)^.*" + java.util.regex.Pattern.quote(marker) + ".*\\R", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
