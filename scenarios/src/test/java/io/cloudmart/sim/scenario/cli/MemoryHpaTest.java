package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A memory HPA end to end (src/test/resources/memory/memory-hpa.yaml): 1000 requests per second that each stay
 * about 501 ms in api's pods and hold 1.6 MiB there, base 0, request 256 MiB, target 60 %. By Little's law the pods
 * hold L = λ·W requests in all, so Σ usage = 1.6 × λ·W MiB whatever the replicas, and the steady replicas are
 * ceil(Σ usage / (0.6 × 256 MiB)) = ceil(801.6 / 153.6) = 6, from 2 at the start.
 */
class MemoryHpaTest {
    private static final String SCENARIO = "src/test/resources/memory/memory-hpa.yaml";
    private static StoryRun run;

    @BeforeAll
    static void run(@TempDir Path dir) {
        run = StoryRun.of(dir, SCENARIO);
    }

    @Test
    void scalesUpToCeilOfTotalUsageOverTargetTimesRequest() {
        double lambda = run.figure("/services/api/throughputPerSecond");
        double w = run.figure("/services/api/latencyMs/mean") / 1000;
        assertThat(lambda).isCloseTo(1000, within(10.0));
        assertThat(w).isCloseTo(0.501, within(0.001));
        double totalUsageMiB = 1.6 * lambda * w;
        int steady = (int) Math.ceil(totalUsageMiB / (0.60 * 256));
        assertThat(steady).isEqualTo(6);
        List<JsonNode> ups = run.events("hpa/api", "scaleUp");
        assertThat(ups).isNotEmpty();
        assertThat(ups.get(0).at("/inputs/currentReplicas").asInt()).isEqualTo(2);
        assertThat(ups.get(0).at("/inputs/metric").asText()).isEqualTo("memory");
        assertThat(ups.get(0).at("/inputs/targetType").asText()).isEqualTo("Utilization");
        // after the warm-up the replicas stay at the steady value
        assertThat(run.figure("/services/api/replicas/min")).isEqualTo(steady);
        assertThat(run.figure("/services/api/replicas/max")).isEqualTo(steady);
    }

    /**
     * The first sync sees 2 pods holding about 501 × 1.6 MiB between them: Σ usage / Σ requests ≈ 801.6 / 512 =
     * 156 %, against 60 %; the proposal is ceil(2 × utilization / 60) and the legacy limit lets it reach 4.
     */
    @Test
    void firstDecisionFollowsTheUtilizationOverRequests() {
        JsonNode first = run.events("hpa/api", "scaleUp").get(0).get("inputs");
        int utilization = first.get("current").asInt();
        assertThat(utilization).isBetween(130, 180);
        assertThat(first.get("proposal").asInt()).isEqualTo((int) Math.ceil(2 * utilization / 60.0));
        assertThat(first.get("desiredReplicas").asInt()).isEqualTo(4);
    }

    /** An AverageValue target in bytes: 160Mi per pod → ceil(801.6 / 160) = 6 pods as well (5.01 → 6). */
    @Test
    void averageValueTargetReadsAQuantity(@TempDir Path dir) {
        StoryRun average = StoryRun.of(dir, SCENARIO, "services.api.hpa.metrics=[{type: Resource, resource: {name: memory,"
                + " target: {type: AverageValue, averageValue: 160Mi}}}]");
        JsonNode first = average.events("hpa/api", "scaleUp").get(0).get("inputs");
        assertThat(first.get("targetType").asText()).isEqualTo("AverageValue");
        assertThat(first.get("target").asDouble()).as("the journal counts memory in MiB").isEqualTo(160.0);
        assertThat(average.figure("/services/api/replicas/max")).isBetween(6.0, 7.0);
    }
}
