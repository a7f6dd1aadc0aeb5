package io.cloudmart.sim.model.rollout.canary;

import java.util.List;

/**
 * One revision's scale-down at a set time, after {@code scaleDownDelaySeconds} or {@code abortScaleDownDelaySeconds}:
 * scheduled once, carried out once, and journaled when it is.
 */
final class DelayedScaleDown {
    private final Revision revision;
    private double at = Double.NaN;
    private boolean done;

    DelayedScaleDown(Revision revision) {
        this.revision = revision;
    }

    void schedule(double atSeconds) {
        this.at = atSeconds;
    }

    boolean scheduled() {
        return !Double.isNaN(at);
    }

    boolean done() {
        return done;
    }

    /** When it is due, or +∞ when it is not scheduled or already done (for the machines' next deadline). */
    double dueAt() {
        return scheduled() && !done ? at : Double.POSITIVE_INFINITY;
    }

    /** Carries it out if it is due at {@code now}, adding its event to {@code events}. */
    void fireIfDue(double now, List<RolloutEvent> events) {
        if (!done && scheduled() && now >= at) {
            done = true;
            events.add(new RolloutEvent.RevisionScaledDown(now, revision));
        }
    }
}
