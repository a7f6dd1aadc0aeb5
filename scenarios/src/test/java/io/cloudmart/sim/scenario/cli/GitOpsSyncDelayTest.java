package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gitops-sync-delay story: Argo CD's polling delays each commit by up to {@code 2 × 120 + 60} s (a resync whose
 * jitter is below the last comparison's skips Git), a webhook by its 2 s; the canary begins at the sync, so its
 * promotion moves with it; a manual scale is self-healed when seen, or without selfHeal stays until the next commit.
 */
class GitOpsSyncDelayTest {
    private static final String ARGOCD = "argocd/application";
    private static StoryRun polling;
    private static StoryRun webhook;
    private static StoryRun noSelfHeal;
    private static StoryRun manual;

    @BeforeAll
    static void run(@TempDir Path dir) {
        polling = StoryRun.of(dir.resolve("polling"), "gitops-sync-delay");
        webhook = StoryRun.of(dir.resolve("webhook"), "gitops-sync-delay", "gitops.webhook=true");
        noSelfHeal = StoryRun.of(dir.resolve("no-self-heal"), "gitops-sync-delay", "gitops.automated.selfHeal=false");
        manual = StoryRun.of(dir.resolve("manual"), "gitops-sync-delay", "gitops.automated=null", "gitops.sync=[25m]");
    }

    private static List<JsonNode> commits(StoryRun run) {
        List<JsonNode> commits = new ArrayList<>();
        run.results().at("/gitops/commits").forEach(commits::add);
        return commits;
    }

    @Test
    void pollingDelaysEachCommitByUpToTwoTimeoutsAndAJitter() {
        List<JsonNode> commits = commits(polling);
        assertThat(commits).hasSize(4);
        for (JsonNode c : commits) {
            double delay = c.get("secondsToSync").asDouble();
            assertThat(delay).isBetween(0.0, 300.0);
            assertThat(c.get("syncedAtSeconds").asDouble()).isEqualTo(c.get("atSeconds").asDouble() + delay,
                    within(1e-6));
            assertThat(c.at("/acrossReplications/synced").asInt()).isEqualTo(10);
            assertThat(c.at("/acrossReplications/maxSecondsToSync").asDouble()).isBetween(0.0, 300.0);
        }
        // ten replications' jitters: some commit waits beyond the docs' 3 minutes
        assertThat(commits).anySatisfy(c -> assertThat(c.at("/acrossReplications/maxSecondsToSync").asDouble())
                .isGreaterThan(180));
        // a polled refresh comes at least 120 s after the previous comparison with Git (a refresh, or a sync, after
        // which the controller compares at once), and at most 300 s; one resync was skipped: more than 180 s
        List<Double> gaps = new ArrayList<>();
        double previous = Double.NaN;
        for (JsonNode e : polling.events()) {
            String decision = e.get("decision").asText();
            if (!e.get("controller").asText().equals(ARGOCD) || e.get("replication").asInt() != 0
                    || !decision.equals("refresh") && !decision.equals("sync")) {
                continue;
            }
            double t = e.get("timeSeconds").asDouble();
            if (decision.equals("refresh") && !Double.isNaN(previous)) {
                gaps.add(t - previous);
            }
            previous = t;
        }
        assertThat(gaps).hasSizeGreaterThan(5).allSatisfy(g -> assertThat(g).isBetween(120.0, 300.0));
        assertThat(gaps).anySatisfy(g -> assertThat(g).isGreaterThan(180));
    }

    @Test
    void aWebhookBringsEveryCommitWithinTwoSeconds() {
        for (JsonNode c : commits(webhook)) {
            assertThat(c.get("secondsToSync").asDouble()).isBetween(0.0, 2.0);
            assertThat(c.at("/acrossReplications/maxSecondsToSync").asDouble()).isBetween(0.0, 2.0);
        }
        assertThat(webhook.events(ARGOCD, "refresh").stream().filter(e -> e.at("/inputs/trigger").asText()
                .equals("webhook")).count()).isEqualTo(4 * 10);
    }

    @Test
    void theCanaryBeginsAtTheSyncAndItsPromotionMovesWithIt() {
        for (StoryRun run : List.of(polling, webhook)) {
            JsonNode commit = commits(run).get(1);
            assertThat(commit.get("field").asText()).isEqualTo("rollout/checkout");
            double synced = commit.get("syncedAtSeconds").asDouble();
            assertThat(run.figure("/rollouts/checkout/steps/0/startSeconds")).isCloseTo(synced, within(1e-3));
            assertThat(run.results().at("/rollouts/checkout/outcome").asText()).isEqualTo("promoted");
            assertThat(commit.get("promotedAtSeconds").asDouble()).isEqualTo(run.figure("/rollouts/checkout/atSeconds"));
        }
        JsonNode slow = commits(polling).get(1);
        JsonNode fast = commits(webhook).get(1);
        // after the sync the canary takes its 4 minutes of pauses and its pods' start-ups, whatever the sync's time
        double canaryPolling = slow.get("promotedAtSeconds").asDouble() - slow.get("syncedAtSeconds").asDouble();
        double canaryWebhook = fast.get("promotedAtSeconds").asDouble() - fast.get("syncedAtSeconds").asDouble();
        assertThat(canaryPolling).isGreaterThanOrEqualTo(240).isCloseTo(canaryWebhook, within(2.0));
        assertThat(slow.get("secondsToPromoted").asDouble() - fast.get("secondsToPromoted").asDouble())
                .isCloseTo(slow.get("secondsToSync").asDouble() - fast.get("secondsToSync").asDouble(), within(2.0));
    }

    @Test
    void theScaleAndTheHpaChangeReachThePods() {
        assertThat(polling.figure("/services/catalog/replicas/max")).isEqualTo(5);
        double hpaSynced = commits(polling).get(2).get("syncedAtSeconds").asDouble();
        // the HPA's next sync (every 15 s) brings cart to the new minReplicas
        assertThat(polling.events("hpa/cart", "scaleUp")).anySatisfy(e -> {
            assertThat(e.get("replication").asInt()).isZero();
            assertThat(e.get("timeSeconds").asDouble()).isBetween(hpaSynced, hpaSynced + 15);
            assertThat(e.at("/inputs/desiredReplicas").asInt()).isEqualTo(4);
            assertThat(e.at("/inputs/limit").asText()).isEqualTo("MIN_REPLICAS");
        });
    }

    @Test
    void aManualScaleIsSelfHealedWhenSeenOrStaysUntilTheNextCommit() {
        JsonNode healed = polling.results().at("/gitops/drifts/0");
        assertThat(healed.get("atSeconds").asDouble()).isEqualTo(1800);
        assertThat(healed.get("seenAtSeconds").asDouble()).isEqualTo(1801);
        assertThat(healed.get("healedAtSeconds").asDouble()).isEqualTo(1801);
        assertThat(healed.get("healedBy").asText()).isEqualTo("selfHeal");
        JsonNode kept = noSelfHeal.results().at("/gitops/drifts/0");
        double lastSync = commits(noSelfHeal).get(3).get("syncedAtSeconds").asDouble();
        assertThat(kept.get("healedAtSeconds").asDouble()).isEqualTo(lastSync).isGreaterThan(2040);
        assertThat(kept.get("healedBy").asText()).isEqualTo("automatedSync");
    }

    @Test
    void withManualSyncEveryCommitWaitsForTheClick() {
        assertThat(manual.results().at("/gitops/syncPolicy").asText()).isEqualTo("manual");
        List<JsonNode> commits = commits(manual);
        for (JsonNode c : commits.subList(0, 3)) {
            assertThat(c.get("syncedAtSeconds").asDouble()).isEqualTo(1500);
        }
        // the last commit comes after the click and is never synced
        assertThat(commits.get(3).get("syncedAtSeconds").isNull()).isTrue();
        assertThat(commits.get(3).at("/acrossReplications/synced").asInt()).isZero();
        assertThat(manual.figure("/rollouts/checkout/steps/0/startSeconds")).isEqualTo(1500);
    }
}
