package io.cloudmart.sim.scenario.output;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudmart.sim.model.gitops.GitChange;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.gitops.GitOpsReport;
import io.cloudmart.sim.model.gitops.ManagedField;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutReport;
import io.cloudmart.sim.model.rollout.RolloutSummary;

/**
 * The {@code gitops} block of results.json: the sync policy, then replication 0's story (each commit's push, first
 * comparison that read it, sync, and for a rollout commit the rollout's promotion or abort; each drift and its heal),
 * and per commit the time to sync over all replications (their polling jitters differ).
 */
final class GitOpsJson {
    private GitOpsJson() {
    }

    /** The block, or empty when the scenario has no {@code gitops} section. */
    static Optional<ObjectNode> json(GitOpsConfig config, Figures f) {
        Optional<List<GitOpsReport>> told = f.attachments(GitOpsReport.class);
        if (config == null || told.isEmpty()) {
            return Optional.empty();
        }
        List<GitOpsReport> reports = told.get();
        GitOpsReport first = reports.get(0);
        List<RolloutSummary> rollouts = f.attachments(RolloutReport.class).map(r -> r.get(0).rollouts()).orElse(List.of());
        ObjectNode n = ResultsJson.mapper().createObjectNode();
        n.put("syncPolicy", config.automatedSync() ? "automated" : "manual");
        n.put("selfHeal", config.selfHealing());
        n.put("prune", config.pruning());
        n.put("webhook", config.webhook());
        ArrayNode commits = n.putArray("commits");
        for (int i = 0; i < first.commits().size(); i++) {
            GitOpsReport.CommitOutcome c = first.commits().get(i);
            ObjectNode o = commits.addObject();
            o.put("revision", i + 1);
            seconds(o, "atSeconds", c.commit().atSeconds());
            o.put("change", c.commit().change().kind());
            o.put("field", ManagedField.of(c.commit().change()).toString());
            seconds(o, "seenAtSeconds", c.seenAtSeconds());
            seconds(o, "syncedAtSeconds", c.syncedAtSeconds());
            seconds(o, "secondsToSync", c.secondsToSync());
            if (c.commit().change() instanceof GitChange.RemoveHpa) {
                o.put("pruned", c.pruned());
            }
            if (c.commit().change() instanceof GitChange.UpdateRolloutImage u) {
                rolloutOutcome(o, c, rollouts.stream().filter(r -> r.name().equals(u.rollout())).findFirst());
            }
            acrossReplications(o.putObject("acrossReplications"), reports, i);
        }
        ArrayNode drifts = n.putArray("drifts");
        for (GitOpsReport.DriftOutcome d : first.drifts()) {
            ObjectNode o = drifts.addObject();
            seconds(o, "atSeconds", d.change().atSeconds());
            o.put("field", ManagedField.of(d.change().edit()).toString());
            seconds(o, "seenAtSeconds", d.seenAtSeconds());
            seconds(o, "healedAtSeconds", d.healedAtSeconds());
            o.put("healedBy", d.healedBy().fieldValue());
            seconds(o, "secondsToHeal", d.healedAtSeconds() - d.change().atSeconds());
        }
        n.put("refreshes", first.refreshes());
        n.put("syncs", first.syncs());
        return Optional.of(n);
    }

    private static void rolloutOutcome(ObjectNode o, GitOpsReport.CommitOutcome c, Optional<RolloutSummary> rollout) {
        double promoted = Double.NaN;
        double aborted = Double.NaN;
        if (rollout.isPresent() && rollout.get().outcome() == RolloutOutcome.PROMOTED) {
            promoted = rollout.get().atSeconds();
        } else if (rollout.isPresent() && rollout.get().outcome() == RolloutOutcome.ABORTED) {
            aborted = rollout.get().atSeconds();
        }
        seconds(o, "promotedAtSeconds", promoted);
        seconds(o, "abortedAtSeconds", aborted);
        seconds(o, "secondsToPromoted", promoted - c.commit().atSeconds());
    }

    /** Over the replications that synced the commit: how many, and the mean and largest time to sync. */
    private static void acrossReplications(ObjectNode o, List<GitOpsReport> reports, int index) {
        int synced = 0;
        double sum = 0;
        double max = Double.NaN;
        for (GitOpsReport report : reports) {
            double s = report.commits().get(index).secondsToSync();
            if (!Double.isNaN(s)) {
                synced++;
                sum += s;
                max = Double.isNaN(max) ? s : Math.max(max, s);
            }
        }
        o.put("synced", synced);
        seconds(o, "meanSecondsToSync", synced == 0 ? Double.NaN : sum / synced);
        seconds(o, "maxSecondsToSync", max);
    }

    /** A time to the millisecond; null when it did not happen. */
    private static void seconds(ObjectNode o, String field, double value) {
        ResultsJson.put(o, field, Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : Double.NaN);
    }
}
