package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.GitOpsReport;
import io.cloudmart.sim.model.gitops.ManagedField;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Paragraph;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * The "Argo CD sync" part of the report: each commit from its push to the sync that applied it and, for a rollout's
 * new image, to production (promoted or aborted); each change made by hand and whether Argo CD healed it. The first
 * replication's story, as results.json's {@code gitops} block tells it. Left out without a {@code gitops} section.
 */
final class GitOpsSection {
    static final String HEADING = "Argo CD sync";

    private GitOpsSection() {
    }

    static Optional<Section> of(ScenarioSpec spec, ExperimentResult result) {
        GitOpsConfig config = spec.gitops();
        Optional<GitOpsReport> report = result.replications().get(0).attachments().get(GitOpsReport.class);
        if (config == null || report.isEmpty()) {
            return Optional.empty();
        }
        TimeAxis axis = TimeAxis.forDuration(spec.durationSeconds());
        List<RolloutSummary> rollouts = result.replications().get(0).attachments().get(RolloutReport.class)
                .map(RolloutReport::rollouts).orElse(List.of());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(how(config)));
        blocks.add(commits(report.get(), rollouts, axis));
        if (!report.get().drifts().isEmpty()) {
            blocks.add(drifts(report.get(), axis));
        }
        int runs = result.replications().size();
        return Optional.of(new Section(HEADING, "How long each commit took to reach the cluster, and to production."
                + (runs > 1 ? " Tables show replication 1 of " + runs + "; results.json has each commit's mean and"
                + " longest time to sync over all of them (gitops.commits[].acrossReplications)." : ""), blocks));
    }

    private static String how(GitOpsConfig config) {
        String sync = config.automatedSync()
                ? "Automated sync" + (config.selfHealing() ? " with selfHeal" : "") + (config.pruning() ? " and prune" : "")
                + ": a comparison that finds a new revision syncs it at once."
                : "Manual sync: a new revision waits for a person's click.";
        String learns = config.webhook()
                ? " A webhook refreshes the app " + Format.duration(config.webhookDelaySeconds()) + " after each push;"
                + " polling goes on beside it."
                : " Argo CD learns of a commit only by polling: its informer resyncs every "
                + Format.duration(config.polling().timeoutSeconds()) + " and refreshes after a jitter below "
                + Format.duration(config.polling().jitterSeconds()) + ", reading Git only when the last comparison is"
                + " at least as old as the resync period, so reads come 2 to 5 minutes apart.";
        return sync + learns;
    }

    private static Table commits(GitOpsReport report, List<RolloutSummary> rollouts, TimeAxis axis) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < report.commits().size(); i++) {
            GitOpsReport.CommitOutcome c = report.commits().get(i);
            String release = Format.NONE;
            if (c.commit().change() instanceof GitChange.UpdateRolloutImage u) {
                Optional<RolloutSummary> r = rollouts.stream().filter(s -> s.name().equals(u.rollout())).findFirst();
                if (r.isPresent() && Double.isFinite(r.get().atSeconds())
                        && (r.get().outcome() == RolloutOutcome.PROMOTED || r.get().outcome() == RolloutOutcome.ABORTED)) {
                    release = r.get().outcome().fieldValue() + " " + Format.span(r.get().atSeconds()
                            - c.commit().atSeconds()) + " after the push";
                }
            }
            rows.add(List.of(Integer.toString(i + 1), axis.cell(c.commit().atSeconds()),
                    ManagedField.of(c.commit().change()).toString(), axis.cell(c.syncedAtSeconds()),
                    Double.isFinite(c.secondsToSync()) ? Format.span(c.secondsToSync()) : Format.NONE, release));
        }
        return new Table("Commits, from push to production", List.of("revision", "pushed at", "changes",
                "synced at", "push → sync", "its release"), rows,
                "A dash: it had not happened when the run ended. A rollout's update begins at the sync of its commit;"
                        + " its steps are in Releases.");
    }

    private static Table drifts(GitOpsReport report, TimeAxis axis) {
        List<List<String>> rows = new ArrayList<>();
        for (GitOpsReport.DriftOutcome d : report.drifts()) {
            rows.add(List.of(axis.cell(d.change().atSeconds()), ManagedField.of(d.change().edit()).toString(),
                    axis.cell(d.seenAtSeconds()), axis.cell(d.healedAtSeconds()), d.healedBy().fieldValue()));
        }
        return new Table("Changes made by hand (drift)", List.of("changed at", "field", "seen at", "healed at", "by"),
                rows, "With selfHeal Argo CD syncs a drifted field back; without, it stays until the next sync.");
    }

}
