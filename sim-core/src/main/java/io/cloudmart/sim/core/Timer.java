package io.cloudmart.sim.core;

import io.cloudmart.sim.core.engine.DsolEngine;
import io.cloudmart.sim.core.engine.ScheduledAction;

/**
 * One action scheduled again and again, such as the next finish of a processor-shared CPU: it is moved in the
 * event list instead of being cancelled and scheduled anew, so rescheduling allocates nothing and leaves no
 * cancelled entry behind. Each scheduling takes a new sequence number, so it runs exactly where a cancelled
 * action and a new one would have run. Made by {@link Simulation#timer}.
 */
public final class Timer implements EventHandle {
    private final DsolEngine engine;
    private final ScheduledAction action;
    private final short priority;

    Timer(DsolEngine engine, Priority priority, String label, Runnable action) {
        this.engine = engine;
        this.priority = priority.dsolPriority();
        this.action = engine.timer(label, action);
    }

    /** Runs the action {@code delaySeconds} (≥ 0) from now; a pending run is moved there, not added to. */
    public void scheduleAfter(double delaySeconds) {
        engine.reschedule(action, engine.now() + delaySeconds, priority);
    }

    @Override
    public void cancel() {
        action.cancel();
    }

    @Override
    public boolean isPending() {
        return action.isPending();
    }

    @Override
    public double time() {
        return action.time();
    }
}
