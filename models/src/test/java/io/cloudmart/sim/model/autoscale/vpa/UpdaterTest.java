package io.cloudmart.sim.model.autoscale.vpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The updater's eviction rule (upstream's {@code update_priority_calculator.go}, {@code priority_processor.go},
 * {@code pods_restriction_factory.go}): bounds, pod lifetime, change threshold, quick OOM, minReplicas, eviction
 * tolerance and priority order.
 */
class UpdaterTest {
    private static final double HOUR = 3600.0;
    private static final long MIB = 1024L * 1024L;
    private static final double NOW = 100 * HOUR;
    private static final long MEMORY = 500 * MIB;
    /** target 476 m, bounds [474 m, 952 m] (the 24 h figures of a constant 0.4 cores); memory 500 MiB in [400, 800] MiB. */
    private static final Recommendation RECOMMENDATION = new Recommendation("checkout", NOW,
            new ResourceAmounts(476, MEMORY), new ResourceAmounts(474, 400 * MIB), new ResourceAmounts(952, 800 * MIB),
            1.0, 1.0);
    private static final UpdatePolicy RECREATE = UpdatePolicy.of(UpdateMode.RECREATE);

    private final Updater updater = new Updater(UpdaterSettings.defaults());

    private static PodState pod(String name, long cpuMillicores, double ageSeconds) {
        return PodState.running(name, NOW - ageSeconds, new ResourceAmounts(cpuMillicores, MEMORY));
    }

    private static List<PodState> pods(int count, long cpuMillicores, double ageSeconds) {
        List<PodState> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pods.add(pod("checkout-" + i, cpuMillicores, ageSeconds));
        }
        return pods;
    }

    @Test
    void evictsAPodWhoseRequestIsOutsideTheBoundsEvenWhenYoung() {
        List<PodState> live = List.of(pod("checkout-0", 2000, HOUR), pod("checkout-1", 476, HOUR));
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 2, live, RECOMMENDATION);
        assertThat(run.evictions()).containsExactly("checkout-0");
        EvictionDecision decision = run.decisionFor("checkout-0");
        assertThat(decision.reason()).isEqualTo(EvictionDecision.Reason.OUTSIDE_RECOMMENDED_RANGE);
        assertThat(decision.priority().outsideRecommendedRange()).isTrue();
        assertThat(decision.priority().scaleUp()).isFalse();
        // |2000 − 476| / 2000 = 0.762, memory equal
        assertThat(decision.priority().resourceDiff()).isCloseTo(0.762, within(1e-9));
        assertThat(run.decisionFor("checkout-1").reason()).isEqualTo(EvictionDecision.Reason.WITHIN_BOUNDS_TOO_YOUNG);
    }

    @Test
    void insideTheBoundsAPodIsEvictedOnlyOnceItHasLivedTwelveHoursAndTheChangeIsTenPercent() {
        // 600 m is inside [474, 952]; change |600 − 476| / 600 = 0.207
        List<PodState> young = List.of(pod("checkout-0", 600, 12 * HOUR - 1), pod("checkout-1", 476, 20 * HOUR));
        assertThat(updater.runOnce(NOW, RECREATE, 2, young, RECOMMENDATION).decisionFor("checkout-0").reason())
                .isEqualTo(EvictionDecision.Reason.WITHIN_BOUNDS_TOO_YOUNG);

        List<PodState> old = List.of(pod("checkout-0", 600, 12 * HOUR), pod("checkout-1", 500, 20 * HOUR));
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 2, old, RECOMMENDATION);
        assertThat(run.decisionFor("checkout-0").reason()).isEqualTo(EvictionDecision.Reason.LONG_LIVED_SIGNIFICANT_CHANGE);
        // 500 m: change 24 / 500 = 0.048 < 0.1
        assertThat(run.decisionFor("checkout-1").reason()).isEqualTo(EvictionDecision.Reason.CHANGE_BELOW_THRESHOLD);
        assertThat(run.evictions()).containsExactly("checkout-0");
    }

    @Test
    void neverEvictsWhenFewerLivePodsThanMinReplicas() {
        List<PodState> live = List.of(pod("checkout-0", 2000, HOUR));
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 1, live, RECOMMENDATION);
        assertThat(run.evictions()).isEmpty();
        assertThat(run.requiredReplicas()).isEqualTo(2);
        assertThat(run.decisionFor("checkout-0").reason()).isEqualTo(EvictionDecision.Reason.BELOW_MIN_REPLICAS);
        // also when the deployment wants 3 but only 1 is live
        assertThat(updater.runOnce(NOW, RECREATE, 3, live, RECOMMENDATION).evictions()).isEmpty();
        // the VPA's own minReplicas 1 lets the single pod go (tolerance trunc(0.5) = 0: one pod when all run)
        UpdaterRun overridden = updater.runOnce(NOW, new UpdatePolicy(UpdateMode.RECREATE, 1), 1, live, RECOMMENDATION);
        assertThat(overridden.evictions()).containsExactly("checkout-0");
    }

    @Test
    void offAndInitialNeverEvictAndAutoActsAsRecreate() {
        List<PodState> live = pods(4, 2000, 20 * HOUR);
        for (UpdateMode mode : new UpdateMode[] {UpdateMode.OFF, UpdateMode.INITIAL}) {
            UpdaterRun run = updater.runOnce(NOW, UpdatePolicy.of(mode), 4, live, RECOMMENDATION);
            assertThat(run.evictions()).as("evictions in %s", mode).isEmpty();
            assertThat(run.decisions()).extracting(EvictionDecision::reason)
                    .containsOnly(EvictionDecision.Reason.MODE_DOES_NOT_EVICT);
        }
        UpdaterRun auto = updater.runOnce(NOW, UpdatePolicy.of(UpdateMode.AUTO), 4, live, RECOMMENDATION);
        UpdaterRun recreate = updater.runOnce(NOW, RECREATE, 4, live, RECOMMENDATION);
        assertThat(auto.evictions()).isEqualTo(recreate.evictions()).hasSize(2);
        assertThat(UpdateMode.AUTO.deprecated()).isTrue();
        assertThat(new UpdatePolicy(null, null).updateMode()).isEqualTo(UpdateMode.RECREATE);
    }

    @Test
    void evictsAtMostHalfTheReplicasPerLoop() {
        // tolerance trunc(configured × 0.5): 2 → 1, 3 → 1, 4 → 2, 5 → 2, 10 → 5
        int[][] cases = {{2, 1}, {3, 1}, {4, 2}, {5, 2}, {10, 5}};
        for (int[] c : cases) {
            UpdaterRun run = updater.runOnce(NOW, RECREATE, c[0], pods(c[0], 2000, HOUR), RECOMMENDATION);
            assertThat(run.evictions()).as("evictions of %d replicas", c[0]).hasSize(c[1]);
            assertThat(run.decisions()).filteredOn(d -> !d.evicted()).extracting(EvictionDecision::reason)
                    .containsOnly(EvictionDecision.Reason.EVICTION_TOLERANCE_REACHED);
        }
    }

    @Test
    void aReplacementStillPendingBlocksTheNextEvictionOfASmallDeployment() {
        // 2 configured: one pod running out of bounds, its sibling's replacement still pending
        PodState pending = new PodState("checkout-new", NOW - 30, PodState.Phase.PENDING,
                new ResourceAmounts(476, MEMORY), null);
        List<PodState> live = List.of(pod("checkout-0", 2000, HOUR), pending);
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 2, live, RECOMMENDATION);
        // running 1 − evicted 0 = 1 is not above configured 2 − tolerance 1 = 1
        assertThat(run.decisionFor("checkout-0").reason()).isEqualTo(EvictionDecision.Reason.EVICTION_TOLERANCE_REACHED);
        assertThat(run.evictions()).isEmpty();
    }

    @Test
    void scaleUpsGoFirstThenTheLargerRelativeChange() {
        List<PodState> live = List.of(
                pod("shrink-small", 2000, HOUR),  // scale down, diff 0.762
                pod("grow-large", 100, HOUR),     // scale up, diff 3.76
                pod("shrink-large", 5000, HOUR),  // scale down, diff 0.905
                pod("grow-small", 300, HOUR));    // scale up (below lower bound), diff 0.587
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 4, live, RECOMMENDATION);
        // tolerance 2: both scale-ups go before the larger scale-down
        assertThat(run.evictions()).containsExactly("grow-large", "grow-small");
        assertThat(run.decisionFor("shrink-large").reason()).isEqualTo(EvictionDecision.Reason.EVICTION_TOLERANCE_REACHED);
        assertThat(run.decisions()).extracting(EvictionDecision::pod)
                .containsExactly("shrink-small", "grow-large", "shrink-large", "grow-small");
    }

    @Test
    void aQuickOomMakesAYoungPodInsideTheBoundsEvictable() {
        PodState quick = new PodState("checkout-0", NOW - HOUR, PodState.Phase.RUNNING,
                new ResourceAmounts(600, MEMORY), new PodState.OomKill(NOW - HOUR, NOW - HOUR + 60));
        PodState slow = new PodState("checkout-1", NOW - HOUR, PodState.Phase.RUNNING,
                new ResourceAmounts(600, MEMORY), new PodState.OomKill(NOW - 2 * HOUR, NOW - HOUR));
        PodState same = new PodState("checkout-2", NOW - HOUR, PodState.Phase.RUNNING,
                new ResourceAmounts(476, MEMORY), new PodState.OomKill(NOW - HOUR, NOW - HOUR + 60));
        UpdaterRun run = updater.runOnce(NOW, RECREATE, 6, List.of(quick, slow, same, pod("a", 476, HOUR),
                pod("b", 476, HOUR), pod("c", 476, HOUR)), RECOMMENDATION);
        assertThat(run.decisionFor("checkout-0").reason()).isEqualTo(EvictionDecision.Reason.QUICK_OOM);
        assertThat(run.decisionFor("checkout-1").reason()).isEqualTo(EvictionDecision.Reason.WITHIN_BOUNDS_TOO_YOUNG);
        assertThat(run.decisionFor("checkout-2").reason()).isEqualTo(EvictionDecision.Reason.QUICK_OOM_NO_CHANGE);
        assertThat(run.evictions()).containsExactly("checkout-0");
    }

    @Test
    void aRecommenderFedConstantUsageEvictsOverProvisionedPodsAndNewPodsGetTheTarget() {
        Recommender recommender = new Recommender("checkout", RecommenderSettings.defaults());
        for (double t = 0; t <= 24 * HOUR; t += 60) {
            recommender.addCpuSample(t, 0.4);
            recommender.addMemorySample(t, 300);
        }
        Recommendation recommendation = recommender.recommend(24 * HOUR);
        ResourceAmounts template = ResourceAmounts.ofCoresAndMiB(2.0, 1024);
        List<PodState> live = List.of(PodState.running("checkout-0", 0, template),
                PodState.running("checkout-1", 0, template));
        UpdaterRun run = updater.runOnce(24 * HOUR, RECREATE, 2, live, recommendation);
        assertThat(run.evictions()).containsExactly("checkout-0");
        ResourceAmounts recreated = UpdateMode.RECREATE.requestsAtPodCreation(template, recommendation);
        assertThat(recreated).isEqualTo(new ResourceAmounts(476, 380_258_472L));
        assertThat(UpdateMode.OFF.requestsAtPodCreation(template, recommendation)).isEqualTo(template);
        assertThat(UpdateMode.INITIAL.requestsAtPodCreation(template, recommendation)).isEqualTo(recreated);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> updater.runOnce(NOW, RECREATE, 0, List.of(), RECOMMENDATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("configuredReplicas");
        List<PodState> twins = List.of(pod("checkout-0", 500, HOUR), pod("checkout-0", 500, HOUR));
        assertThatThrownBy(() -> updater.runOnce(NOW, RECREATE, 2, twins, RECOMMENDATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> UpdateMode.fromFieldValue("InPlace"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("InPlace");
        assertThat(UpdateMode.fromFieldValue("Auto")).isEqualTo(UpdateMode.AUTO);
    }
}
