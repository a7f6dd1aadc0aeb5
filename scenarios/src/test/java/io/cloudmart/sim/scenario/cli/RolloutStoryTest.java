package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A canary from the scenario file to results.json and events.jsonl (test resource {@code load/rollout.yaml}: 20 %,
 * a 1 min pause, a success-rate analysis with {@code result >= 0.95}, 30 %, 70 %, an indefinite pause promoted at
 * 10 min). With 10 % errors the first measurement fails and Argo aborts at once; with none it is promoted.
 */
class RolloutStoryTest {
    private static final String CONTROLLER = "rollout/api";
    private static StoryRun bad;
    private static StoryRun good;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rollout.yaml");
        try (InputStream in = RolloutStoryTest.class.getResourceAsStream("/load/rollout.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        bad = StoryRun.of(dir.resolve("bad"), file.toString());
        good = StoryRun.of(dir.resolve("good"), file.toString(), "services.api.versions.v2.errorRate=0");
    }

    @Test
    void aBadReleaseIsAbortedAtItsFirstMeasurement() {
        JsonNode r = bad.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        JsonNode measurements = r.get("measurements");
        assertThat(measurements).hasSize(1);
        assertThat(measurements.get(0).get("phase").asText()).isEqualTo("Failed");
        assertThat(measurements.get(0).get("value").asDouble()).isLessThan(0.95);
        double abortedAt = r.get("atSeconds").asDouble();
        // the analysis step is the third; it measures as it starts, after the 1 min pause
        assertThat(abortedAt).isEqualTo(r.at("/steps/2/startSeconds").asDouble())
                .isEqualTo(r.at("/steps/1/startSeconds").asDouble() + 60);
        assertThat(r.get("why").asText()).contains("STEP_ANALYSIS", "success-rate", "Failed");
        // traffic back to stable in the same reconcile; the canary's pods removed 30 s later
        List<JsonNode> weights = bad.events(CONTROLLER, "WeightSet");
        assertThat(weights).last().satisfies(w -> {
            assertThat(w.get("timeSeconds").asDouble()).isEqualTo(abortedAt);
            assertThat(w.at("/inputs/toWeight").asInt()).isZero();
        });
        assertThat(bad.events(CONTROLLER, "RevisionScaledDown")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(abortedAt + 30));
        assertThat(bad.events(CONTROLLER, "measurement")).singleElement()
                .satisfies(e -> assertThat(e.at("/inputs/phase").asText()).isEqualTo("Failed"));
        long requests = r.get("canaryRequests").asLong();
        long errors = r.get("canaryErrors").asLong();
        assertThat(requests).isPositive();
        // 10 % errors: within 4 binomial standard deviations
        assertThat((double) errors).isCloseTo(0.1 * requests,
                org.assertj.core.data.Offset.offset(4 * Math.sqrt(requests * 0.09) + 1));
    }

    @Test
    void aHealthyReleaseIsPromotedAfterTheLastStep() {
        JsonNode r = good.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        assertThat(r.get("steps")).hasSize(7);
        assertThat(r.at("/measurements/0/phase").asText()).isEqualTo("Successful");
        // the last step is an indefinite pause, ended by the promote at 10 min; the update is complete once the
        // canary's last pod is Ready: one pod's start-up later, as the first step waited for its pod
        double startup = r.at("/steps/1/startSeconds").asDouble() - r.at("/steps/0/startSeconds").asDouble();
        assertThat(startup).isPositive();
        assertThat(good.events(CONTROLLER, "promote")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(600));
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(600 + startup);
        assertThat(good.events(CONTROLLER, "WeightSet")).last()
                .satisfies(w -> assertThat(w.at("/inputs/toWeight").asInt()).isEqualTo(100));
        assertThat(r.get("canaryErrors").asLong()).isZero();
    }
}
