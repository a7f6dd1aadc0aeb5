package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input: exit code 2, one clear message on stderr naming the file (with line and
 * column where there is one) and the field path, no stack trace, nothing in the output folder.
 */
class BadInputTest {
    private static final String GOOD = """
            name: shop
            duration: 10m
            load:
              rate: 5
              journeys:
                browse: { call: api.get }
            services:
              api:
                pod: { cpu: 1, concurrency: 1 }
                endpoints:
                  get: { work: exponential(mean=50ms) }
            """;

    @TempDir
    Path dir;

    private Cli runFile(String yaml, String... extra) throws IOException {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, yaml);
        return runPath(file, extra);
    }

    private Cli runPath(Path file, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.run(args);
    }

    private void assertBadInput(Cli cli, String... phrases) {
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains(phrases);
        assertThat(cli.err()).doesNotContain("Exception", "\tat ", "io.cloudmart", "com.fasterxml");
        assertThat(cli.err().strip().lines().count()).as(cli.err()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theGoodScenarioRuns() throws IOException {
        Cli cli = runFile(GOOD, "--quiet");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(dir.resolve("out/results.json")).exists();
    }

    @Test
    void yamlSyntaxError() throws IOException {
        assertBadInput(runFile(GOOD.replace("rate: 5", "rate: [5")), "shop.yaml:", "YAML");
    }

    @Test
    void unknownField() throws IOException {
        assertBadInput(runFile(GOOD.replace("pod: {", "replica: 2\n    pod: {")),
                "shop.yaml:9:", "services.api", "replica", "did you mean 'replicas'");
    }

    @Test
    void wrongType() throws IOException {
        assertBadInput(runFile(GOOD.replace("concurrency: 1", "concurrency: four")),
                "shop.yaml:9:", "services.api.pod.concurrency", "four");
    }

    @Test
    void badUnit() throws IOException {
        assertBadInput(runFile(GOOD.replace("duration: 10m", "duration: 10x")), "shop.yaml:2:", "duration", "10x");
    }

    @Test
    void unknownDistribution() throws IOException {
        assertBadInput(runFile(GOOD.replace("exponential(mean=50ms)", "poisson(mean=50ms)")),
                "shop.yaml:11:", "services.api.endpoints.get.work", "poisson", "exponential");
    }

    @Test
    void zeroValue() throws IOException {
        assertBadInput(runFile(GOOD.replace("cpu: 1", "cpu: 0")), "shop.yaml:9:", "services.api.pod.cpu");
    }

    @Test
    void negativeValue() throws IOException {
        assertBadInput(runFile(GOOD.replace("rate: 5", "rate: -5")), "shop.yaml:4:", "load.rate");
    }

    @Test
    void journeyCallingAnUnknownEndpoint() throws IOException {
        assertBadInput(runFile(GOOD.replace("call: api.get", "call: api.gett")),
                "shop.yaml:6:", "load.journeys.browse.call", "gett");
    }

    @Test
    void distributionWhoseMeanOverflows() throws IOException {
        assertBadInput(runFile(GOOD.replace("exponential(mean=50ms)", "\"lognormal(median=1ns, p99=1000000000h)\"")),
                "shop.yaml:11:", "services.api.endpoints.get.work", "lognormal");
    }

    @Test
    void anOutageOfZeroLength() throws IOException {
        assertBadInput(runFile(GOOD.replace("pod: { cpu: 1, concurrency: 1 }",
                "pod: { cpu: 1, concurrency: 1 }\n    outages: [ { at: 1m, for: 0s } ]")),
                "shop.yaml:10:", "services.api.outages.0.for");
    }

    @Test
    void outagesLoadAndAppearInExplain() throws IOException {
        Path file = dir.resolve("o.yaml");
        Files.writeString(file, GOOD.replace("pod: { cpu: 1, concurrency: 1 }",
                "pod: { cpu: 1, concurrency: 1 }\n    outages: [ { at: 1m, for: 30s } ]"));
        Cli cli = Cli.run("explain", file.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("outages:", "at: 1m", "for: 30s");
    }

    @Test
    void anUnknownWindowTypeOfTheAdvancedPlugin() throws IOException {
        assertBadInput(runFile(GOOD + "gateway:\n  plugins:\n    rate-limiting-advanced: { limit: 10, window_size: 60,"
                + " window_type: slidng }\n"), "shop.yaml:14:", "gateway.plugins.rate-limiting-advanced.window_type",
                "sliding");
    }

    @Test
    void theAdvancedPluginRoundTripsThroughExplain() throws IOException {
        Path file = dir.resolve("adv.yaml");
        Files.writeString(file, GOOD + "gateway:\n  plugins:\n    rate-limiting-advanced: { limit: 10, window_size: 60 }\n");
        Cli cli = Cli.run("explain", file.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("rate-limiting-advanced: { limit: 10, window_size: 60, window_type: sliding,"
                + " identifier: consumer, strategy: local, disable_penalty: false, error_code: 429 }");
        Path again = dir.resolve("again.yaml");
        Files.writeString(again, cli.out());
        assertThat(Cli.run("validate", again.toString()).exitCode()).isZero();
    }

    @Test
    void aSecondYamlDocument() throws IOException {
        assertBadInput(runFile(GOOD + "---\nname: other\n"), "shop.yaml:13:", "second YAML document");
    }

    @Test
    void aZeroIdleTimeout() throws IOException {
        assertBadInput(runFile(GOOD + "mesh:\n  sidecar: { idleTimeout: 0s }\n"), "shop.yaml:13:",
                "mesh.sidecar.idleTimeout");
    }

    @Test
    void aCacheOutageWithoutLength() throws IOException {
        assertBadInput(runFile(GOOD + "caches:\n  redis:\n    outages: [ { at: 1m } ]\n"), "shop.yaml:14:",
                "caches.redis.outages.0", "for");
    }

    /** The most common YAML trap: a flow mapping splits an unquoted distribution at its comma. */
    @Test
    void anUnquotedDistributionInsideBraces() throws IOException {
        assertBadInput(runFile(GOOD.replace("exponential(mean=50ms)", "lognormal(median=2ms, p99=10ms)")),
                "shop.yaml:11:", "services.api.endpoints.get.work", "quote");
    }

    @Test
    void emptyFile() throws IOException {
        assertBadInput(runFile(""), "shop.yaml", "empty");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = dir.resolve("shop.yaml");
        Files.write(file, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff, (byte) 0xfe});
        assertBadInput(runPath(file), "shop.yaml", "not a text file");
    }

    @Test
    void missingFile() {
        assertBadInput(runPath(dir.resolve("nope.yaml")), "nope.yaml", "no such file");
    }

    @Test
    void unknownCatalogName() {
        Cli cli = Cli.run("run", "no-such-scenario", "--out", dir.resolve("out").toString());
        assertBadInput(cli, "no-such-scenario", "mmc-check");
    }

    @Test
    void badSetPath() throws IOException {
        assertBadInput(runFile(GOOD, "--set", "services.api.replica=2"), "--set services.api.replica=2",
                "did you mean 'replicas'");
    }

    @Test
    void badOption() {
        Cli cli = Cli.run("run", "mmc-check", "--replications", "many");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--replications").doesNotContain("\tat ");
    }

    @Test
    void validateReportsEveryProblemAndExits2() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, GOOD.replace("cpu: 1", "cpu: 0").replace("rate: 5", "rate: -5"));
        Cli cli = Cli.run("validate", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("services.api.pod.cpu", "load.rate");
    }
}
