package io.cloudmart.sim.model.gitops;

/**
 * An Application's {@code spec.syncPolicy.automated}: the controller syncs by itself when it sees a new revision
 * that leaves the app OutOfSync (once per revision, argo-cd {@code docs/user-guide/auto_sync.md}).
 *
 * @param selfHeal a drift of the live state from the synced revision is synced back too (default false)
 * @param prune    a manifest removed from Git is deleted from the cluster at sync (default false: it stays, and
 *                 the app stays OutOfSync)
 */
public record Automated(boolean selfHeal, boolean prune) {
}
