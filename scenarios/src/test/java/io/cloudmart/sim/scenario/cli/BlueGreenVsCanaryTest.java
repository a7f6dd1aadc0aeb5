package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.cluster.Allocatable;
import io.cloudmart.sim.model.cluster.InstanceTypes;

/**
 * The catalog's blue-green-vs-canary: two identical order services (4 one-core pods of v1, 50 requests per second
 * each) release the same v2 at 5 min, one by a canary (25, 50, 75 %, each a 2-minute pause and an analysis), one
 * blue-green (a 4-pod preview, a test Job's 5 requests per second, three measurements 2 minutes apart). Once with v2
 * as good as v1, once with 5 % errors.
 */
class BlueGreenVsCanaryTest {
    private static final double START = 300;
    private static final double INTERVAL = 120;
    private static final int REPLICAS = 4;
    private static final double SCALE_DOWN_DELAY = 30;
    /** The pods' CPU request: 1 core and the mesh's proxy (100m). */
    private static final double POD_CPU = 1.1;
    private static StoryRun good;
    private static StoryRun bad;

    @BeforeAll
    static void run(@TempDir Path dir) {
        good = StoryRun.of(dir.resolve("good"), "blue-green-vs-canary");
        bad = StoryRun.of(dir.resolve("bad"), "blue-green-vs-canary",
                "services.order-canary.versions.v2.errorRate=0.05", "services.order-bluegreen.versions.v2.errorRate=0.05");
    }

    private static JsonNode canary(StoryRun run) {
        return run.results().at("/rollouts/order-canary");
    }

    private static JsonNode blueGreen(StoryRun run) {
        return run.results().at("/rollouts/order-bluegreen");
    }

    @Test
    void blueGreenExposesNoUserBeforeTheSwitchThenAllAtOnce() {
        JsonNode bg = blueGreen(good);
        assertThat(bg.get("strategy").asText()).isEqualTo("blueGreen");
        assertThat(bg.get("outcome").asText()).isEqualTo("promoted");
        double switchedAt = bg.get("atSeconds").asDouble();
        // three measurements 2 minutes apart, the switch at the last one, all traffic in that one reconcile
        List<JsonNode> measurements = List.copyOf(List.of(bg.get("measurements").get(0), bg.get("measurements").get(1),
                bg.get("measurements").get(2)));
        assertThat(bg.get("measurements")).hasSize(3).allSatisfy(m -> assertThat(m.get("phase").asText()).isEqualTo("Successful"));
        assertThat(measurements.get(1).get("atSeconds").asDouble() - measurements.get(0).get("atSeconds").asDouble()).isEqualTo(INTERVAL);
        assertThat(measurements.get(2).get("atSeconds").asDouble()).isEqualTo(switchedAt);
        JsonNode exposure = bg.get("exposure");
        assertThat(exposure.get("requests").asLong()).isZero();
        assertThat(exposure.get("share").asDouble()).isZero();
        assertThat(exposure.get("firstTrafficSeconds").asDouble()).isEqualTo(switchedAt);
        assertThat(exposure.get("fullTrafficSeconds").asDouble()).isEqualTo(switchedAt);
        assertThat(exposure.get("peakShare").asDouble()).isEqualTo(1.0);
        assertThat(good.events("rollout/order-bluegreen", "WeightSet")).singleElement().satisfies(w -> {
            assertThat(w.at("/inputs/fromWeight").asInt()).isZero();
            assertThat(w.at("/inputs/toWeight").asInt()).isEqualTo(100);
        });
        // the test Job's 5 per second from the preview's first Ready pod to the switch, which the pods all answered
        double testSeconds = switchedAt - (measurements.get(0).get("atSeconds").asDouble() - INTERVAL);
        assertThat(bg.get("previewTestRequests").asDouble()).isBetween(5 * testSeconds, 5 * (switchedAt - START));
        assertThat(bg.get("canaryRequests").asLong()).isGreaterThan(bg.get("previewTestRequests").asLong());
    }

    @Test
    void theCanaryExposesItsWeightsShareOfUsersBeforeItIsPromoted() {
        JsonNode c = canary(good);
        assertThat(c.get("strategy").asText()).isEqualTo("canary");
        assertThat(c.get("outcome").asText()).isEqualTo("promoted");
        JsonNode exposure = c.get("exposure");
        double first = exposure.get("firstTrafficSeconds").asDouble();
        double promoted = c.get("atSeconds").asDouble();
        assertThat(exposure.get("fullTrafficSeconds").asDouble()).isEqualTo(promoted);
        // the ramp: three pauses and three analyses between the first user request on v2 and all of them
        assertThat(promoted - first).isGreaterThan(3 * INTERVAL);
        // each user request goes to v2 with probability weight / 100: the share is the weights' time average
        // over [startAt, promotion], within 4 binomial standard deviations of the requests in that time
        double weightSeconds = 0;
        double at = START;
        int weight = 0;
        for (JsonNode w : good.events("rollout/order-canary", "WeightSet")) {
            weightSeconds += weight * (w.get("timeSeconds").asDouble() - at);
            at = w.get("timeSeconds").asDouble();
            weight = w.at("/inputs/toWeight").asInt();
        }
        double expected = weightSeconds / 100 / (promoted - START);
        double users = 50 * (promoted - START);
        assertThat(exposure.get("share").asDouble()).isCloseTo(expected, within(4 * Math.sqrt(0.25 / users)));
        assertThat((double) exposure.get("requests").asLong()).isCloseTo(expected * users, within(4 * Math.sqrt(users)));
    }

    @Test
    void blueGreenHoldsMoreNodeHoursThanTheCanaryForTheSameRelease() {
        JsonNode bg = blueGreen(good);
        JsonNode c = canary(good);
        assertThat(bg.get("extraNodeHours").asDouble()).isGreaterThan(c.get("extraNodeHours").asDouble());
        assertThat(bg.get("extraCost").asDouble()).isGreaterThan(c.get("extraCost").asDouble());
        // 4 extra pods at least from the preview's readiness to the old stack's scale-down, at most from startAt
        // to that scale-down plus the pods' termination grace period (30 s)
        double readyBy = bg.at("/measurements/0/atSeconds").asDouble() - INTERVAL;
        double switchedAt = bg.get("atSeconds").asDouble();
        assertThat(bg.get("extraPodHours").asDouble()).isBetween(REPLICAS * (switchedAt + SCALE_DOWN_DELAY - readyBy) / 3600,
                REPLICAS * (switchedAt + SCALE_DOWN_DELAY + 30 - START) / 3600);
        // node-hours: each extra pod's CPU request over an m5.xlarge's allocatable CPU; cost: at its hourly price
        double nodeShare = POD_CPU / Allocatable.eksAmi(InstanceTypes.byName("m5.xlarge")).cpu();
        for (JsonNode r : List.of(bg, c)) {
            assertThat(r.get("extraNodeHours").asDouble()).isCloseTo(nodeShare * r.get("extraPodHours").asDouble(), within(1e-12));
            assertThat(r.get("extraCost").asDouble()).isCloseTo(0.192 * r.get("extraNodeHours").asDouble(), within(1e-6));
        }
    }

    @Test
    void aBadVersionReachesUsersThroughTheCanaryAndOnlyTheTestJobThroughBlueGreen() {
        JsonNode c = canary(bad);
        JsonNode bg = blueGreen(bad);
        assertThat(c.get("outcome").asText()).isEqualTo("aborted");
        assertThat(bg.get("outcome").asText()).isEqualTo("aborted");
        assertThat(bg.get("why").asText()).startsWith("PRE_PROMOTION_ANALYSIS");
        // blue-green: no user request on v2, the test Job's errors are 5 % of its requests
        assertThat(bg.at("/exposure/requests").asLong()).isZero();
        assertThat(bg.at("/exposure/peakShare").asDouble()).isZero();
        assertThat(bg.at("/exposure/firstTrafficSeconds").isNull()).isTrue();
        long tests = bg.get("previewTestRequests").asLong();
        assertThat((double) bg.get("previewTestErrors").asLong()).isCloseTo(0.05 * tests, within(4 * Math.sqrt(0.05 * 0.95 * tests)));
        // the canary: users at 25 % until the abort, 5 % of them errors
        long exposed = c.at("/exposure/requests").asLong();
        assertThat(exposed).isPositive();
        assertThat(c.at("/exposure/peakShare").asDouble()).isEqualTo(0.25);
        assertThat((double) c.at("/exposure/errors").asLong()).isCloseTo(0.05 * exposed, within(4 * Math.sqrt(0.05 * 0.95 * exposed)));
        // and blue-green paid for a whole preview stack to learn it
        assertThat(bg.get("extraNodeHours").asDouble()).isGreaterThan(c.get("extraNodeHours").asDouble());
        // the preview goes abortScaleDownDelaySeconds (30 s) after the abort
        assertThat(bad.events("rollout/order-bluegreen", "RevisionScaledDown")).singleElement().satisfies(e -> {
            assertThat(e.at("/inputs/revision").asText()).isEqualTo("NEW");
            assertThat(e.get("timeSeconds").asDouble()).isEqualTo(bg.get("atSeconds").asDouble() + 30);
        });
    }
}
