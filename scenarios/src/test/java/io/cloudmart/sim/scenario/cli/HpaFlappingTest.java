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

/**
 * The hpa-flapping story: a load that swings every 4 minutes makes an HPA without a scale-down
 * window follow it up and down, scaling over a hundred times an hour between the trough's and the
 * peak's pod counts; the API's default 300 s window, longer than the period, holds the peak's pods
 * and scales a few times only; a scale-down policy of one pod a minute lands between the two. The
 * nodes follow neither, so the bill is the same. Default seed (window 0 / 300 / policy): 57 + 69 /
 * 4 + 0 / 29 + 43 scale events, replicas 4–12 / 10 / 6–11, p99 5001 / 252 / 646 ms; seeds 1 to 3
 * give 123–125 / 4 / 73–75 events and p99 4411–4870 / 249–255 / 639–745 ms.
 */
class HpaFlappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WINDOW = "services.feed.hpa.behavior.scaleDown.stabilizationWindowSeconds";
    /** The load's period and the measured time after the 5-minute warm-up, s. */
    private static final double PERIOD = 240;
    private static final double MEASURED = 3300;
    private static JsonNode flapping;
    private static JsonNode stabilized;
    private static JsonNode limited;
    private static List<JsonNode> limitedEvents;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        flapping = results(dir, "w0");
        stabilized = results(dir, "w300", "--set", WINDOW + "=300");
        limited = results(dir, "policy", "--set",
                "services.feed.hpa.behavior.scaleDown.policies=[{type: Pods, value: 1, periodSeconds: 60}]");
        limitedEvents = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("policy/events.jsonl"))) {
            limitedEvents.add(JSON.readTree(line));
        }
    }

    private static JsonNode results(Path dir, String name, String... sets) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "hpa-flapping", "--quiet", "--out", dir.resolve(name).toString()));
        args.addAll(List.of(sets));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return JSON.readTree(dir.resolve(name).resolve("results.json").toFile());
    }

    private static int scaleEvents(JsonNode r) {
        return r.at("/autoscaling/feed/scaleUps").asInt() + r.at("/autoscaling/feed/scaleDowns").asInt();
    }

    @Test
    void withoutAWindowTheHpaFollowsEverySwingBetweenTheTroughsAndThePeaksPods() {
        // at least one scale-up and one scale-down per period of the measured time alone
        assertThat(flapping.at("/autoscaling/feed/scaleUps").asInt()).isGreaterThanOrEqualTo((int) (MEASURED / PERIOD));
        assertThat(flapping.at("/autoscaling/feed/scaleDowns").asInt()).isGreaterThanOrEqualTo((int) (MEASURED / PERIOD));
        // trough 100/s × 20 ms = 2 cores: ceil(2 / 0.6) = 4; peak 6 cores: ceil(6 / 0.6) = 10, overshot while pods start
        assertThat(flapping.at("/services/feed/replicas/min").asInt()).isEqualTo(4);
        assertThat(flapping.at("/services/feed/replicas/max").asInt()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aWindowLongerThanThePeriodHoldsThePeaksPods() {
        assertThat(scaleEvents(flapping)).isGreaterThan(10 * scaleEvents(stabilized));
        assertThat(stabilized.at("/autoscaling/feed/scaleDowns").asInt()).isZero();
        assertThat(stabilized.at("/services/feed/replicas/min").asInt()).isEqualTo(10);
        assertThat(stabilized.at("/services/feed/replicas/max").asInt()).isEqualTo(10);
        // flapping pods are always late and cold for the next rise
        assertThat(flapping.at("/latencyMs/p99").asDouble()).isGreaterThan(5 * stabilized.at("/latencyMs/p99").asDouble());
    }

    @Test
    void aOnePodAMinutePolicyLandsBetweenAndKeepsAllButOneOfTheReplicasOfAMinuteAgo() {
        assertThat(scaleEvents(limited)).isLessThan(scaleEvents(flapping)).isGreaterThan(scaleEvents(stabilized));
        assertThat(limited.at("/services/feed/replicas/min").asInt())
                .isGreaterThan(flapping.at("/services/feed/replicas/min").asInt())
                .isLessThan(stabilized.at("/services/feed/replicas/min").asInt());
        // the policy counts changes over a rolling 60 s (events after now − 60 s, as the controller's cutoff), from
        // the replicas at the window's start: a pod added within the minute may go again at once, but the
        // replicas never fall more than one below what they were 60 s before
        List<JsonNode> changes = limitedEvents.stream().filter(e -> e.get("controller").asText().equals("hpa/feed")
                && !e.get("decision").asText().equals("held")).toList();
        List<JsonNode> downs = changes.stream().filter(e -> e.get("decision").asText().equals("scaleDown")).toList();
        assertThat(downs).hasSizeGreaterThan((int) (MEASURED / PERIOD));
        for (JsonNode down : downs) {
            double t = down.get("timeSeconds").asDouble();
            assertThat(down.at("/inputs/desiredReplicas").asInt()).as("replicas after the scale-down at %.0f s", t)
                    .isGreaterThanOrEqualTo(replicasAt(changes, t - 60) - 1);
        }
    }

    /** The replicas after every change at or before {@code time}; the file's 4 before the first. */
    private static int replicasAt(List<JsonNode> changes, double time) {
        int replicas = 4;
        for (JsonNode change : changes) {
            if (change.get("timeSeconds").asDouble() <= time) {
                replicas = change.at("/inputs/desiredReplicas").asInt();
            }
        }
        return replicas;
    }

    @Test
    void theNodesFollowNeitherSoFlappingSavesNothing() {
        for (JsonNode other : List.of(stabilized, limited)) {
            assertThat(flapping.at("/cost/nodeHours").asDouble()).isEqualTo(other.at("/cost/nodeHours").asDouble());
            assertThat(flapping.at("/cost/total").asDouble()).isEqualTo(other.at("/cost/total").asDouble());
        }
        assertThat(flapping.at("/cluster/pools/general/removed").asInt()).isZero();
    }
}
