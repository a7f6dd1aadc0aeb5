package io.cloudmart.sim.model.gitops;

import java.util.List;

/**
 * What Argo CD did in one replication: when each commit was seen and synced, each manual change's drift and when it
 * was healed, and how many refreshes and syncs it ran. Times are NaN when the event did not happen before the end.
 *
 * @param commits    in commit order
 * @param drifts     one per manual change that made the live state differ from Git, in time order
 * @param refreshes  comparisons with Git (polled or webhook-triggered)
 * @param syncs      sync operations (automated, self-heal and manual)
 */
public record GitOpsReport(List<CommitOutcome> commits, List<DriftOutcome> drifts, int refreshes, int syncs) {
    public GitOpsReport {
        commits = List.copyOf(commits);
        drifts = List.copyOf(drifts);
    }

    /**
     * @param commit       the commit
     * @param seenAtSeconds the first comparison with Git that read it
     * @param syncedAtSeconds the first sync (or comparison found Synced) at a revision that includes it
     * @param pruned       for a removed manifest: whether the live object was deleted; true otherwise
     */
    public record CommitOutcome(Commit commit, double seenAtSeconds, double syncedAtSeconds, boolean pruned) {
        /** Seconds from the push to the sync; NaN if it was not synced. */
        public double secondsToSync() {
            return syncedAtSeconds - commit.atSeconds();
        }
    }

    /**
     * @param change          the manual change
     * @param seenAtSeconds   when the controller's watch saw the live object differ
     * @param healedAtSeconds when a sync set it back; NaN if it was not
     * @param healedBy        what set it back
     */
    public record DriftOutcome(ManualChange change, double seenAtSeconds, double healedAtSeconds, HealedBy healedBy) {
    }
}
