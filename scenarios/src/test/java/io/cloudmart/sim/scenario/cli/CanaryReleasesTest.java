package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three canary stories of the catalog. The same shop and release plan (start at 5 min; 10, 30, 60 % each with a
 * 2 min pause and an analysis; 4 replicas; 100 requests per second to order) with three versions 2: 5 % errors
 * (canary-bad-release), as good as v1 (canary-good-release), and 60 % more CPU per request
 * (canary-latency-regression).
 */
class CanaryReleasesTest {
    private static final String CONTROLLER = "rollout/order";
    private static final double START = 300;
    private static final double PAUSE = 120;
    private static final double RATE = 100;
    private static StoryRun bad;
    private static StoryRun good;
    private static StoryRun slow;
    private static StoryRun slowUnchecked;

    @BeforeAll
    static void run(@TempDir Path dir) {
        bad = StoryRun.of(dir.resolve("bad"), "canary-bad-release");
        good = StoryRun.of(dir.resolve("good"), "canary-good-release");
        slow = StoryRun.of(dir.resolve("slow"), "canary-latency-regression");
        slowUnchecked = StoryRun.of(dir.resolve("slow-unchecked"), "canary-latency-regression",
                "analysisTemplates.p99-latency.metrics.0.successCondition=result <= 10");
    }

    private static JsonNode rollout(StoryRun run) {
        return run.results().at("/rollouts/order");
    }

    @Test
    void aBadReleaseIsAbortedAtTheFirstFailedAnalysis() {
        JsonNode r = rollout(bad);
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        assertThat(r.at("/steps/0/startSeconds").asDouble()).isEqualTo(START);
        // the 10 % step waits for its one canary pod; the analysis follows the 2-minute pause and fails at once
        double pauseStart = r.at("/steps/1/startSeconds").asDouble();
        double abortedAt = r.get("atSeconds").asDouble();
        assertThat(abortedAt).isEqualTo(pauseStart + PAUSE).isEqualTo(r.at("/steps/2/startSeconds").asDouble());
        assertThat(r.get("measurements")).singleElement().satisfies(m -> {
            assertThat(m.get("phase").asText()).isEqualTo("Failed");
            // 5 % errors over ~1,200 requests: the success rate within 4 binomial standard deviations of 0.95
            assertThat(m.get("value").asDouble()).isCloseTo(0.95, within(4 * Math.sqrt(0.05 * 0.95 / 1200)));
        });
        // the weight is back to 0 in the same reconcile, the canary's pod gone abortScaleDownDelaySeconds later
        assertThat(bad.events(CONTROLLER, "WeightSet")).last().satisfies(w -> {
            assertThat(w.get("timeSeconds").asDouble()).isEqualTo(abortedAt);
            assertThat(w.at("/inputs/toWeight").asInt()).isZero();
        });
        assertThat(bad.events(CONTROLLER, "RevisionScaledDown")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(abortedAt + 30));
        // the blast radius: Poisson arrivals thinned to 10 % while v2 had traffic, 5 % of them failed
        double exposed = 0.10 * RATE * (abortedAt - pauseStart);
        long requests = r.get("canaryRequests").asLong();
        assertThat((double) requests).isCloseTo(exposed, Offset.offset(4 * Math.sqrt(exposed)));
        assertThat((double) r.get("canaryErrors").asLong())
                .isCloseTo(0.05 * requests, Offset.offset(4 * Math.sqrt(0.05 * 0.95 * requests)));
        // and the stable version answered everything after the abort: no node was needed for the release
        assertThat(bad.figure("/cluster/pools/general/added")).isZero();
    }

    @Test
    void aGoodReleaseIsPromotedAfterTheLastStepAndNeedsANodeForAWhile() {
        JsonNode r = rollout(good);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        assertThat(r.get("steps")).hasSize(9);
        assertThat(r.get("measurements")).hasSize(3)
                .allSatisfy(m -> assertThat(m.get("phase").asText()).isEqualTo("Successful"));
        assertThat(r.get("canaryErrors").asLong()).isZero();
        // the last analysis ends the steps; the canary then scales to 4 pods beside v1's 4, one pod more than the 3
        // nodes hold: the Cluster Autoscaler adds a node, and the promotion waits for that pod
        double lastAnalysis = r.at("/steps/8/startSeconds").asDouble();
        List<JsonNode> scaleUps = good.events("cluster-autoscaler", "scaleUp");
        assertThat(scaleUps).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isBetween(lastAnalysis, lastAnalysis + 10));
        assertThat(r.get("atSeconds").asDouble()).isGreaterThan(scaleUps.get(0).get("timeSeconds").asDouble());
        assertThat(good.figure("/cluster/pendingPodSeconds")).isPositive();
        assertThat(good.figure("/cluster/pools/general/max")).isEqualTo(4);
        // so the good release costs more than the aborted one, whose canary was one pod
        assertThat(good.figure("/cost/total")).isGreaterThan(bad.figure("/cost/total"));
    }

    @Test
    void aLatencyRegressionIsCaughtOnlyByThePercentileMetric() {
        JsonNode r = rollout(slow);
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        JsonNode measurements = r.get("measurements");
        assertThat(measurements).hasSize(2);
        assertThat(measurements.get(0).get("metric").asText()).isEqualTo("success-rate");
        assertThat(measurements.get(0).get("phase").asText()).isEqualTo("Successful");
        assertThat(measurements.get(1).get("metric").asText()).isEqualTo("p99-latency");
        assertThat(measurements.get(1).get("phase").asText()).isEqualTo("Failed");
        assertThat(measurements.get(1).get("value").asDouble()).isGreaterThan(0.25);
        assertThat(r.get("why").asText()).contains("p99-latency");
        // without a latency limit the same release goes through, and every request pays for it
        JsonNode unchecked = rollout(slowUnchecked);
        assertThat(unchecked.get("outcome").asText()).isEqualTo("promoted");
        assertThat(unchecked.get("measurements")).allSatisfy(m -> assertThat(m.get("phase").asText()).isEqualTo("Successful"));
        assertThat(slowUnchecked.figure("/latencyMs/p99")).isGreaterThan(2 * slow.figure("/latencyMs/p99"));
        assertThat(slowUnchecked.figure("/requests/errors")).isZero();
    }
}
