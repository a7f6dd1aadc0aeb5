package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.gitops.Automated;
import io.cloudmart.sim.model.gitops.Commit;
import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.GitOpsReport;
import io.cloudmart.sim.model.gitops.HealedBy;
import io.cloudmart.sim.model.gitops.LiveCluster;
import io.cloudmart.sim.model.gitops.ManualChange;
import io.cloudmart.sim.model.gitops.Polling;
import io.cloudmart.sim.model.gitops.SelfHealTiming;

/**
 * Argo CD's timing against its source (argo-cd {@code controller/appcontroller.go}): polling reads Git only when the
 * last comparison has expired, so comparisons come every {@code T}..{@code T+J} or {@code 2T−J}..{@code 2T+J}, with a
 * mean gap of {@code T·e/(e−1)}; webhooks, automated sync, self-heal with its back-off, manual sync, prune.
 * Over a fake cluster that records what the controller writes.
 */
class GitOpsLoopTest {
    private static final Automated SELF_HEAL = new Automated(true, false);
    private static final Automated NO_SELF_HEAL = new Automated(false, false);
    private static final HpaSpec HPA = HpaSpec.of(2, 6, io.cloudmart.sim.model.autoscale.hpa.MetricSpec.defaultMetric());

    /** The live objects: replicas and HPAs by service, rollouts begun, and when each write came. */
    static final class FakeCluster implements LiveCluster {
        final Map<String, Integer> replicas = new HashMap<>();
        final Map<String, HpaSpec> hpas = new HashMap<>();
        final Map<String, Double> rolloutsUpdated = new HashMap<>();
        final List<String> writes = new ArrayList<>();
        Simulation simulation;

        @Override
        public int replicas(String service) {
            return replicas.get(service);
        }

        @Override
        public void scale(String service, int n) {
            replicas.put(service, n);
            writes.add(simulation.now() + " scale " + service + "=" + n);
        }

        @Override
        public HpaSpec hpa(String service) {
            return hpas.get(service);
        }

        @Override
        public void applyHpa(String service, HpaSpec spec) {
            hpas.put(service, spec);
            writes.add(simulation.now() + " hpa " + service);
        }

        @Override
        public void deleteHpa(String service) {
            hpas.remove(service);
            writes.add(simulation.now() + " deleteHpa " + service);
        }

        @Override
        public boolean rolloutUpdated(String rollout) {
            return rolloutsUpdated.containsKey(rollout);
        }

        @Override
        public void updateRollout(String rollout, double now) {
            rolloutsUpdated.putIfAbsent(rollout, now);
        }
    }

    private record Run(GitOpsReport report, List<ControlEvent> events, FakeCluster cluster) {
        List<Double> times(String decision) {
            return events.stream().filter(e -> e.decision().equals(decision)).map(ControlEvent::time).toList();
        }

        List<ControlEvent> all(String decision) {
            return events.stream().filter(e -> e.decision().equals(decision)).toList();
        }
    }

    private static Run run(long seed, double duration, GitOpsConfig config) {
        FakeCluster cluster = new FakeCluster();
        cluster.replicas.put("catalog", 3);
        cluster.hpas.put("cart", HPA);
        Simulation simulation = new Simulation(new RunSettings("gitops", seed, 0, duration, 0, 60));
        cluster.simulation = simulation;
        GitOpsLoop loop = new GitOpsLoop(config, cluster, simulation);
        simulation.onFinish(end -> loop.report());
        ReplicationResult result = simulation.run();
        return new Run(result.attachments().get(GitOpsReport.class).orElseThrow(), result.controlEvents(), cluster);
    }

    private static GitOpsConfig config(Automated automated, Polling polling, boolean webhook, SelfHealTiming selfHeal,
                                       List<Commit> commits, List<ManualChange> manual, List<Double> syncAt) {
        return new GitOpsConfig(automated, polling, webhook, GitOpsConfig.DEFAULT_WEBHOOK_DELAY_SECONDS, selfHeal,
                commits, manual, syncAt);
    }

    /** Commits every {@code spacing} s from {@code first}, scaling catalog to 4 and 3 in turn. */
    private static List<Commit> scalingCommits(int count, double first, double spacing) {
        List<Commit> commits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            commits.add(new Commit(first + i * spacing, new GitChange.ScaleDeployment("catalog", i % 2 == 0 ? 4 : 3)));
        }
        return commits;
    }

    @Test
    void pollingReadsGitOnlyWhenTheLastComparisonIsATimeoutOld() {
        double hours = 100;
        Run run = run(3, hours * 3600, config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT,
                List.of(new Commit(hours * 3600 - 1, new GitChange.ScaleDeployment("catalog", 4))), List.of(), List.of()));
        List<Double> refreshes = run.times("refresh");
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < refreshes.size(); i++) {
            gaps.add(refreshes.get(i) - refreshes.get(i - 1));
        }
        assertThat(gaps).hasSizeGreaterThan(1500);
        // a comparison follows the previous one by T + (u' − u) when the next resync's jitter u' exceeds u, else by
        // 2T + (u'' − u) one resync later: (120, 180) or (180, 300)
        assertThat(gaps).allSatisfy(g -> assertThat(g).isBetween(120.0, 300.0));
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double shortShare = gaps.stream().filter(g -> g < 180).count() / (double) gaps.size();
        // the last comparison's jitter has the stationary density e^u / (e − 1): mean gap T·e/(e−1) ≈ 189.8 s, a
        // share (e − 2)/(e − 1) ≈ 0.418 of short gaps; a refresh at every resync would give 120 s and all short
        assertThat(mean).isCloseTo(120 * Math.E / (Math.E - 1), within(5.0));
        assertThat(shortShare).isCloseTo((Math.E - 2) / (Math.E - 1), within(0.04));
    }

    @Test
    void withoutJitterGitIsReadEveryTimeout() {
        Run run = run(4, 6 * 3600, config(SELF_HEAL, new Polling(120, 0), false, SelfHealTiming.DEFAULT,
                scalingCommits(20, 100, 997), List.of(), List.of()));
        List<Double> refreshes = run.times("refresh");
        for (int i = 1; i < refreshes.size(); i++) {
            assertThat(refreshes.get(i) - refreshes.get(i - 1)).isCloseTo(120, within(1e-6));
        }
        assertThat(run.report().commits()).allSatisfy(c -> assertThat(c.secondsToSync()).isBetween(0.0, 120.0));
    }

    @Test
    void aCommitReachesTheClusterWithinTwoTimeoutsAndAJitter() {
        Run run = run(5, 40 * 3600, config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT,
                scalingCommits(300, 60, 457.3), List.of(), List.of()));
        List<Double> delays = run.report().commits().stream().map(GitOpsReport.CommitOutcome::secondsToSync).toList();
        assertThat(delays).hasSize(300).allSatisfy(d -> assertThat(d).isBetween(0.0, 300.0));
        assertThat(new HashSet<>(delays)).hasSizeGreaterThan(250);
        // some wait longer than the 3 minutes of the docs: a resync whose jitter is below the last one's skips Git
        assertThat(delays.stream().filter(d -> d > 180).count()).isPositive();
        // a commit at a random time waits E[G²] / (2 E[G]) ≈ 101 s for the next comparison (renewal theory over the
        // gaps above; 1.6 million gaps of the same rule give 100.9 s)
        double mean = delays.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).isCloseTo(101, within(12.0));
        // each sync applies the commit's replicas then
        assertThat(run.cluster().writes).hasSize(300);
        assertThat(run.report().syncs()).isEqualTo(300);
        assertThat(run.all("sync")).allSatisfy(e -> assertThat(e.inputs().get("kind")).isEqualTo("automated"));
    }

    @Test
    void aWebhookRefreshesWithinItsDelay() {
        Run run = run(6, 10 * 3600, config(SELF_HEAL, Polling.DEFAULT, true, SelfHealTiming.DEFAULT,
                scalingCommits(60, 60, 557.1), List.of(), List.of()));
        List<Double> delays = run.report().commits().stream().map(GitOpsReport.CommitOutcome::secondsToSync).toList();
        double delay = GitOpsConfig.DEFAULT_WEBHOOK_DELAY_SECONDS;
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(0.0, delay + 1e-9));
        assertThat(delays.stream().filter(d -> Math.abs(d - delay) < 1e-9).count())
                .isGreaterThan(55); // a poll comes first only when it falls within the 2 s
        assertThat(run.all("refresh").stream().filter(e -> e.inputs().get("trigger").equals("webhook")).count())
                .isEqualTo(60);
    }

    @Test
    void selfHealRevertsAManualScaleAsSoonAsTheWatchSeesIt() {
        Run run = run(7, 3600, config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT, List.of(),
                List.of(new ManualChange(1000, new GitChange.ScaleDeployment("catalog", 8))), List.of()));
        GitOpsReport.DriftOutcome drift = run.report().drifts().get(0);
        // the first self-heal attempt after a sync waits no back-off; the watch sees the change 1 s later
        assertThat(drift.seenAtSeconds()).isEqualTo(1000 + GitOpsLoop.WATCH_DELAY_SECONDS);
        assertThat(drift.healedAtSeconds()).isEqualTo(drift.seenAtSeconds());
        assertThat(drift.healedBy()).isEqualTo(HealedBy.SELF_HEAL);
        assertThat(run.cluster().writes).containsExactly("1000.0 scale catalog=8", "1001.0 scale catalog=3");
    }

    @Test
    void repeatedDriftsWaitTheBackOffAfterThePreviousSelfHeal() {
        // someone scales back 0.5 s after each heal: attempts 1, 2, 3 wait 2, 6, 18 s after the previous sync
        List<ManualChange> fight = new ArrayList<>();
        fight.add(new ManualChange(1000, new GitChange.ScaleDeployment("catalog", 8)));
        Run first = run(8, 3600, config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT, List.of(), fight,
                List.of()));
        double heal = first.report().drifts().get(0).healedAtSeconds();
        assertThat(heal).isEqualTo(1001);
        fight.add(new ManualChange(1001.5, new GitChange.ScaleDeployment("catalog", 8)));
        fight.add(new ManualChange(1004.5, new GitChange.ScaleDeployment("catalog", 8)));
        fight.add(new ManualChange(1010.5, new GitChange.ScaleDeployment("catalog", 8)));
        Run run = run(8, 3600, config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT, List.of(), fight,
                List.of()));
        List<Double> heals = run.report().drifts().stream().map(GitOpsReport.DriftOutcome::healedAtSeconds).toList();
        assertThat(heals).containsExactly(1001.0, 1003.0, 1009.0, 1027.0);
        assertThat(run.report().drifts()).allSatisfy(d -> assertThat(d.healedBy()).isEqualTo(HealedBy.SELF_HEAL));
    }

    @Test
    void withoutBackOffTheOldFixedTimeoutCountsFromTheLastSync() {
        // Argo CD before 2.14: --self-heal-timeout-seconds 5; a drift 2 s after a sync is healed 5 s after that sync
        SelfHealTiming legacy = new SelfHealTiming(5, 0, 3, 300);
        Run run = run(9, 3600, config(SELF_HEAL, Polling.DEFAULT, true, legacy,
                List.of(new Commit(600, new GitChange.ScaleDeployment("catalog", 5))),
                List.of(new ManualChange(604, new GitChange.ScaleDeployment("catalog", 9)),
                        new ManualChange(2000, new GitChange.ScaleDeployment("catalog", 9))), List.of()));
        double synced = run.report().commits().get(0).syncedAtSeconds();
        assertThat(synced).isEqualTo(602);
        assertThat(run.report().drifts().get(0).healedAtSeconds()).isEqualTo(synced + 5);
        // long after the last sync the timeout has passed: healed when seen
        assertThat(run.report().drifts().get(1).healedAtSeconds()).isEqualTo(2001);
    }

    @Test
    void withoutSelfHealADriftStaysUntilTheNextCommitsSync() {
        Run run = run(10, 3600, config(NO_SELF_HEAL, Polling.DEFAULT, true, SelfHealTiming.DEFAULT,
                List.of(new Commit(1500, new GitChange.ApplyHpa("cart", HpaSpec.of(3, 6,
                        io.cloudmart.sim.model.autoscale.hpa.MetricSpec.defaultMetric())))),
                List.of(new ManualChange(600, new GitChange.ScaleDeployment("catalog", 8)),
                        new ManualChange(2000, new GitChange.ScaleDeployment("catalog", 8))), List.of()));
        GitOpsReport.DriftOutcome first = run.report().drifts().get(0);
        assertThat(first.seenAtSeconds()).isEqualTo(601);
        // the commit's sync applies every manifest, catalog's too, though the commit changed only cart's HPA
        assertThat(first.healedAtSeconds()).isEqualTo(1502);
        assertThat(first.healedBy()).isEqualTo(HealedBy.AUTOMATED_SYNC);
        GitOpsReport.DriftOutcome second = run.report().drifts().get(1);
        assertThat(second.healedAtSeconds()).isNaN();
        assertThat(second.healedBy()).isEqualTo(HealedBy.NOTHING);
        assertThat(run.cluster().replicas.get("catalog")).isEqualTo(8);
        assertThat(run.all("refresh").stream().filter(e -> e.time() > 2001))
                .allSatisfy(e -> assertThat(e.inputs().get("status")).isEqualTo("OutOfSync"));
    }

    @Test
    void manualSyncWaitsForTheClickAndAppliesTheNewestRevision() {
        Run run = run(11, 3600, config(null, Polling.DEFAULT, false, SelfHealTiming.DEFAULT,
                List.of(new Commit(300, new GitChange.ScaleDeployment("catalog", 4)),
                        new Commit(900, new GitChange.ScaleDeployment("catalog", 6))),
                List.of(), List.of(1200.0)));
        List<GitOpsReport.CommitOutcome> commits = run.report().commits();
        assertThat(commits).allSatisfy(c -> assertThat(c.syncedAtSeconds()).isEqualTo(1200));
        assertThat(commits.get(0).seenAtSeconds()).isLessThan(600); // polled and shown OutOfSync long before
        assertThat(run.cluster().writes).containsExactly("1200.0 scale catalog=6");
        assertThat(run.all("sync")).singleElement().satisfies(e -> assertThat(e.inputs().get("kind")).isEqualTo("manual"));
        assertThat(run.all("refresh").stream().filter(e -> e.time() > 360 && e.time() < 1200))
                .isNotEmpty().allSatisfy(e -> assertThat(e.inputs().get("status")).isEqualTo("OutOfSync"));
    }

    @Test
    void aRolloutCommitBeginsTheUpdateAtTheSync() {
        Run run = run(12, 3600, config(NO_SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT,
                List.of(new Commit(400, new GitChange.UpdateRolloutImage("checkout"))), List.of(), List.of()));
        double synced = run.report().commits().get(0).syncedAtSeconds();
        assertThat(synced).isBetween(400.0, 700.0);
        assertThat(run.cluster().rolloutsUpdated).containsEntry("checkout", synced);
    }

    @Test
    void aRemovedHpaIsDeletedOnlyWithPrune() {
        List<Commit> remove = List.of(new Commit(300, new GitChange.RemoveHpa("cart")));
        Run kept = run(13, 3600, config(NO_SELF_HEAL, Polling.DEFAULT, true, SelfHealTiming.DEFAULT, remove, List.of(),
                List.of()));
        assertThat(kept.cluster().hpas).containsKey("cart");
        assertThat(kept.report().commits().get(0).pruned()).isFalse();
        assertThat(kept.all("sync")).singleElement()
                .satisfies(e -> assertThat(e.inputs().get("pruneSkipped")).isEqualTo("hpa/cart"));
        Run pruned = run(13, 3600, config(new Automated(false, true), Polling.DEFAULT, true, SelfHealTiming.DEFAULT,
                remove, List.of(), List.of()));
        assertThat(pruned.cluster().hpas).doesNotContainKey("cart");
        assertThat(pruned.cluster().writes).containsExactly("302.0 deleteHpa cart");
        assertThat(pruned.report().commits().get(0).pruned()).isTrue();
    }

    @Test
    void theBackOffGrowsByItsFactorUpToItsCap() {
        SelfHealTiming t = SelfHealTiming.DEFAULT;
        List<Double> delays = new ArrayList<>();
        for (int attempts = 0; attempts <= 7; attempts++) {
            delays.add(t.delayAfterLastOperation(attempts));
        }
        // wait.Backoff{Duration: 2s, Factor: 3, Cap: 300s}.Step() called `attempts` times
        assertThat(delays).containsExactly(0.0, 2.0, 6.0, 18.0, 54.0, 162.0, 300.0, 300.0);
        assertThat(new SelfHealTiming(5, 0, 3, 300).delayAfterLastOperation(4)).isEqualTo(5);
    }

    @Test
    void theSameSeedGivesTheSameStoryAndAnotherSeedAnother() {
        GitOpsConfig config = config(SELF_HEAL, Polling.DEFAULT, false, SelfHealTiming.DEFAULT,
                scalingCommits(10, 100, 301), List.of(), List.of());
        assertThat(run(21, 3 * 3600, config).report()).isEqualTo(run(21, 3 * 3600, config).report());
        Set<Double> first = new HashSet<>(run(21, 3 * 3600, config).times("refresh"));
        assertThat(run(22, 3 * 3600, config).times("refresh")).noneMatch(first::contains);
    }
}
