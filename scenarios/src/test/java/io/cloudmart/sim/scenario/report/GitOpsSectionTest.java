package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.catalog.Catalog;
import io.cloudmart.sim.scenario.load.ScenarioLoader;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Argo CD sync" section of gitops-sync-delay (one replication) tells each commit from push to sync, and the
 * rollout's commit to its promotion, as the run's GitOps report has them; a scenario without gitops has none.
 */
class GitOpsSectionTest {
    @Test
    void eachCommitFromPushToSyncAndTheRolloutsToItsPromotion() throws Exception {
        String yaml = new Catalog().text("gitops-sync-delay").orElseThrow();
        ScenarioSpec spec = new ScenarioLoader().load("gitops-sync-delay.yaml", yaml, null, List.of("replications=1"));
        ExperimentResult result = new ReplicationRunner(1).run(ShopAssembler.settings(spec), 1, ShopAssembler.shop(spec));
        Section section = GitOpsSection.of(spec, result).orElseThrow();
        Table commits = section.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.caption().startsWith("Commits")).findFirst().orElseThrow();
        assertThat(commits.rows()).hasSize(spec.gitops().commits().size());
        assertThat(commits.rows()).extracting(r -> r.get(2))
                .containsExactly("replicas/catalog", "rollout/checkout", "hpa/cart", "replicas/storefront");
        // the checkout rollout's commit: pushed at 8 min, promoted some minutes later, as its release says
        assertThat(commits.rows().get(1).get(1)).isEqualTo("8.00\u00a0min");
        assertThat(commits.rows().get(1).get(5)).startsWith("promoted ").endsWith(" after the push");
        // every commit synced within Argo CD's longest polling gap (5 min) of its push
        assertThat(commits.rows()).allSatisfy(r -> assertThat(r.get(4)).isNotEqualTo(Format.NONE));
        assertThat(section.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Table.class,
                t -> assertThat(t.caption()).startsWith("Changes made by hand")));
    }
}
