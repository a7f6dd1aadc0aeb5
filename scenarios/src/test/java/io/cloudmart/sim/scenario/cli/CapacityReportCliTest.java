package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cmsim run} writes the capacity part for a scenario with an HPA, and none for one without. */
class CapacityReportCliTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioWithAnHpaGetsACapacitySectionAfterTheSummary() throws IOException {
        Path file = dir.resolve("hpa-demo.yaml");
        Files.writeString(file, """
                name: hpa-demo
                duration: 10m
                warmup: 1m
                load: { rate: 20, journeys: { buy: { call: api.get } } }
                services:
                  api:
                    replicas: 2
                    pod: { cpu: 1, concurrency: 8 }
                    endpoints: { get: { work: exponential(mean=20ms) } }
                    hpa: { minReplicas: 2, maxReplicas: 10 }
                """);
        Cli cli = Cli.run("run", file.toString(), "--quiet", "--out", dir.resolve("out").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("<h2>Capacity</h2>");
        assertThat(html.indexOf("<h2>Capacity</h2>")).isBetween(html.indexOf("<h2>Summary</h2>"),
                html.indexOf("<h2>Over time</h2>"));
    }

    @Test
    void aScenarioWithoutAutoscalersGetsTheReportItHad() throws IOException {
        Cli cli = Cli.run("run", "mmc-check", "--quiet", "--out", dir.resolve("out").toString(),
                "--set", "duration=5m", "--set", "warmup=1m");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("<h2>Summary</h2>", "<h2>Services</h2>")
                .doesNotContain("Capacity", "Scale decisions", "Replicas of");
    }
}
