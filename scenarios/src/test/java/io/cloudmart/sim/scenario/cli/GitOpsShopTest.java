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
 * Argo CD over a running shop (test resource {@code load/gitops.yaml}, webhook 3 s, selfHeal, prune): what each
 * commit changes reaches the pods and controllers at its sync: the scale, the canary's start, the HPA's new bounds
 * (applied by the HPA's next sync), the pruned HPA (it stops deciding); a hand-edited HPA is set back.
 */
class GitOpsShopTest {
    private static StoryRun run;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gitops.yaml");
        try (InputStream in = GitOpsShopTest.class.getResourceAsStream("/load/gitops.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        run = StoryRun.of(dir.resolve("out"), file.toString());
    }

    private static double synced(int commit) {
        return run.figure("/gitops/commits/" + commit + "/syncedAtSeconds");
    }

    @Test
    void eachCommitIsSyncedThreeSecondsAfterItsPush() {
        for (int i = 0; i < 4; i++) {
            assertThat(run.figure("/gitops/commits/" + i + "/secondsToSync")).isEqualTo(3);
        }
    }

    @Test
    void theRolloutBeginsAtTheSyncOfItsCommit() {
        assertThat(run.figure("/rollouts/api/steps/0/startSeconds")).isEqualTo(synced(1)).isEqualTo(123);
        assertThat(run.results().at("/rollouts/api/outcome").asText()).isEqualTo("promoted");
        assertThat(run.events("rollout/api", "WeightSet")).first()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isGreaterThanOrEqualTo(123));
    }

    @Test
    void theHpaFollowsItsManifestAndStopsWhenPruned() {
        List<JsonNode> ups = run.events("hpa/cart", "scaleUp");
        // the new minReplicas 4 at the HPA's first sync after the commit's
        assertThat(ups).first().satisfies(e -> {
            assertThat(e.get("timeSeconds").asDouble()).isBetween(synced(2), synced(2) + 15);
            assertThat(e.at("/inputs/desiredReplicas").asInt()).isEqualTo(4);
            assertThat(e.at("/inputs/limit").asText()).isEqualTo("MIN_REPLICAS");
        });
        // at 8m someone applies maxReplicas 3 by hand: the HPA obeys until Argo CD heals it 1 s later
        assertThat(run.events("hpa/cart", "scaleDown")).singleElement().satisfies(e -> {
            assertThat(e.get("timeSeconds").asDouble()).isEqualTo(480);
            assertThat(e.at("/inputs/limit").asText()).isEqualTo("MAX_REPLICAS");
        });
        assertThat(run.results().at("/gitops/drifts/1/healedAtSeconds").asDouble()).isEqualTo(481);
        assertThat(ups).anySatisfy(e -> assertThat(e.get("timeSeconds").asDouble()).isBetween(481.0, 481.0 + 15));
        // removed from Git at 12m and pruned at the sync: no decision after it
        assertThat(run.results().at("/gitops/commits/3/pruned").asBoolean()).isTrue();
        assertThat(run.events().stream().filter(e -> e.get("controller").asText().equals("hpa/cart")))
                .allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble()).isLessThan(synced(3)));
    }

    @Test
    void aClickSyncsEvenWithAutomatedSync() {
        assertThat(run.events("argocd/application", "sync")).anySatisfy(e -> {
            assertThat(e.get("timeSeconds").asDouble()).isEqualTo(900);
            assertThat(e.at("/inputs/kind").asText()).isEqualTo("manual");
        });
        assertThat(run.figure("/gitops/syncs")).isEqualTo(4 + 2 + 1);
    }
}
