package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode run(String out, String... extra) throws IOException {
        String[] base = {"run", "mmc-check", "--quiet", "--out", dir.resolve(out).toString(), "--set", "duration=20m",
            "--set", "warmup=2m"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli cli = Cli.run(args);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return JSON.readTree(dir.resolve(out).resolve("results.json").toFile());
    }

    private static JsonNode withoutWallClock(JsonNode results) {
        ObjectNode copy = results.deepCopy();
        copy.remove("wallSeconds");
        return copy;
    }

    @Test
    void writesThePinnedResultFieldsAndAllFiles() throws IOException {
        JsonNode r = run("a");
        for (String field : new String[] {"scenario", "seed", "replications", "simulatedSeconds", "wallSeconds", "events"}) {
            assertThat(r.has(field)).as(field).isTrue();
        }
        for (String field : new String[] {"total", "ok", "rateLimited", "errors", "timeouts", "throughputPerSecond"}) {
            assertThat(r.get("requests").has(field)).as(field).isTrue();
        }
        for (String field : new String[] {"mean", "p50", "p90", "p95", "p99", "max", "meanHalfWidth95"}) {
            assertThat(r.get("latencyMs").has(field)).as(field).isTrue();
        }
        JsonNode api = r.get("services").get("api");
        assertThat(api.get("latencyMs").has("p99")).isTrue();
        assertThat(api.get("replicas").get("max").asInt()).isEqualTo(1);
        assertThat(api.get("queueWaitMs").has("mean")).isTrue();
        assertThat(api.get("utilization").asDouble()).isBetween(0.6, 0.9);
        for (String field : new String[] {"total", "currency", "nodeHours", "perService", "idle"}) {
            assertThat(r.get("cost").has(field)).as(field).isTrue();
        }
        assertThat(r.get("scenario").asText()).isEqualTo("mmc-check");
        assertThat(r.get("simulatedSeconds").asDouble()).isEqualTo(1200.0);
        assertThat(dir.resolve("a/timeseries.csv")).exists();
        String html = Files.readString(dir.resolve("a/report.html"));
        assertThat(html).contains("<svg", "mmc-check", "Erlang C");
        try (var files = Files.list(dir.resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "results.json", "timeseries.csv", "events.jsonl", "report.html", "manifest.json");
        }
    }

    @Test
    void sameSeedSameResultsWithOneReplication() throws IOException {
        assertThat(withoutWallClock(run("a"))).isEqualTo(withoutWallClock(run("b")));
    }

    @Test
    void sameSeedSameResultsWithSeveralReplications() throws IOException {
        JsonNode a = run("a", "--replications", "3");
        JsonNode b = run("b", "--replications", "3");
        assertThat(withoutWallClock(a)).isEqualTo(withoutWallClock(b));
        assertThat(a.get("latencyMs").get("meanHalfWidth95").isNumber()).isTrue();
        assertThat(Files.readString(dir.resolve("a/timeseries.csv"))).isEqualTo(Files.readString(dir.resolve("b/timeseries.csv")));
    }

    @Test
    void differentSeedsGiveDifferentNumbers() throws IOException {
        JsonNode a = run("a", "--seed", "1");
        JsonNode b = run("b", "--seed", "2");
        assertThat(a.get("latencyMs").get("mean").asDouble()).isNotEqualTo(b.get("latencyMs").get("mean").asDouble());
    }

    @Test
    void scenarioTextIsEscapedInTheReport() throws IOException {
        Path file = dir.resolve("xss.yaml");
        String mmc = new io.cloudmart.sim.scenario.catalog.Catalog().text("mmc-check").orElseThrow();
        String description = mmc.lines().filter(l -> l.startsWith("description: ")).findFirst().orElseThrow();
        Files.writeString(file, mmc.replace(description, "description: '<script>alert(\"x\")</script> & <b>"
                + " \"><img src=x onerror=alert(1)> </style><script>y</script>'")
                .replace("browse: { weight: 1, call: api.get }",
                        "browse: { weight: 1, call: api.get, headers: { x-evil: \"</style><img onerror=alert(2)>\" } }"));
        Cli cli = Cli.run("run", file.toString(), "--quiet", "--out", dir.resolve("x").toString(),
                "--set", "duration=5m", "--set", "warmup=0s");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String html = Files.readString(dir.resolve("x/report.html"));
        assertThat(html).doesNotContain("<script", "<b>", "<img").contains("&lt;script&gt;", "&lt;img src=x onerror")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(html.split("</style>", -1)).as("only the page's own style element closes").hasSize(2);
    }

    @Test
    void anOverloadedShopStopsEarlyAndStillWritesTheStoryOfItsQueues() throws IOException {
        Cli cli = Cli.run("run", "mmc-check", "--quiet", "--out", dir.resolve("o").toString(), "--set", "load.rate=200");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.STOPPED_EARLY.code()).isEqualTo(3);
        assertThat(cli.err()).contains("the run stopped at 26 min", "of 2 h", "overloaded", "lower the load",
                "results up to the stop are in").doesNotContain("\tat ", "report it");
        assertThat(cli.err().strip().lines().count()).isEqualTo(1);
        JsonNode results = new ObjectMapper().readTree(dir.resolve("o/results.json").toFile());
        JsonNode stopped = results.get("stoppedEarly");
        double at = stopped.get("firstAtSeconds").asDouble();
        // 4 workers serve 40/s of the 200/s offered: in flight grows by 160/s until the cap of 250,000
        assertThat(at).isBetween(250_000 / 160.0 * 0.97, 250_000 / 160.0 * 1.03);
        assertThat(results.get("simulatedSeconds").asDouble()).isEqualTo(at);
        assertThat(results.get("measuredSeconds").asDouble()).isEqualTo(at - 600);
        assertThat(results.get("requests").get("throughputPerSecond").asDouble()).isBetween(38.0, 42.0);
        String html = Files.readString(dir.resolve("o/report.html"));
        assertThat(html).contains("This run stopped early", "run stopped", "26 min", "(stopped early)");
        String csv = Files.readString(dir.resolve("o/timeseries.csv"));
        assertThat(csv.lines().count()).as("every bucket of the planned 2 h, empty after the stop").isEqualTo(721);
        assertThat(dir.resolve("o/timeseries.csv")).exists();
    }

    @Test
    void anOutFolderThatIsAFileIsBadInputBeforeAnythingRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Cli cli = Cli.run("run", "mmc-check", "--quiet", "--out", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("not a folder");
    }

    @Test
    void listShowsTheCatalog() {
        Cli cli = Cli.run("list");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("mmc-check", "utilization-knee");
    }

    @Test
    void explainPrintsDefaults() {
        Cli cli = Cli.run("explain", "mmc-check", "--set", "services.api.replicas=2");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("replications: 1", "replicas: 2", "exponential(mean=100ms)");
    }

    @Test
    void helpAndVersionEverywhere() {
        for (String command : new String[] {"run", "validate", "list", "explain", "bench", "compare", "sweep", "schema", "replay"}) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: cmsim " + command);
            assertThat(Cli.run(command, "--version").out()).as(command).contains("cmsim");
        }
        assertThat(Cli.run("--version").out()).contains("cmsim");
    }
}
