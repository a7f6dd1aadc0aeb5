package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.model.service.StartupSpec;

/**
 * The VPA on a running Deployment: the recommender's target from metrics-server samples, and what each mode does
 * with it (Off: nothing; Initial: new pods only; Recreate: evictions as the updater rules them).
 */
class VpaControllerTest {
    /**
     * 0.4 core lies in bucket 22 of the CPU histogram: 0.4 × 5 + 1 = 3 and 1.05^22 = 2.925 ≤ 3 &lt; 1.05^23 = 3.071,
     * whose upper end is 0.01 × (1.05^23 − 1) / 0.05 = 0.4143 core → 414 m; + trunc(414 × 0.15) = 62 → 476 m.
     */
    private static final long TARGET_AT_0_4_CORES = 476;

    private static List<ControlEvent> decisions(ReplicationResult result, String decision) {
        return result.controlEvents().stream().filter(e -> e.controller().equals("vpa/api"))
                .filter(e -> e.decision().equals(decision)).toList();
    }

    @Test
    void constantUsageGivesItsBucketsUpperEndTimesTheSafetyMargin() {
        assertThat(VpaShop.bucketEnd(0.4)).isCloseTo(0.4143, within(1e-4));
        VpaShop shop = new VpaShop(1800, 2, 1.0, UpdateMode.OFF, 0.4);
        ReplicationResult result = shop.sim.run();
        long target = shop.vpa.recommendation().target().cpuMillicores();
        assertThat(target).isEqualTo(TARGET_AT_0_4_CORES);
        assertThat(target / 1000.0).isBetween(0.4 * 1.15, 0.4 * 1.15 * 1.05); // within one 5 % bucket above u × 1.15
        // the target never moved, so one recommendation is journaled, with its inputs
        List<ControlEvent> recommended = decisions(result, "recommend");
        assertThat(recommended).hasSize(1);
        assertThat(recommended.get(0).time()).isEqualTo(60.0);
        assertThat(recommended.get(0).inputs()).containsEntry("targetCpuCores", 0.476)
                .containsEntry("controlledResources", "cpu").containsEntry("cappedAtLimit", false)
                .containsEntry("mode", "Off");
    }

    @Test
    void offNeverEvictsNorChangesPodsEvenWithAnUpdaterRunning() {
        VpaShop shop = new VpaShop(1800, 2, 0.1, UpdateMode.OFF, 0.4);
        assertThat(shop.plane.loops()).extracting(ControlLoop::name).containsExactly("metrics-server", "vpa/api");
        shop.plane.add(new VpaUpdaterLoop(shop.vpa, shop.sim)); // the Updater itself keeps Off pods
        ReplicationResult result = shop.sim.run();
        assertThat(shop.vpa.recommendation().outsideBounds(
                io.cloudmart.sim.model.autoscale.vpa.ResourceAmounts.ofCoresAndMiB(0.1, 256))).isTrue();
        assertThat(decisions(result, "evict")).isEmpty();
        assertThat(shop.deployment.pods()).extracting(Pod::name).containsExactly("api-stable-0", "api-stable-1");
        assertThat(shop.deployment.pods()).allMatch(p -> p.appRequests().cpuCores() == 0.1);
        assertThat(shop.deployment.newPodRequests()).isEqualTo(new Requests(0.1, 256));
    }

    @Test
    void recreateEvictsOnePodAtATimeAndReplacementsCarryTheTarget() {
        // a replacement is Pending for its 100 s image pull, longer than the 60 s updater interval
        StartupSpec slow = new StartupSpec(100, 2, 5, 0, 10, 1, 0);
        VpaShop shop = new VpaShop(1800, 3, 0.1, UpdateMode.RECREATE, UpdaterSettings.defaults(), slow, t -> 0.4);
        ReplicationResult result = shop.sim.run();
        List<ControlEvent> evictions = decisions(result, "evict");
        assertThat(evictions).extracting(e -> e.inputs().get("pod"))
                .containsExactlyInAnyOrder("api-stable-0", "api-stable-1", "api-stable-2");
        for (int i = 1; i < evictions.size(); i++) {
            // the next eviction waits until the last replacement runs (pull 100 + start 2 s), then the next loop
            assertThat(evictions.get(i).time() - evictions.get(i - 1).time()).isGreaterThanOrEqualTo(102.0);
        }
        ControlEvent first = evictions.get(0);
        assertThat(first.inputs()).containsEntry("reason", "OUTSIDE_RECOMMENDED_RANGE")
                .containsEntry("requestCpuCores", 0.1).containsEntry("targetCpuCores", 0.476)
                .containsEntry("scaleUp", true).containsEntry("liveReplicas", 3).containsEntry("minReplicas", 2)
                .containsEntry("evictionTolerance", 1);
        assertThat((double) first.inputs().get("lowerBoundCpuCores")).isGreaterThan(0.1);
        // the replacements got the target, are inside the bounds and stay: three evictions in all
        assertThat(shop.deployment.pods()).extracting(Pod::name)
                .containsExactlyInAnyOrder("api-stable-3", "api-stable-4", "api-stable-5");
        assertThat(shop.deployment.pods()).allMatch(p -> p.appRequests().equals(new Requests(0.476, 256)));
        // bounded state: the recommender forgot the evicted pods
        assertThat(shop.vpa.trackedPods()).isEqualTo(3);
    }

    @Test
    void recreateNeverEvictsBelowMinReplicasAndSaysSoOnce() {
        UpdaterSettings min3 = new UpdaterSettings(60, 3, 0.5, 0.1, 12 * 3600, 600);
        VpaShop shop = new VpaShop(1800, 2, 0.1, UpdateMode.RECREATE, min3, StartupSpec.defaults(), t -> 0.4);
        ReplicationResult result = shop.sim.run();
        assertThat(decisions(result, "evict")).isEmpty();
        List<ControlEvent> held = decisions(result, "held");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).inputs()).containsEntry("reason", "BELOW_MIN_REPLICAS")
                .containsEntry("liveReplicas", 2).containsEntry("minReplicas", 3);
        assertThat(shop.deployment.pods()).extracting(Pod::name).containsExactly("api-stable-0", "api-stable-1");
    }

    @Test
    void twoReplicasAtTheDefaultMinReplicasLoseOnePodPerLoop() {
        VpaShop shop = new VpaShop(1800, 2, 0.1, UpdateMode.RECREATE, 0.4);
        ReplicationResult result = shop.sim.run();
        List<ControlEvent> evictions = decisions(result, "evict");
        assertThat(evictions).hasSize(2);
        // defaults: a replacement runs 12 s after creation (pull 10 s, start 2 s), so the next 60 s loop may take the second pod
        assertThat(evictions.get(1).time() - evictions.get(0).time()).isEqualTo(60.0);
        assertThat(shop.deployment.pods()).allMatch(p -> p.appRequests().cpuCores() == 0.476);
    }

    @Test
    void initialChangesOnlyPodsCreatedAfterTheRecommendation() {
        VpaShop shop = new VpaShop(1800, 2, 1.0, UpdateMode.INITIAL, 0.4);
        assertThat(shop.plane.loops()).extracting(ControlLoop::name).containsExactly("metrics-server", "vpa/api");
        shop.sim.at(900, "scale up", () -> shop.deployment.scaleTo(3));
        ReplicationResult result = shop.sim.run();
        assertThat(decisions(result, "evict")).isEmpty();
        assertThat(shop.deployment.pods()).extracting(Pod::name, p -> p.appRequests().cpuCores())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api-stable-0", 1.0),
                        org.assertj.core.groups.Tuple.tuple("api-stable-1", 1.0),
                        org.assertj.core.groups.Tuple.tuple("api-stable-2", 0.476));
    }

    @Test
    void aTargetAboveTheLimitIsCappedAndPodsAtTheLimitAreNotEvicted() {
        // 1 core lies in bucket 36 (6 is between 1.05^36 = 5.792 and 1.05^37 = 6.081), end 0.2 × (1.05^37 − 1) = 1.0163 → 1016 + 152 m
        assertThat(VpaShop.bucketEnd(1.0)).isCloseTo(1.0163, within(1e-4));
        VpaShop shop = new VpaShop(1800, 2, 1.0, UpdateMode.RECREATE, 1.0);
        ReplicationResult result = shop.sim.run();
        assertThat(shop.vpa.recommendation().target().cpuMillicores()).isEqualTo(1000);
        assertThat(shop.vpa.recommendation().lowerBound().cpuMillicores()).isEqualTo(1000);
        ControlEvent recommended = decisions(result, "recommend").get(0);
        assertThat(recommended.inputs()).containsEntry("targetCpuCores", 1.0).containsEntry("cappedAtLimit", true)
                .containsEntry("uncappedTargetCpuCores", 1.168).containsEntry("cpuLimitCores", 1.0);
        assertThat(decisions(result, "evict")).isEmpty();
    }
}
