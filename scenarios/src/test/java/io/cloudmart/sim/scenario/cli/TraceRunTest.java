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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code cmsim run --trace} on the CloudMart shop (gateway with JWT and rate limiting, mesh, datastores, cache,
 * Kafka, saga): the results do not move, trace.jsonl holds the sample asked for, every span lies within its
 * request and each service's spans within the mesh try that reached it, and the report draws the waterfalls.
 */
class TraceRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rounding of trace.jsonl's milliseconds (to the nanosecond) plus the clock's own noise. */
    private static final double TOLERANCE_MS = 1e-5;
    private static final int TRACED = 300;
    private static final double WARMUP_SECONDS = 120;

    @TempDir
    static Path dir;
    private static List<JsonNode> traces;

    @BeforeAll
    static void run() throws IOException {
        for (String[] variant : List.of(new String[] {"plain"}, new String[] {"traced", "--trace", "" + TRACED})) {
            List<String> args = new ArrayList<>(List.of("run", "cloudmart", "--set", "duration=4m", "--replications",
                    "2", "--quiet", "--out", dir.resolve(variant[0]).toString()));
            args.addAll(List.of(variant).subList(1, variant.length));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertThat(cli.exitCode()).as(cli.err()).isZero();
        }
        traces = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("traced/trace.jsonl"))) {
            traces.add(JSON.readTree(line));
        }
    }

    private static List<String> withoutWallTime(String folder, String file) throws IOException {
        return Files.readAllLines(dir.resolve(folder).resolve(file)).stream()
                .filter(line -> !line.contains("\"wallSeconds\"")).toList();
    }

    @Test
    void theResultsAreTheSameBytesWithAndWithoutTracing() throws IOException {
        for (String file : List.of("results.json", "timeseries.csv", "events.jsonl")) {
            assertThat(withoutWallTime("traced", file)).as(file).isEqualTo(withoutWallTime("plain", file));
        }
        assertThat(withoutWallTime("plain", "results.json")).hasSizeGreaterThan(100);
        assertThat(dir.resolve("plain/trace.jsonl")).doesNotExist();
    }

    @Test
    void theFirstRequestsAfterTheWarmUpAreTraced() {
        assertThat(traces).hasSize(TRACED);
        for (int i = 0; i < traces.size(); i++) {
            JsonNode t = traces.get(i);
            assertThat(t.get("startSeconds").asDouble()).isGreaterThanOrEqualTo(WARMUP_SECONDS);
            if (i > 0) {
                assertThat(t.get("id").asLong()).isEqualTo(traces.get(i - 1).get("id").asLong() + 1);
            }
            assertThat(t.get("journey").asText()).isNotBlank();
            assertThat(t.get("spans")).isNotEmpty();
        }
        // the catalog's journeys all show up in 300 requests, and so do the hops they pass
        assertThat(traces.stream().map(t -> t.get("journey").asText()).distinct().count()).isGreaterThan(2);
        List<String> kinds = traces.stream().flatMap(t -> stream(t.get("spans"))).map(s -> s.get("kind").asText())
                .distinct().toList();
        assertThat(kinds).contains("gateway", "rateLimit", "queue", "work", "attempt", "sidecar", "query", "cache",
                "produce", "saga");
    }

    @Test
    void spansNestWithinTheRequestAndTheirMeshTry() {
        int checkedTries = 0;
        for (JsonNode t : traces) {
            if (t.get("status").isNull()) {
                continue;
            }
            double latency = t.get("latencyMs").asDouble();
            List<JsonNode> spans = stream(t.get("spans")).toList();
            for (JsonNode s : spans) {
                assertThat(start(s)).isGreaterThanOrEqualTo(0);
                assertThat(end(s)).as("%s in request %s", s, t.get("id")).isLessThanOrEqualTo(latency + TOLERANCE_MS);
            }
            JsonNode gateway = spans.stream().filter(s -> kind(s, "gateway")).findFirst().orElseThrow();
            assertThat(start(gateway)).isZero();
            for (JsonNode s : spans) {
                if (s.get("where").asText().startsWith("gateway-")) { // the gateway node's own queue and work
                    assertThat(end(s)).isLessThanOrEqualTo(end(gateway) + TOLERANCE_MS);
                }
                if (kind(s, "attempt") && s.get("detail").asText().equals("200")) {
                    String pod = s.get("name").asText().replaceFirst("^try \\d+ ", "");
                    // what ran on the pod the try reached (its queue, work, and the sidecars to it) lies within the try
                    List<JsonNode> inside = spans.stream().filter(o -> o.get("where").asText().equals(pod)
                            || o.get("where").asText().endsWith("→ " + pod)).toList();
                    assertThat(inside).isNotEmpty();
                    for (JsonNode o : inside) {
                        if (within(o, s)) {
                            continue;
                        }
                        // another try to the same pod (a later call of this request) holds it instead
                        assertThat(spans.stream().anyMatch(a -> a != s && kind(a, "attempt")
                                && a.get("name").asText().endsWith(" " + pod) && within(o, a))).as("%s", o).isTrue();
                    }
                    assertThat(start(s)).isGreaterThanOrEqualTo(end(gateway) - TOLERANCE_MS);
                    checkedTries++;
                }
            }
        }
        assertThat(checkedTries).isGreaterThan(TRACED);
    }

    @Test
    void theReportDrawsTheSlowestAsWaterfalls() throws IOException {
        String traced = Files.readString(dir.resolve("traced/report.html"));
        String plain = Files.readString(dir.resolve("plain/report.html"));
        assertThat(traced).contains("Slowest traced requests", "ms from the request");
        assertThat(plain).doesNotContain("Slowest traced requests");
        String section = traced.substring(traced.indexOf("Slowest traced requests"));
        assertThat(section.split("<svg", -1)).hasSize(1 + 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1/0", "2/5", "1/", "/4", "abc", "10001", "1/-2", "99999999999999999999"})
    void aTraceThatCannotBeMetIsRefusedInOneSentence(String value) {
        Path out = dir.resolve("bad");
        Cli cli = Cli.run("run", "mmc-check", "--trace", value, "--out", out.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--trace", "expected N").doesNotContain("Exception");
        assertThat(cli.err().lines()).hasSize(2); // the sentence, and where to read the help
        assertThat(out).doesNotExist();
    }

    @Test
    void theHelpTellsHowToTrace() {
        Cli cli = Cli.run("run", "--help");
        assertThat(cli.out().replaceAll("\\s+", " ")).contains("--trace=N|1/K", "trace.jsonl", "replication 1 only");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static boolean kind(JsonNode span, String kind) {
        return span.get("kind").asText().equals(kind);
    }

    private static double start(JsonNode span) {
        return span.get("startMs").asDouble();
    }

    private static double end(JsonNode span) {
        return start(span) + span.get("durationMs").asDouble();
    }

    private static boolean within(JsonNode inner, JsonNode outer) {
        return start(inner) >= start(outer) - TOLERANCE_MS && end(inner) <= end(outer) + TOLERANCE_MS;
    }
}
