package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.gitops.Commit;
import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.ManualChange;
import io.cloudmart.sim.model.gitops.Polling;
import io.cloudmart.sim.model.gitops.SelfHealTiming;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * One mistake per {@code gitops} field, made in a scenario that uses them all (test resource {@code load/gitops.yaml}):
 * exactly one issue, with its path, a line and column, and a key phrase; and the file as written binds to the
 * Application Argo CD would run.
 */
class GitOpsBadInputTest {
    private static final String GITOPS = TestScenarios.resource("/load/gitops.yaml");
    private static final String G = "gitops.";
    private static final String C = "gitops.commits.";
    private static final String M = "gitops.manualChanges.";

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(GITOPS, from, to, path, phrase);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("selfHeal: true", "selfHeal: yes please", G + "automated.selfHeal", "true or false"),
                bad("prune: true", "prune: 1", G + "automated.prune", "true or false"),
                bad("prune: true", "prun: true", G + "automated.prun", "did you mean 'prune'"),
                bad("reconciliation: 3m", "reconciliation: 0s", G + "timeout.reconciliation", "> 0"),
                bad("reconciliationJitter: 30s", "reconciliationJitter: soon", G + "timeout.reconciliationJitter",
                        "duration"),
                bad("webhook: true", "webhook: maybe", G + "webhook", "true or false"),
                bad("webhookDelay: 3s", "webhookDelay: 3", G + "webhookDelay", "unit"),
                bad("selfHealTimeoutSeconds: 5", "selfHealTimeoutSeconds: -1", G + "controller.selfHealTimeoutSeconds",
                        "at least 0"),
                bad("selfHealBackoffTimeoutSeconds: 0", "selfHealBackoffTimeoutSeconds: 1.5",
                        G + "controller.selfHealBackoffTimeoutSeconds", "whole number"),
                bad("selfHealBackoffFactor: 2", "selfHealBackoffFactor: 2000", G + "controller.selfHealBackoffFactor",
                        "at most 1000"),
                bad("selfHealBackoffCapSeconds: 60", "selfHealBackoffCapSeconds: 1m",
                        G + "controller.selfHealBackoffCapSeconds", "whole number"),
                bad("{ at: 1m, service: front, replicas: 3 }", "{ service: front, replicas: 3 }", C + "0",
                        "missing required field 'at'"),
                bad("{ at: 1m, service: front", "{ at: -1m, service: front", C + "0.at", ">= 0"),
                bad("service: front, replicas: 3 }", "service: frnt, replicas: 3 }", C + "0.service",
                        "no service named 'frnt'"),
                bad("{ at: 1m, service: front, replicas: 3 }", "{ at: 1m, replicas: 3 }", C + "0",
                        "missing required field 'service'"),
                bad("service: front, replicas: 3 }", "service: front, replicas: -3 }", C + "0.replicas", "at least 0"),
                bad("service: front, replicas: 3 }", "service: front, replicas: 3, rollout: api }", C + "0.rollout",
                        "one change per entry"),
                bad("{ at: 1m, service: front, replicas: 3 }", "{ at: 1m, service: front }", C + "0",
                        "a commit changes one of"),
                bad("service: front, replicas: 3 }", "service: api, replicas: 3 }", C + "0.replicas", "has 2 versions"),
                bad("service: front, replicas: 3 }", "service: cart, replicas: 3 }", C + "0.replicas", "has an HPA"),
                bad("rollout: api }", "rollout: apx }", C + "1.rollout", "no rollout named 'apx'"),
                bad("{ at: 2m, rollout: api }", "{ at: 2m, service: api, rollout: api }", C + "1.service",
                        "names the rollout only"),
                bad("{ at: 2m, rollout: api }", "{ at: 2m, rollout: api }\n    - { at: 3m, rollout: api }",
                        C + "2.rollout", "names rollout api already"),
                bad("    replicas: 3\n    steps:", "    replicas: 3\n    startAt: 1m\n    steps:", C + "1.rollout",
                        "has 'startAt'"),
                bad("    - { at: 2m, rollout: api }\n", "", "rollouts.api", "missing required field 'startAt'"),
                bad("service: cart, hpa: { minReplicas: 4", "service: front, hpa: { minReplicas: 4", C + "2.hpa",
                        "has no HPA to change"),
                bad("hpa: { minReplicas: 4, maxReplicas: 6 }", "hpa: { minReplicas: 4, maxReplicas: 3 }",
                        C + "2.hpa.maxReplicas", "must be at least minReplicas"),
                bad("hpa: { minReplicas: 4, maxReplicas: 6 }", "hpa: { minReplicas: 4, maxReplica: 6 }",
                        C + "2.hpa.maxReplica", "did you mean 'maxReplicas'"),
                bad("removeHpa: true", "removeHpa: false", C + "3.removeHpa", "write 'removeHpa: true'"),
                bad("removeHpa: true", "removeHpa: 1", C + "3.removeHpa", "true or false"),
                bad("service: cart, removeHpa", "service: front, removeHpa", C + "3.removeHpa", "has no HPA to change"),
                bad("{ at: 12m, service: cart", "{ at: 5m, service: cart", C + "3.at", "time order"),
                bad("{ at: 4m, service: front, replicas: 5 }", "{ at: 4m, replicas: 5 }", M + "0",
                        "missing required field 'service'"),
                bad("{ at: 4m, service: front, replicas: 5 }", "{ service: front, replicas: 5 }", M + "0",
                        "missing required field 'at'"),
                bad("{ at: 4m, service: front, replicas: 5 }", "{ at: 4m, service: front }", M + "0",
                        "a manual change is one of"),
                bad("service: front, replicas: 5 }", "service: front, replicas: five }", M + "0.replicas",
                        "whole number"),
                bad("service: front, replicas: 5 }", "service: api, replicas: 5 }", M + "0.replicas", "has 2 versions"),
                bad("minReplicas: 2, maxReplicas: 3", "minReplicas: 0, maxReplicas: 3", M + "1.hpa.minReplicas",
                        "at least 1"),
                bad("{ at: 8m, service: cart", "{ at: 3m, service: cart", M + "1.at", "time order"),
                bad("sync: [15m]", "sync: [15m, 10m]", G + "sync.1", "ascending"),
                bad("sync: [15m]", "sync: [soon]", G + "sync.0", "duration"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }

    @Test
    void aSectionWithNothingToDoIsRefused() {
        String start = GITOPS.substring(0, GITOPS.indexOf("  commits:"));
        String idle = TestScenarios.edit(start, "    replicas: 3\n    steps:", "    replicas: 3\n    startAt: 1m\n    steps:");
        Issue issue = TestScenarios.onlyIssue(idle);
        assertThat(issue.path()).isEqualTo("gitops");
        assertThat(issue.message()).contains("Argo CD has nothing to do");
    }

    @Test
    void theFileBindsToArgoCdsApplication() throws Exception {
        ScenarioSpec spec = TestScenarios.load(GITOPS);
        GitOpsConfig g = spec.gitops();
        assertThat(g.automatedSync()).isTrue();
        assertThat(g.selfHealing()).isTrue();
        assertThat(g.pruning()).isTrue();
        assertThat(g.polling()).isEqualTo(new Polling(180, 30));
        assertThat(g.webhook()).isTrue();
        assertThat(g.webhookDelaySeconds()).isEqualTo(3);
        assertThat(g.selfHeal()).isEqualTo(new SelfHealTiming(5, 0, 2, 60));
        assertThat(g.commits()).containsExactly(
                new Commit(60, new GitChange.ScaleDeployment("front", 3)),
                new Commit(120, new GitChange.UpdateRolloutImage("api")),
                new Commit(360, new GitChange.ApplyHpa("cart", new HpaSpec(4, 6, null, null))),
                new Commit(720, new GitChange.RemoveHpa("cart")));
        assertThat(g.manualChanges()).containsExactly(
                new ManualChange(240, new GitChange.ScaleDeployment("front", 5)),
                new ManualChange(480, new GitChange.ApplyHpa("cart", new HpaSpec(2, 3, null, null))));
        assertThat(g.syncAt()).containsExactly(900.0);
        assertThat(spec.rollouts().get(0).startAtSeconds()).isEqualTo(RolloutConfig.AT_GITOPS_SYNC);
    }

    @Test
    void defaultsAreArgoCdsOwn() throws Exception {
        String plain = GITOPS.substring(0, GITOPS.indexOf("gitops:")) + "gitops:\n  automated: {}\n  commits:\n"
                + "    - { at: 2m, rollout: api }\n";
        GitOpsConfig g = TestScenarios.load(plain).gitops();
        assertThat(g.selfHealing()).isFalse();
        assertThat(g.pruning()).isFalse();
        assertThat(g.polling()).isEqualTo(new Polling(120, 60));
        assertThat(g.webhook()).isFalse();
        assertThat(g.selfHeal()).isEqualTo(new SelfHealTiming(0, 2, 3, 300));
        GitOpsConfig manual = TestScenarios.load(plain.replace("  automated: {}\n", "")).gitops();
        assertThat(manual.automatedSync()).isFalse();
        assertThat(manual.syncAt()).isEqualTo(List.of());
    }
}
