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
 * A Flagger canary from the scenario file to results.json and events.jsonl (test resource {@code load/flagger.yaml}:
 * interval 30 s, threshold 3, stepWeight 20 up to maxWeight 60, request-success-rate min 99 and request-duration
 * max 500 ms, the update at 2 min), against Flagger's schedule ({@code advanceCanary} in fluxcd/flagger
 * {@code pkg/controller/scheduler.go}): the tick at 2 min sees the revision and scales the canary up; the next sets
 * 20 % without a check; each later one checks. Beside it, Argo's canary of {@code load/rollout.yaml} on the same bad
 * release (10 % errors).
 */
class FlaggerStoryTest {
    private static final String CONTROLLER = "rollout/api";
    private static final double INTERVAL = 30;
    private static final double DETECTED = 120;
    private static final int THRESHOLD = 3;
    private static StoryRun bad;
    private static StoryRun good;
    private static StoryRun argo;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        bad = StoryRun.of(dir.resolve("bad"), copy(dir, "flagger.yaml"));
        good = StoryRun.of(dir.resolve("good"), copy(dir, "flagger.yaml"), "services.api.versions.v2.errorRate=0");
        argo = StoryRun.of(dir.resolve("argo"), copy(dir, "rollout.yaml"));
    }

    private static String copy(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = FlaggerStoryTest.class.getResourceAsStream("/load/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file.toString();
    }

    @Test
    void aBadReleaseIsRolledBackOneIntervalAfterItsThresholdthFailedCheck() {
        JsonNode r = bad.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        assertThat(bad.events(CONTROLLER, "Phase").get(0).get("timeSeconds").asDouble()).isEqualTo(DETECTED);
        // scale-up tick, first weight (no check), THRESHOLD failed checks, then the rollback tick
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(DETECTED + (1 + THRESHOLD + 1) * INTERVAL);
        JsonNode measurements = r.get("measurements");
        assertThat(measurements).hasSize(THRESHOLD);
        for (int i = 0; i < THRESHOLD; i++) {
            JsonNode m = measurements.get(i);
            assertThat(m.get("atSeconds").asDouble()).isEqualTo(DETECTED + (2 + i) * INTERVAL);
            assertThat(m.get("metric").asText()).as("request-duration is not checked after a failure")
                    .isEqualTo("request-success-rate");
            assertThat(m.get("phase").asText()).isEqualTo("Failed");
            // 10 % errors: 90 % non-5xx, far below 99
            assertThat(m.get("value").asDouble()).isBetween(80.0, 99.0);
        }
        assertThat(r.get("steps")).as("the weight never passed its first step").hasSize(1);
        assertThat(r.get("why").asText()).contains("FAILED_CHECKS", "threshold reached 3");
        List<JsonNode> weights = bad.events(CONTROLLER, "WeightSet");
        assertThat(weights).last().satisfies(w -> {
            assertThat(w.get("timeSeconds").asDouble()).isEqualTo(r.get("atSeconds").asDouble());
            assertThat(w.at("/inputs/toWeight").asInt()).isZero();
        });
        assertThat(bad.events(CONTROLLER, "Halted")).extracting(e -> e.at("/inputs/failedChecks").asInt())
                .containsExactly(1, 2, 3);
        long requests = r.get("canaryRequests").asLong();
        long errors = r.get("canaryErrors").asLong();
        assertThat((double) errors).isCloseTo(0.1 * requests,
                org.assertj.core.data.Offset.offset(4 * Math.sqrt(requests * 0.09) + 1));
    }

    @Test
    void aHealthyReleaseIsPromotedAfterMaxWeightOverStepWeightSteps() {
        JsonNode r = good.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        List<JsonNode> weights = good.events(CONTROLLER, "WeightSet");
        // 60 / 20 = 3 steps, one interval apart, the first right after the scale-up tick
        assertThat(weights.subList(0, 3)).extracting(w -> w.at("/inputs/toWeight").asInt()).containsExactly(20, 40, 60);
        assertThat(weights.subList(0, 3)).extracting(w -> w.get("timeSeconds").asDouble())
                .containsExactly(DETECTED + INTERVAL, DETECTED + 2 * INTERVAL, DETECTED + 3 * INTERVAL);
        assertThat(r.get("steps")).hasSize(3);
        // the check at 60 % passes and promotes: the primary's new pods start, and once Ready all traffic is theirs
        double promoting = DETECTED + 4 * INTERVAL;
        assertThat(good.events(CONTROLLER, "Phase")).extracting(e -> e.at("/inputs/phase").asText())
                .containsExactly("Progressing", "Promoting", "Finalising", "Succeeded");
        assertThat(good.events(CONTROLLER, "Phase").get(1).get("timeSeconds").asDouble()).isEqualTo(promoting);
        JsonNode updated = good.events(CONTROLLER, "PrimaryUpdated").get(0);
        assertThat(updated.get("timeSeconds").asDouble()).isGreaterThan(promoting).isLessThan(promoting + INTERVAL);
        assertThat(weights).last().satisfies(w -> assertThat(w.at("/inputs/toWeight").asInt()).isEqualTo(100));
        // the next tick routes to the primary (Finalising), the one after scales the canary to zero
        assertThat(r.get("atSeconds").asDouble()).isEqualTo(promoting + 2 * INTERVAL);
        assertThat(r.get("measurements")).hasSize(2 * 3).allSatisfy(m ->
                assertThat(m.get("phase").asText()).isEqualTo("Successful"));
        assertThat(r.get("canaryErrors").asLong()).isZero();
        // while the primary rolled, both its 5 old pods and the 5 + 5 of v2 existed
        assertThat(good.figure("/services/api/replicas/max")).isEqualTo(15);
    }

    @Test
    void argoAbortsAtTheFirstFailedMeasurementFlaggerAfterTheThreshold() {
        JsonNode a = argo.results().at("/rollouts/api");
        JsonNode f = bad.results().at("/rollouts/api");
        assertThat(a.get("outcome").asText()).isEqualTo(f.get("outcome").asText()).isEqualTo("aborted");
        assertThat(a.get("measurements")).hasSize(1);
        assertThat(a.at("/measurements/0/atSeconds").asDouble()).isEqualTo(a.get("atSeconds").asDouble());
        assertThat(f.get("measurements")).hasSize(THRESHOLD);
        // Flagger rolls back one interval after its last failed check, Argo in the reconcile of its failure
        assertThat(f.get("atSeconds").asDouble() - f.at("/measurements/0/atSeconds").asDouble())
                .isEqualTo(THRESHOLD * INTERVAL);
        assertThat(a.get("why").asText()).contains("STEP_ANALYSIS");
        assertThat(f.get("why").asText()).contains("FAILED_CHECKS");
    }
}
