package io.cloudmart.sim.core.engine;

import io.cloudmart.sim.core.EventHandle;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * One entry of the event list: a labelled action due at a time.
 *
 * <p>Keeps its time as a primitive double (the boxed {@code Double} DSOL's interface asks for is
 * made only on request) and its tie-breaking sequence number per simulation rather than from
 * DSOL's JVM-wide {@code AtomicLong}, which parallel replications would contend on.
 * Ordering is DSOL's: time, then priority (higher first), then scheduling order; DSOL's own events
 * come before ours at the same time and priority, as DSOL's ids are older than any of ours.
 *
 * <p>An action knows its position in the {@link ActionHeap}, so cancelling takes it out at once, and an
 * action used as a timer ({@link DsolEngine#reschedule}) is moved instead of being cancelled and made again.
 */
public final class ScheduledAction implements SimEventInterface<Double>, EventHandle {
    /** Sequence numbers fill the low 47 bits of the rank. */
    static final long MAX_SEQUENCE = (1L << 47) - 1;
    private static final long OURS = 1L << 47;

    private final ActionHeap heap;
    double time;
    /**
     * Priority (higher first), then DSOL's events before ours, then sequence, in one number: smaller runs first.
     * Bits from the top: 16 of priority (inverted), 1 set for ours, 47 of sequence; the sign bit flipped so that
     * a signed comparison orders it.
     */
    long rank;
    /** Its position in {@link #heap}, or -1 when not scheduled (run, cancelled, or a timer at rest). */
    int position = -1;
    final String label;
    private final Runnable action;
    /** True for DSOL's own events (warm-up, end of replication), which read DSOL's boxed clock. */
    final boolean dsolInternal;

    private ScheduledAction(ActionHeap heap, String label, Runnable action, boolean dsolInternal) {
        this.heap = heap;
        this.label = label;
        this.action = action;
        this.dsolInternal = dsolInternal;
    }

    /** An action of ours, not yet in the heap: {@link #setDue} it, then push it. */
    static ScheduledAction ours(ActionHeap heap, String label, Runnable action) {
        return new ScheduledAction(heap, label, action, false);
    }

    /** DSOL's own {@code event}, wrapped so that it orders as DSOL orders it. */
    static ScheduledAction dsolEvent(ActionHeap heap, SimEventInterface<Double> event) {
        ScheduledAction wrapped = new ScheduledAction(heap, "dsol:" + event.getClass().getSimpleName(), event::execute, true);
        wrapped.setDue(event.getAbsoluteExecutionTime(), event.getPriority(), event.getId());
        return wrapped;
    }

    /** Sets when this action runs; the heap must be told ({@link ActionHeap#reorder}) if it holds it. */
    void setDue(double time, short priority, long sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw new IllegalStateException("sequence number " + sequence + " is out of range for '" + label + "'");
        }
        this.time = time;
        long priorityRank = ((long) (Short.MAX_VALUE - priority) & 0xFFFF) << 48;
        this.rank = (priorityRank | (dsolInternal ? 0 : OURS) | sequence) ^ Long.MIN_VALUE;
    }

    @Override
    public void execute() {
        action.run();
    }

    @Override
    public Double getAbsoluteExecutionTime() {
        return time;
    }

    @Override
    public short getPriority() {
        return (short) (Short.MAX_VALUE - (((rank ^ Long.MIN_VALUE) >>> 48) & 0xFFFF));
    }

    @Override
    public long getId() {
        return (rank ^ Long.MIN_VALUE) & MAX_SEQUENCE;
    }

    @Override
    public void cancel() {
        if (position >= 0) {
            heap.remove(this);
        }
    }

    @Override
    public boolean isPending() {
        return position >= 0;
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
