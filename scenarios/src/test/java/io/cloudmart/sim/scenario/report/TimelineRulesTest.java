package io.cloudmart.sim.scenario.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.LogEntry;
import io.cloudmart.sim.core.run.ReplicationResult;

/**
 * Every event the shop's controllers and models record maps to a timeline kind, or is one of the decisions the
 * table leaves out on purpose: runs that together exercise every controller (the HPA, the VPA, the Cluster
 * Autoscaler, Karpenter, spot, the budget, Argo CD, Argo Rollouts' canary and blue-green, Flagger, Vault agents)
 * the kubelet's Ready lines of new pods, and every log line (mesh ejections, saga compensation bursts).
 */
class TimelineRulesTest {

    @Test
    void everyEventOfTheShopsControllersAndLogsHasAKind() {
        List<TimelineRuns> runs = List.of(
                // with a budget small enough to alert, as ClusterReportTest's alert test has it
                TimelineRuns.of("cluster.yaml", ClusterReportTest.CLUSTER.replace(
                        "budget: { amount: 50, period: week, thresholds: [25, 75], basis: actual }",
                        "budget: { amount: 0.1, period: day, thresholds: [10, 20], basis: actual }")), TimelineRuns.resource("rollout"),
                TimelineRuns.resource("flagger"), TimelineRuns.resource("bluegreen"), TimelineRuns.resource("vault"),
                TimelineRuns.resource("gitops"), TimelineRuns.resource("cloudmart"),
                TimelineRuns.catalog("karpenter-vs-cluster-autoscaler"), TimelineRuns.catalog("saga-payment-outage"),
                TimelineRuns.resource("leak"));
        Set<String> unknown = new TreeSet<>();
        Set<TimelineKind> seen = new HashSet<>();
        Set<String> families = new TreeSet<>();
        for (TimelineRuns run : runs) {
            ReplicationResult replication = run.result().replications().get(0);
            for (ControlEvent event : replication.controlEvents()) {
                families.add(TimelineRules.family(event.controller()));
                if (TimelineRules.rule(event).isEmpty()) {
                    unknown.add(event.controller() + " " + event.decision());
                }
                TimelineRules.read(event).ifPresent(o -> seen.add(o.kind()));
            }
            for (LogEntry entry : replication.log()) {
                TimelineOccurrence read = TimelineRules.read(entry);
                if (read.kind() == TimelineKind.OTHER) {
                    unknown.add(entry.source() + ": " + entry.text());
                }
                seen.add(read.kind());
            }
        }

        assertThat(unknown).as("events the timeline does not know").isEmpty();
        assertThat(families).contains("hpa/", "vpa/", "cluster-autoscaler", "karpenter", "spot", "finops",
                "argocd/", "rollout/", "vault", "kubelet/");
        assertThat(seen).contains(TimelineKind.SCALE, TimelineKind.READY, TimelineKind.RIGHT_SIZING, TimelineKind.NODES,
                TimelineKind.SPOT,
                TimelineKind.ROLLOUT, TimelineKind.ANALYSIS, TimelineKind.EJECTION, TimelineKind.SAGA,
                TimelineKind.BUDGET, TimelineKind.GITOPS, TimelineKind.VAULT);
    }

    @Test
    void eachDecisionIsListedOnceEitherShownOrLeftOutWithAReason() {
        List<TimelineRules.Rule> all = new ArrayList<>(TimelineRules.SHOWN);
        all.addAll(TimelineRules.OMITTED);
        Set<String> keys = new HashSet<>();
        for (TimelineRules.Rule rule : all) {
            assertThat(keys.add(rule.family() + " " + rule.decision())).as(rule.family() + " " + rule.decision())
                    .isTrue();
            assertThat(rule.shown() ? rule.phrase() : rule.omittedBecause()).isNotNull();
        }
        assertThat(TimelineRules.OMITTED).noneMatch(TimelineRules.Rule::shown);
    }

    @Test
    void aDecisionTheTableDoesNotKnowStillShowsUnderItsJournaledName() {
        ControlEvent event = new ControlEvent(12, "newcontroller/x", "didSomething", java.util.Map.of());

        assertThat(TimelineRules.read(event)).hasValueSatisfying(o -> {
            assertThat(o.kind()).isEqualTo(TimelineKind.OTHER);
            assertThat(o.subject() + ": " + o.phrase()).isEqualTo("newcontroller/x: didSomething");
        });
    }

    @Test
    void aMeshEjectionLogLineReadsAsItsHostUnderItsCluster() {
        TimelineOccurrence read = TimelineRules.read(
                new LogEntry(2.25, "mesh", "t=2.250 s checkout: checkout-3 ejected (#1) for at least 30 s"));

        assertThat(read.kind()).isEqualTo(TimelineKind.EJECTION);
        assertThat(read.subject()).isEqualTo("mesh, checkout");
        assertThat(read.phrase()).isEqualTo("checkout-3 ejected");
    }
}
