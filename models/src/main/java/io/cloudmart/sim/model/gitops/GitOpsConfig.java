package io.cloudmart.sim.model.gitops;

import java.util.List;
import java.util.Objects;

/**
 * One Argo CD Application over the shop: its sync policy, how its controller learns of commits, the commits and the
 * manual changes of the run, and the times a person clicks Sync.
 *
 * @param automated           {@code syncPolicy.automated}; null: manual sync, commits wait for a click in {@code syncAt}
 * @param polling             the controller's own refreshes
 * @param webhook             a push event refreshes the app {@code webhookDelaySeconds} after each commit (polling
 *                            goes on as well)
 * @param webhookDelaySeconds from the push to the refresh it triggers, >= 0
 * @param selfHeal            when a self-heal sync may run
 * @param commits             in time order
 * @param manualChanges       in time order
 * @param syncAt              times a person clicks Sync (the UI's or {@code argocd app sync}), ascending
 */
public record GitOpsConfig(Automated automated, Polling polling, boolean webhook, double webhookDelaySeconds,
                           SelfHealTiming selfHeal, List<Commit> commits, List<ManualChange> manualChanges,
                           List<Double> syncAt) {
    /**
     * [ESTIMATE] Seconds from a push to the refresh its webhook triggers: the Git host delivers within about a second
     * (GitHub's "Webhook deliveries" show sub-second to seconds), the API server's handler refreshes a matching app at
     * once (argo-cd {@code util/webhook/webhook.go}: jitter only above a threshold of apps), and the controller's
     * informer sees the refresh annotation within a second.
     */
    public static final double DEFAULT_WEBHOOK_DELAY_SECONDS = 2;

    public GitOpsConfig {
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(selfHeal, "selfHeal");
        if (!(webhookDelaySeconds >= 0) || !Double.isFinite(webhookDelaySeconds)) {
            throw new IllegalArgumentException("the webhook delay must be finite and >= 0 s, got " + webhookDelaySeconds);
        }
        commits = List.copyOf(commits);
        manualChanges = List.copyOf(manualChanges);
        syncAt = List.copyOf(syncAt);
        ascending(commits.stream().map(Commit::atSeconds).toList(), "commits");
        ascending(manualChanges.stream().map(ManualChange::atSeconds).toList(), "manual changes");
        ascending(syncAt, "sync clicks");
    }

    private static void ascending(List<Double> times, String what) {
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) < times.get(i - 1)) {
                throw new IllegalArgumentException("the " + what + " must be in time order");
            }
        }
    }

    /** Whether the controller syncs by itself. */
    public boolean automatedSync() {
        return automated != null;
    }

    /** Whether drift is synced back by itself. */
    public boolean selfHealing() {
        return automated != null && automated.selfHeal();
    }

    /** Whether a manifest removed from Git is deleted from the cluster. */
    public boolean pruning() {
        return automated != null && automated.prune();
    }
}
