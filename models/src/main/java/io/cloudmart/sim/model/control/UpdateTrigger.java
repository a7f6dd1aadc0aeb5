package io.cloudmart.sim.model.control;

/**
 * A rollout whose update can be started from outside: Argo CD synced the commit that put the new image in its pod
 * template. Rollout controllers (canary, blue-green) implement it; the GitOps loop calls it.
 */
public interface UpdateTrigger {
    /** Begins the update now; a second call does nothing (the pod template changed once). */
    void startUpdate(double now);

    /** Whether the update has begun, by {@code startAt} or by {@link #startUpdate}. */
    boolean updateStarted();
}
