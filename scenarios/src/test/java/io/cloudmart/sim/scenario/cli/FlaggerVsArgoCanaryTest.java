package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The same bad release (5 % errors, from 5 min) under Argo Rollouts (10 %, a 1-minute pause, an analysis that aborts at
 * its first failed measurement) and under Flagger (every 1-minute interval a request-success-rate check, rolled back
 * after threshold 3 failed checks): Argo takes it back within its first analysis, Flagger three intervals and one more
 * later, so Flagger's canary serves several times the requests and errors.
 */
class FlaggerVsArgoCanaryTest {
    private static final double START = 300;
    private static final double INTERVAL = 60;
    private static StoryRun run;
    private static StoryRun flaggerThreshold1;

    @BeforeAll
    static void run(@TempDir Path dir) {
        run = StoryRun.of(dir.resolve("as-written"), "flagger-vs-argo-canary");
        flaggerThreshold1 = StoryRun.of(dir.resolve("threshold-1"), "flagger-vs-argo-canary",
                "canaries.order-flagger.analysis.threshold=1");
    }

    @Test
    void argoAbortsAtItsFirstFailedMeasurement() {
        JsonNode argo = run.results().at("/rollouts/order-argo");
        assertThat(argo.get("outcome").asText()).isEqualTo("aborted");
        assertThat(argo.get("measurements")).singleElement()
                .satisfies(m -> assertThat(m.get("phase").asText()).isEqualTo("Failed"));
        // the 10 % step waits for its pod, then the 1-minute pause, then the analysis fails at once
        assertThat(argo.get("atSeconds").asDouble()).isEqualTo(argo.at("/steps/1/startSeconds").asDouble() + INTERVAL);
    }

    @Test
    void flaggerRollsBackOneIntervalAfterItsThirdFailedCheck() {
        JsonNode flagger = run.results().at("/rollouts/order-flagger");
        assertThat(flagger.get("strategy").asText()).isEqualTo("flaggerCanary");
        assertThat(flagger.get("outcome").asText()).isEqualTo("aborted");
        JsonNode checks = flagger.get("measurements");
        assertThat(checks).hasSize(3).allSatisfy(m -> {
            assertThat(m.get("phase").asText()).isEqualTo("Failed");
            // request-success-rate in percent: 95 % within 4 binomial standard deviations of ~600 requests a minute
            assertThat(m.get("value").asDouble()).isCloseTo(95, Offset.offset(400 * Math.sqrt(0.05 * 0.95 / 600)));
        });
        // ticks at k × interval: seen at 5 min, the first weight at 6 min, checks at 7, 8, 9, rolled back at 10
        assertThat(checks).extracting(m -> m.get("atSeconds").asDouble())
                .containsExactly(START + 2 * INTERVAL, START + 3 * INTERVAL, START + 4 * INTERVAL);
        assertThat(flagger.get("atSeconds").asDouble()).isEqualTo(START + 5 * INTERVAL);
        assertThat(flagger.get("why").asText()).startsWith("FAILED_CHECKS");
    }

    @Test
    void flaggersPatienceCostsSeveralTimesTheErrors() {
        JsonNode argo = run.results().at("/rollouts/order-argo");
        JsonNode flagger = run.results().at("/rollouts/order-flagger");
        assertThat(flagger.at("/exposure/errors").asLong()).isGreaterThan(3 * argo.at("/exposure/errors").asLong());
        assertThat(flagger.get("canaryRequests").asLong()).isGreaterThan(3 * argo.get("canaryRequests").asLong());
        // Flagger's canary runs the primary's 4 replicas, Argo's ceil(10 × 4 / 100) = 1: more pods held too
        assertThat(flagger.get("extraPodHours").asDouble()).isGreaterThan(argo.get("extraPodHours").asDouble());
        // threshold 1: rolled back at the tick after the first failed check, still later than Argo
        JsonNode quick = flaggerThreshold1.results().at("/rollouts/order-flagger");
        assertThat(quick.get("atSeconds").asDouble()).isEqualTo(START + 3 * INTERVAL)
                .isGreaterThan(argo.get("atSeconds").asDouble());
    }
}
