package io.cloudmart.sim.core.engine;

import io.cloudmart.sim.core.EventHandle;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One entry of the event list: a labelled lambda due at a time.
 *
 * <p>Keeps its time as a primitive double (the boxed {@code Double} DSOL's interface asks for is
 * made only on request) and its tie-breaking sequence number per simulation rather than from
 * DSOL's JVM-wide {@code AtomicLong}, which parallel replications would contend on.
 * Ordering is DSOL's: time, then priority (higher first), then scheduling order.
 */
public final class ScheduledAction implements SimEventInterface<Double>, EventHandle {
    final double time;
    final short priority;
    final long sequence;
    final String label;
    private final Runnable action;
    /** True for DSOL's own events (warm-up, end of replication), which read DSOL's boxed clock. */
    final boolean dsolInternal;
    boolean cancelled;
    boolean done;

    ScheduledAction(double time, short priority, long sequence, String label, Runnable action) {
        this(time, priority, sequence, label, action, false);
    }

    ScheduledAction(double time, short priority, long sequence, String label, Runnable action, boolean dsolInternal) {
        this.time = time;
        this.priority = priority;
        this.sequence = sequence;
        this.label = label;
        this.action = action;
        this.dsolInternal = dsolInternal;
    }

    /** True when this action runs before {@code other}. */
    boolean before(ScheduledAction other) {
        if (time != other.time) {
            return time < other.time;
        }
        if (priority != other.priority) {
            return priority > other.priority;
        }
        return sequence < other.sequence;
    }

    @Override
    public void execute() {
        done = true;
        action.run();
    }

    @Override
    public Double getAbsoluteExecutionTime() {
        return time;
    }

    @Override
    public short getPriority() {
        return priority;
    }

    @Override
    public long getId() {
        return sequence;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isPending() {
        return !cancelled && !done;
    }

    @Override
    public double time() {
        return time;
    }

    /** The label given when the action was scheduled. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "ScheduledAction[" + label + " @ " + time + "]";
    }
}
