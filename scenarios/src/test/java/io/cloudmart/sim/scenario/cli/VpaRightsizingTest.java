package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The vpa-rightsizing story: 6 pods request 1 core and use 0.15; the VPA's target is the 90th percentile of
 * the per-pod usage × 1.15 (domain-facts 2.3); in Off it only recommends, in Recreate the updater evicts every
 * pod once its 1-core request lies above the upper bound, which happens only after hours, when the
 * confidence has grown; the smaller replacements free nodes the Cluster Autoscaler removes.
 */
class VpaRightsizingTest {
    private static final int PODS = 6;
    private static final double HOURS = 12;
    private static final double WORK_SECONDS = 0.015;
    private static final double METRICS_WINDOW_SECONDS = 15;
    private static final double SAFETY_MARGIN = 0.15;
    private static final double Z_90 = 1.2816;
    private static final double M5_LARGE = 0.096;
    private static StoryRun off;
    private static StoryRun recreate;

    @BeforeAll
    static void run(@TempDir Path dir) {
        off = StoryRun.of(dir.resolve("off"), "vpa-rightsizing");
        recreate = StoryRun.of(dir.resolve("recreate"), "vpa-rightsizing",
                "services.search.vpa.updatePolicy.updateMode=Recreate");
    }

    /**
     * The recommender's target from theory: a pod's CPU over a 15 s metrics window is a compound Poisson sum of
     * exponential works, mean u and variance 2 u m / T (u cores, m the mean work, T the window); its 90th
     * percentile (normal approximation) × (1 + margin). The histogram then rounds up to its 5 % bucket.
     */
    private static double expectedTarget(StoryRun run) {
        double usage = run.figure("/cost/allocation/search/cpuCoreHoursUsage") / (PODS * HOURS);
        double p90 = usage + Z_90 * Math.sqrt(2 * usage * WORK_SECONDS / METRICS_WINDOW_SECONDS);
        return p90 * (1 + SAFETY_MARGIN);
    }

    @Test
    void theTargetIsTheUsagePercentileWithTheSafetyMargin() {
        assertThat(off.figure("/cost/allocation/search/cpuCoreHoursUsage") / (PODS * HOURS))
                .isCloseTo(60 * WORK_SECONDS / PODS, within(0.005)); // 60 requests/s × 15 ms over 6 pods
        double expected = expectedTarget(off);
        List<JsonNode> recommendations = off.events("vpa/search", "recommend");
        assertThat(recommendations).isNotEmpty();
        for (JsonNode r : recommendations) {
            assertThat(r.at("/inputs/targetCpuCores").asDouble()).isBetween(0.99 * expected, 1.07 * expected);
            assertThat(r.at("/inputs/mode").asText()).isEqualTo("Off");
        }
        // after hours of history (thousands of samples) the target the updater applies is the same
        for (JsonNode evict : recreate.events("vpa/search", "evict")) {
            assertThat(evict.at("/inputs/targetCpuCores").asDouble()).isBetween(0.99 * expected, 1.07 * expected);
        }
    }

    @Test
    void theSavingIsTheRequestedCoreHoursAboveTheTargetAtTheServicesCoreHourPrice() {
        double target = off.figure("/vpa/search/recommendation/target");
        assertThat(off.events("vpa/search", "recommend"))
                .allSatisfy(r -> assertThat(r.at("/inputs/targetCpuCores").asDouble()).isEqualTo(target));
        assertThat(off.figure("/vpa/search/requestCoreHours")).isCloseTo(PODS * HOURS, within(1e-9));
        assertThat(off.figure("/vpa/search/recommendedCoreHours")).isCloseTo(PODS * HOURS * target, within(1e-6));
        double saved = PODS * HOURS * (1 - target);
        assertThat(off.figure("/vpa/search/savedCoreHours")).isCloseTo(saved, within(1e-6));
        double coreHourPrice = off.figure("/cost/allocation/search/cpuCost")
                / off.figure("/cost/allocation/search/cpuCoreHoursRequest");
        assertThat(off.figure("/vpa/search/savedCost")).isCloseTo(saved * coreHourPrice, within(1e-4));
    }

    @Test
    void offRecommendsOnly() {
        assertThat(off.events("vpa/search", "evict")).isEmpty();
        assertThat(off.figure("/cost/allocation/search/cpuCoreHoursRequest")).isCloseTo(PODS * HOURS, within(1e-9));
        assertThat(off.figure("/cluster/pools/general/removed")).isZero();
        assertThat(off.figure("/cost/total")).isCloseTo(PODS * HOURS * M5_LARGE, within(1e-9)); // 6 m5.large, 12 h
    }

    @Test
    void recreateEvictsOnceTheUpperBoundFallsBelowTheRequest() {
        List<JsonNode> evictions = recreate.events("vpa/search", "evict");
        assertThat(evictions).extracting(e -> e.at("/inputs/pod").asText()).doesNotHaveDuplicates().hasSize(PODS);
        for (JsonNode e : evictions) {
            assertThat(e.at("/inputs/reason").asText()).isEqualTo("OUTSIDE_RECOMMENDED_RANGE");
            assertThat(e.at("/inputs/requestCpuCores").asDouble())
                    .isGreaterThan(e.at("/inputs/upperBoundCpuCores").asDouble());
        }
        // upper bound = P95 × 1.15 × (1 + 1/confidence) with P95 ≈ 0.19 core: below 1 core once the confidence
        // passes about 0.27 days; before that the bound is capped at the 1-core limit and nothing is evicted
        double first = evictions.get(0).get("timeSeconds").asDouble();
        assertThat(first).isBetween(6 * 3600.0, 8 * 3600.0);
        // with 6 replicas and the default eviction tolerance 0.5, at most 3 go per updater loop
        assertThat(evictions.stream().filter(e -> e.get("timeSeconds").asDouble() == first)).hasSize(3);
    }

    @Test
    void recreateLowersTheRequestedCoreHoursAndFreesNodes() {
        List<JsonNode> evictions = recreate.events("vpa/search", "evict");
        double target = evictions.get(0).at("/inputs/targetCpuCores").asDouble();
        double expected = 0;
        for (JsonNode e : evictions) { // the old pod's core until its eviction, the target after it
            double at = e.get("timeSeconds").asDouble() / 3600;
            expected += at + (HOURS - at) * target;
        }
        assertThat(recreate.figure("/cost/allocation/search/cpuCoreHoursRequest")).isCloseTo(expected,
                within(0.01 * expected));
        // 6 pods of 0.2 core (1.2 cores) fit on one m5.large (1.93 allocatable): every node but minNodes' 1 goes,
        // each once it has been unneeded for scaleDownUnneededTime (10 min) after the evictions freed it
        List<JsonNode> removals = recreate.events("cluster-autoscaler", "scaleDown");
        assertThat(removals).hasSize(PODS - 1).allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble())
                .isGreaterThanOrEqualTo(evictions.get(0).get("timeSeconds").asDouble() + 600));
        assertThat(recreate.figure("/cluster/pools/general/removed")).isEqualTo(PODS - 1);
        assertThat(recreate.lastValue("cluster.general.nodes")).isEqualTo(1);
        double nodeHours = 1 * HOURS;
        for (JsonNode e : removals) {
            nodeHours += e.get("timeSeconds").asDouble() / 3600;
        }
        assertThat(recreate.figure("/cost/nodeHours")).isCloseTo(nodeHours, within(0.01));
        assertThat(recreate.figure("/cost/total")).isCloseTo(recreate.figure("/cost/nodeHours") * M5_LARGE,
                within(1e-5));
        // the nodes' idle goes with them: even after 7 h in Off, the bill falls by more than the Off run's saving,
        // which prices the requests alone for all 12 h
        assertThat(off.figure("/cost/total") - recreate.figure("/cost/total"))
                .isGreaterThan(off.figure("/vpa/search/savedCost"));
    }
}
