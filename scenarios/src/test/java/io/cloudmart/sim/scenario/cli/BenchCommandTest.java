package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.load.ScenarioException;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/** What {@code cmsim bench} counts and the shape of its JSON; never how fast anything runs. */
class BenchCommandTest {
    @TempDir
    Path dir;

    private static ModelBench.Measurement mmcCheck(String warmup) throws ScenarioException {
        ScenarioSpec spec = new ScenarioSource().load("mmc-check", List.of("duration=2h", "warmup=" + warmup));
        return ModelBench.measure(spec);
    }

    @Test
    void eventsPerRequestAreCountedOverTheSameWindowAsTheRequests() throws ScenarioException {
        // an M/M/4 makes the same events per request whatever the warm-up; with 100 of 120 minutes of warm-up,
        // the whole run's events over the requests after warm-up come out six times too many
        ModelBench.Measurement shortWarmup = mmcCheck("1m");
        ModelBench.Measurement longWarmup = mmcCheck("100m");
        assertThat(longWarmup.eventsPerRequest()).isCloseTo(shortWarmup.eventsPerRequest(),
                within(0.02 * shortWarmup.eventsPerRequest()));
        double oldCounting = (double) longWarmup.allEvents() / longWarmup.requests();
        assertThat(oldCounting).isGreaterThan(4 * longWarmup.eventsPerRequest());
        assertThat(longWarmup.warmupEvents() + longWarmup.events() + 1).isEqualTo(longWarmup.allEvents());
        // about 30 requests/s over the 20 measured minutes
        assertThat(longWarmup.requests()).isBetween(34_000L, 38_000L);
    }

    @Test
    void jsonHoldsEveryDocumentedFigure() throws Exception {
        Path file = dir.resolve("bench.json");
        Cli cli = Cli.run("bench", "--customers", "2000", "--rounds", "3", "--warmup-rounds", "0",
                "--operations", "5000", "--pending", "100",
                "--scenario", "mmc-check", "--set", "duration=20m", "--model-rounds", "2", "--model-warmup-rounds", "0",
                "--scaling", "1,2", "--json", file.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("engine / hand-heap:", "event list, engine / hand-heap:", "events per request",
                "replications: mmc-check duration=20m on", "2 replications:", "figures written to");

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("format").asInt()).isEqualTo(BenchJson.FORMAT);
        assertThat(root.at("/machine/cores").asInt()).isPositive();
        assertThat(root.at("/machine/jvm").asText()).isNotBlank();

        JsonNode engine = root.path("engine");
        assertThat(engine.path("customers").asLong()).isEqualTo(2000);
        assertThat(engine.path("rounds").asInt()).isEqualTo(3);
        assertThat(engine.path("warmupRounds").asInt()).isZero();
        List<String> names = new ArrayList<>();
        for (JsonNode b : engine.path("benchmarks")) {
            names.add(b.path("name").asText());
            long perCustomer = b.path("eventsPerCustomer").asLong();
            // the model's own events plus at most the engine's few bookkeeping events
            assertThat(b.path("events").asLong()).isBetween(perCustomer * 2000, perCustomer * 2000 + 3);
            range(b.path("nsPerEvent"));
            range(b.path("nsPerCustomer"));
        }
        assertThat(names).containsExactly("hand-heap", "engine", "engine-2-event");
        range(engine.at("/engineOverHandHeap/perEvent"));
        range(engine.at("/engineOverHandHeap/perCustomer"));
        range(engine.path("twoEventOverHandHeapPerCustomer"));

        JsonNode pieces = root.path("pieces");
        assertThat(pieces.path("operations").asLong()).isEqualTo(5000);
        assertThat(pieces.path("pending").asInt()).isEqualTo(100);
        assertThat(pieces.path("rounds").asInt()).isEqualTo(3);
        List<String> pieceNames = new ArrayList<>();
        for (JsonNode p : pieces.path("benchmarks")) {
            pieceNames.add(p.path("name").asText());
            range(p.path("nsPerOperation"));
        }
        assertThat(pieceNames).containsExactly("event-list-hand-heap", "event-list-engine", "tally-record",
                "rate-limit-check", "processor-sharing");
        range(pieces.path("eventListEngineOverHandHeap"));

        assertThat(root.path("models")).hasSize(1);
        JsonNode model = root.path("models").get(0);
        assertThat(model.path("scenario").asText()).isEqualTo("mmc-check");
        assertThat(model.path("settings").asText()).isEqualTo("duration=20m");
        assertThat(model.path("window").asText()).isEqualTo("after warm-up");
        assertThat(model.path("rounds").asInt()).isEqualTo(2);
        assertThat(model.path("warmupRounds").asInt()).isZero();
        long requests = model.path("requests").asLong();
        long events = model.path("events").asLong();
        assertThat(requests).isPositive();
        assertThat(model.path("warmupEvents").asLong()).isPositive(); // mmc-check's own 10 min warm-up
        assertThat(model.path("eventsPerRequest").asDouble()).isCloseTo((double) events / requests, within(1e-12));
        range(model.path("nsPerEvent"));
        range(model.path("nsPerRequest"));
        JsonNode rps = model.path("simulatedRequestsPerSecond");
        range(rps);
        // the same run's figures: requests per second is the inverse of ns per request, round by round
        assertThat(rps.path("min").asDouble() * model.at("/nsPerRequest/max").asDouble())
                .isCloseTo(1e9, within(1e9 * 1e-9));
        JsonNode scaling = root.path("replications");
        assertThat(scaling.path("scenario").asText()).isEqualTo("mmc-check");
        assertThat(scaling.path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(scaling.path("points")).hasSize(2);
        JsonNode one = scaling.path("points").get(0);
        JsonNode two = scaling.path("points").get(1);
        assertThat(one.path("replications").asInt()).isEqualTo(1);
        assertThat(two.path("replications").asInt()).isEqualTo(2);
        range(one.path("wallSeconds"));
        range(two.path("cpuSeconds"));
        assertThat(one.path("wallOverOne").asDouble()).isEqualTo(1.0);
        assertThat(two.path("wallOverOne").asDouble())
                .isCloseTo(two.at("/wallSeconds/median").asDouble() / one.at("/wallSeconds/median").asDouble(), within(1e-12));
        assertThat(two.path("idealWallOverOne").asDouble())
                .isEqualTo(Runtime.getRuntime().availableProcessors() >= 2 ? 1.0 : 2.0);
        JsonNode bytes = model.path("bytesPerRequest");
        range(bytes);
        // each request of the M/M/4 schedules at least its arrival and its departure, each an object of the event list
        assertThat(bytes.path("min").asDouble()).isGreaterThan(2 * 24.0);
    }

    private static void range(JsonNode figures) {
        double min = figures.path("min").asDouble();
        double median = figures.path("median").asDouble();
        double max = figures.path("max").asDouble();
        assertThat(min).as("min of %s", figures).isPositive();
        assertThat(median).as("median of %s", figures).isBetween(min, max);
    }

    @Test
    void scalingZeroLeavesItOutAndOtherwiseCountsMustBePositive() {
        Cli bad = Cli.run("bench", "--scaling", "0,2");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--scaling counts >= 1 (or 0 alone, to leave it out)");
        assertThat(ReplicationScaling.idealWallRatio(4, 2)).isEqualTo(2.0);
        assertThat(ReplicationScaling.idealWallRatio(3, 2)).isEqualTo(2.0);
        assertThat(ReplicationScaling.idealWallRatio(1, 8)).isEqualTo(1.0);
    }

    @Test
    void aJsonFileInAMissingFolderIsRefusedBeforeMeasuring() {
        Path file = dir.resolve("no-such-folder/bench.json");
        Cli cli = Cli.run("bench", "--json", file.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--json: folder", "does not exist");
        assertThat(cli.out()).doesNotContain("round 1");
        assertThat(Files.exists(file)).isFalse();
    }
}
