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
 * A canary of a leaking release (test resource {@code load/leak.yaml}): api v2 keeps 2 MiB per request on a 200 MiB
 * base under a 512 MiB limit, so its container is OOM-killed at its 157th request ((512 − 200) / 2 = 156 fit); each
 * kill fails the ~20 requests in it (2 s each), and the success-rate analysis after the first minute at 20 % fails.
 * The same release without a leak worth the name is promoted.
 */
class BadReleaseStoryTest {
    private static final String KUBELET = "kubelet/api-v2-0";
    private static StoryRun leaking;
    private static StoryRun healthy;
    private static StoryRun neverReady;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("leak.yaml");
        try (InputStream in = BadReleaseStoryTest.class.getResourceAsStream("/load/leak.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        leaking = StoryRun.of(dir.resolve("leaking"), file.toString());
        healthy = StoryRun.of(dir.resolve("healthy"), file.toString(),
                "services.api.versions.v2.memoryLeak.perRequest=0.001Mi");
        neverReady = StoryRun.of(dir.resolve("never-ready"), file.toString(),
                "services.api.versions.v2.memoryLeak.perRequest=0.001Mi", "services.api.versions.v2.readiness=failing");
    }

    @Test
    void theCanaryIsAbortedOnceItsContainerIsOomKilled() {
        JsonNode r = leaking.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("aborted");
        // the slow release's pod: containers 2 s, app 25 s, probed every 5 s → Ready 27 s after the first step
        assertThat(r.at("/steps/1/startSeconds").asDouble() - r.at("/steps/0/startSeconds").asDouble()).isEqualTo(27);
        List<JsonNode> kills = leaking.events(KUBELET, "OOMKilled");
        assertThat(kills).isNotEmpty();
        // the first kill comes at the request that no longer fits, before the analysis that aborts
        assertThat(kills.get(0).at("/inputs/requestsReceived").asLong()).isEqualTo(157);
        assertThat(kills.get(0).get("timeSeconds").asDouble()).isLessThan(r.get("atSeconds").asDouble());
        assertThat(r.at("/measurements/0/phase").asText()).isEqualTo("Failed");
        assertThat(r.at("/measurements/0/value").asDouble()).isLessThan(0.95);
        // the canary's pod is one Ready line, at its first readiness; its restarts after the kills add none
        assertThat(leaking.events(KUBELET, "Ready")).singleElement().satisfies(e -> {
            assertThat(e.get("timeSeconds").asDouble()).isEqualTo(r.at("/steps/0/startSeconds").asDouble() + 27);
            assertThat(e.at("/inputs/secondsToReady").asDouble()).isEqualTo(27);
            assertThat(e.get("timeSeconds").asDouble()).isLessThan(kills.get(0).get("timeSeconds").asDouble());
        });
        assertThat(leaking.results().at("/services/api/versions/v2/restarts").asLong()).isPositive();
        // the second kill is backed off 10 s: the first restart is immediate
        assertThat(leaking.events(KUBELET, "BackOff")).first()
                .satisfies(e -> assertThat(e.at("/inputs/backOffSeconds").asDouble()).isEqualTo(10));
        // the killed requests are the canary's errors; results count the kills and restarts per service and version
        assertThat(r.get("canaryErrors").asLong()).isPositive();
        JsonNode v2 = leaking.results().at("/services/api/versions/v2");
        assertThat(v2.get("oomKills").asLong()).isEqualTo(kills.size());
        assertThat(v2.get("restarts").asLong()).isBetween((long) kills.size() - 1, (long) kills.size());
        assertThat(leaking.figure("/services/api/oomKills")).isEqualTo(kills.size());
        assertThat(leaking.results().at("/services/api/versions/v1").has("oomKills")).isFalse();
        assertThat(leaking.results().at("/services/front").has("oomKills")).isFalse();
    }

    @Test
    void withoutTheLeakTheSameReleaseIsPromoted() {
        JsonNode r = healthy.results().at("/rollouts/api");
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        assertThat(healthy.events(KUBELET, "OOMKilled")).isEmpty();
        assertThat(healthy.figure("/services/api/oomKills")).isZero();
        assertThat(r.get("canaryErrors").asLong()).isZero();
    }

    @Test
    void aReleaseThatNeverPassesItsReadinessProbeGetsNoTrafficAndMissesItsProgressDeadline() {
        JsonNode r = neverReady.results().at("/rollouts/api");
        // its pod runs but is never Ready: the first step's setWeight never completes, and no Ready line is written
        assertThat(neverReady.events(KUBELET, "Ready")).isEmpty();
        assertThat(r.get("steps")).hasSize(1);
        assertThat(r.get("canaryRequests").asLong()).isZero();
        assertThat(neverReady.figure("/services/api/versions/v2/requests")).isZero();
        // Argo's progressDeadlineSeconds (600 s by default) after the update started, the rollout is Degraded
        assertThat(neverReady.events("rollout/api", "ProgressDeadlineExceeded")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble())
                        .isEqualTo(r.at("/steps/0/startSeconds").asDouble() + 600));
    }
}
