package io.cloudmart.sim.core;

/** A scheduled action that can still be cancelled before it runs. */
public interface EventHandle {
    /** Cancels the action if it has not run yet; cancelling twice or after it ran does nothing. */
    void cancel();

    /** True while the action is scheduled and neither run nor cancelled. */
    boolean isPending();

    /** The simulated time the action is (or was) due, in seconds. */
    double time();
}
