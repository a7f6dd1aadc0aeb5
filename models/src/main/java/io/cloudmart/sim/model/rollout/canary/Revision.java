package io.cloudmart.sim.model.rollout.canary;

/**
 * The two pod template revisions an update moves between. Named by identity rather than by role because the
 * roles swap at promotion: the new revision is "canary" during the steps and "stable" afterwards.
 */
public enum Revision {
    /** The revision the update started from (the stable ReplicaSet before promotion; blue-green's active). */
    OLD,
    /** The revision being rolled out ({@code spec.template}; the canary, blue-green's preview). */
    NEW
}
