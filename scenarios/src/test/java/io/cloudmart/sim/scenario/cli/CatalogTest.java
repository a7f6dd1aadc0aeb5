package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.scenario.catalog.Catalog;

/** Every bundled scenario loads, runs (shortened) and poses a question; the shop runs deterministically. */
class CatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    static java.util.List<String> names() {
        return new Catalog().names();
    }

    @Test
    void theCatalogHoldsTheCourseScenarios() {
        assertThat(names()).contains("mmc-check", "utilization-knee", "cloudmart", "rate-limit-local-vs-cluster",
                "retry-storm", "cache-miss-storm", "saga-payment-outage", "mtls-overhead", "flash-sale",
                "hpa-target-tradeoff", "hpa-flapping", "spot-vs-on-demand", "vpa-rightsizing", "finops-budget", "mesh-tax",
                "karpenter-vs-cluster-autoscaler", "canary-bad-release", "canary-good-release",
                "canary-latency-regression", "flagger-vs-argo-canary", "blue-green-vs-canary", "gitops-sync-delay",
                "vault-outage-during-spike", "zero-trust-overhead");
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachScenarioRunsAndAsksAQuestion(String name) throws IOException {
        Cli cli = Cli.run("run", name, "--quiet", "--out", dir.resolve(name).toString(), "--set", "duration=2m",
                "--set", "warmup=10s");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode results = JSON.readTree(dir.resolve(name).resolve("results.json").toFile());
        assertThat(results.get("requests").get("total").asLong()).isPositive();
        matchesGolden(name, (ObjectNode) results);
        if (!name.equals("mmc-check")) { // the pinned theory check, kept exactly as design.md writes it
            String description = new Catalog().text(name).orElseThrow();
            assertThat(description).containsAnyOf("?", "Question", "Exercise");
        }
    }

    /**
     * The shortened run's results (wall time aside) are kept under {@code src/test/resources/golden/}, so a
     * change that should change no behaviour is seen to change nothing. After a change that should, rewrite
     * them with {@code -Dcmsim.writeGolden=true} and read the diff.
     */
    private static void matchesGolden(String name, ObjectNode results) throws IOException {
        results.remove("wallSeconds");
        String summary = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n";
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("cmsim.writeGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, summary);
        }
        assumeTrue(Files.isDirectory(GOLDEN), "run from the scenarios module of the source tree");
        assertThat(Files.isRegularFile(golden)).as("golden summary " + golden + " (write with -Dcmsim.writeGolden=true)")
                .isTrue();
        assertThat(summary).as("results of " + name + " against " + golden).isEqualTo(Files.readString(golden));
    }

    @Test
    void cloudmartIsDeterministicAndBusyEnough() throws IOException {
        JsonNode a = run("a");
        JsonNode b = run("b");
        ((ObjectNode) a).remove("wallSeconds");
        ((ObjectNode) b).remove("wallSeconds");
        assertThat(a).isEqualTo(b);
        assertThat(a.get("requests").get("throughputPerSecond").asDouble()).isGreaterThanOrEqualTo(500);
        for (String section : new String[] {"gateway", "mesh", "datastores", "saga", "cluster"}) {
            assertThat(a.has(section)).as(section).isTrue();
        }
        // 4 fixed m5.xlarge nodes hold the 12 pods from t = 0, billed 0.192 USD a node-hour for the 3 minutes
        assertThat(a.at("/cluster/pendingPodSeconds").asDouble()).isZero();
        assertThat(a.at("/cost/total").asDouble()).isCloseTo(4 * 0.192 * 3 / 60, within(1e-9));
    }

    private JsonNode run(String out) throws IOException {
        Cli cli = Cli.run("run", "cloudmart", "--quiet", "--out", dir.resolve(out).toString(), "--set", "duration=3m",
                "--set", "warmup=30s");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return JSON.readTree(dir.resolve(out).resolve("results.json").toFile());
    }
}
