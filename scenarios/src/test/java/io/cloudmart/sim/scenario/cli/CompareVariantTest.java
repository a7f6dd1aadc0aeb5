package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * {@code cmsim compare scenario --variant "--set …"}: a variant is the scenario with its overrides, so it must give
 * exactly the numbers of comparing two files that differ by the same change; bad variant text and a mix of several
 * scenarios with --variant are refused before anything runs.
 */
class CompareVariantTest {
    private static final String LEAST_REQUEST = "--set mesh.services.api.loadBalancer=LEAST_REQUEST";
    private static Path roundRobin;
    private static Path leastRequest;

    @BeforeAll
    static void scenarios(@TempDir Path dir) throws IOException {
        String text;
        try (InputStream in = CompareVariantTest.class.getResourceAsStream("/load/lb-compare.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        roundRobin = Files.writeString(dir.resolve("round-robin.yaml"), text);
        leastRequest = Files.writeString(dir.resolve("least-request.yaml"),
                text.replace("loadBalancer: ROUND_ROBIN", "loadBalancer: LEAST_REQUEST"));
        assertThat(Files.readString(leastRequest)).contains("LEAST_REQUEST");
    }

    private static JsonNode json(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("compare.json").toFile());
    }

    @Test
    void aVariantGivesTheNumbersOfTheFileWithTheSameChange(@TempDir Path dir) throws IOException {
        Cli files = Cli.run("compare", roundRobin.toString(), leastRequest.toString(), "--replications", "3", "--quiet",
                "--out", dir.resolve("files").toString());
        Cli variant = Cli.run("compare", roundRobin.toString(), "--variant", LEAST_REQUEST, "--replications", "3",
                "--quiet", "--out", dir.resolve("variant").toString());
        assertThat(files.exitCode()).as(files.err()).isZero();
        assertThat(variant.exitCode()).as(variant.err()).isZero();
        JsonNode a = json(dir.resolve("files")).at("/comparisons/0");
        JsonNode b = json(dir.resolve("variant")).at("/comparisons/0");
        assertThat(b.path("variant").asText()).isEqualTo(LEAST_REQUEST);
        assertThat(a.path("figures").size()).isGreaterThanOrEqualTo(7).isEqualTo(b.path("figures").size());
        for (int i = 0; i < a.path("figures").size(); i++) {
            JsonNode fa = a.path("figures").get(i);
            JsonNode fb = b.path("figures").get(i);
            assertThat(fb.path("figure")).isEqualTo(fa.path("figure"));
            for (String field : List.of("baseline", "variant", "difference", "pairedHalfWidth95", "unpairedHalfWidth95",
                    "pairs", "significant", "sentence")) {
                assertThat(fb.path(field)).as(fa.path("figure") + "." + field).isEqualTo(fa.path(field));
            }
        }
        assertThat(json(dir.resolve("variant")).at("/runs/1/overrides").toString())
                .contains("mesh.services.api.loadBalancer=LEAST_REQUEST", "seed=11", "replications=3");
        // the variant's label is the text as typed, in the console and on the page
        assertThat(variant.out()).contains(LEAST_REQUEST + " against " + roundRobin);
        assertThat(Files.readString(dir.resolve("variant/compare.html"))).contains(LEAST_REQUEST);
    }

    @Test
    void severalVariantsAreEachSetAgainstTheScenario(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("compare", roundRobin.toString(), "--variant", LEAST_REQUEST, "--variant",
                "--set services.api.replicas=5", "--replications", "2", "--quiet", "--out", dir.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode json = json(dir);
        assertThat(json.path("baseline").asText()).isEqualTo(roundRobin.toString());
        assertThat(json.path("comparisons").size()).isEqualTo(2);
        assertThat(json.at("/comparisons/1/variant").asText()).isEqualTo("--set services.api.replicas=5");
    }

    @Test
    void badVariantTextIsOneMessageAndNothingRuns(@TempDir Path dir) {
        // a bare "--set" would be read by picocli as the next option; with a blank after it, it is the variant's text
        for (String typed : List.of("mesh.services.api.loadBalancer=LEAST_REQUEST", "--set ", "--set replicas",
                "--set 'services.api.replicas=3", "")) {
            Cli cli = Cli.run("compare", roundRobin.toString(), "--variant", typed, "--out",
                    dir.resolve("c").toString());
            assertThat(cli.exitCode()).as(typed).isEqualTo(2);
            assertThat(cli.err()).as(typed).contains("--variant").contains("--set path=value")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(cli.out()).as(typed).doesNotContain("req/s");
            assertThat(dir.resolve("c")).doesNotExist();
        }
    }

    @Test
    void aVariantWithABadPathOrValueIsRefusedBeforeTheBaselineRuns(@TempDir Path dir) {
        for (String typed : List.of("--set services.api.replicaz=3", "--set services.api.replicas=-1")) {
            Cli cli = Cli.run("compare", roundRobin.toString(), "--variant", LEAST_REQUEST, "--variant", typed,
                    "--out", dir.resolve("c").toString());
            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
            assertThat(cli.err()).contains("services.api.replica").doesNotContain("Exception");
            assertThat(cli.out()).doesNotContain("req/s");
            assertThat(dir.resolve("c")).doesNotExist();
        }
    }

    @Test
    void variantsNeedExactlyOneScenario(@TempDir Path dir) {
        Cli two = Cli.run("compare", roundRobin.toString(), leastRequest.toString(), "--variant", LEAST_REQUEST,
                "--out", dir.resolve("c").toString());
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("exactly one scenario").contains("got 2");
        Cli one = Cli.run("compare", roundRobin.toString(), "--out", dir.resolve("c").toString());
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("two or more", "--variant");
        assertThat(dir.resolve("c")).doesNotExist();
    }

    @Test
    void theVariantTextIsSplitAsAShellWould() throws Exception {
        Variant v = Variant.parse("  --set a.b=1 --set='c.d=constant(value=8s)' --set \"e=x y\" ");
        assertThat(v.label()).isEqualTo("--set a.b=1 --set='c.d=constant(value=8s)' --set \"e=x y\"");
        assertThat(v.overrides()).containsExactly("a.b=1", "c.d=constant(value=8s)", "e=x y");
        List<String> words = new ArrayList<>(Variant.words("a 'b c' \"d\"e"));
        assertThat(words).containsExactly("a", "b c", "de");
    }
}
