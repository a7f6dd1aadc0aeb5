package io.cloudmart.sim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * DSOL event list as an indexed binary heap of {@link ScheduledAction}s.
 *
 * <p>Per position the heap keeps the time and the rank (priority and sequence packed into one {@code long}) in
 * primitive arrays, so sifting compares without following a reference to every action it passes, and the action
 * itself beside them; every action knows its position, so a cancelled action leaves the heap at once and a
 * pending one can be moved to a new time in O(log n): a shop cancels most of its timeouts, and with lazy
 * deletion they would stay until their due time, making the heap many times larger than the events that can
 * still run. (An earlier layout kept actions in a separate slot table, so that a move stored no reference; with
 * the few events a shop has pending, 11 on average in {@code cloudmart}, its extra indirection cost more than
 * the reference stores it saved: the bench's M/M/1 went from 1.65-1.90 to 1.32-1.49 times the hand heap per
 * event, its hold model with 1,000 pending from 1.25-1.28 to 1.34-1.35.) DSOL's own events (warm-up, end of
 * replication) are wrapped so they order exactly as DSOL orders them.
 */
final class ActionHeap implements EventListInterface<Double> {
    private static final int INITIAL = 64;

    // by heap position
    private double[] times = new double[INITIAL];
    /** {@link ScheduledAction#rank}: priority and sequence, compared as signed longs. */
    private long[] ranks = new long[INITIAL];
    private ScheduledAction[] at = new ScheduledAction[INITIAL];
    private int size;

    void push(ScheduledAction action) {
        if (action.position >= 0) {
            throw new IllegalStateException(action + " is already in the event list");
        }
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            ranks = Arrays.copyOf(ranks, capacity);
            at = Arrays.copyOf(at, capacity);
        }
        siftUp(size++, action, action.time, action.rank);
    }

    /** The earliest action, or null when empty. */
    ScheduledAction peekAction() {
        return size == 0 ? null : at[0];
    }

    ScheduledAction pollAction() {
        if (size == 0) {
            return null;
        }
        ScheduledAction top = at[0];
        top.position = -1;
        int last = --size;
        ScheduledAction moved = at[last];
        at[last] = null;
        if (last > 0) {
            siftDown(0, moved, times[last], ranks[last]);
        }
        return top;
    }

    /** The earliest action's time; the heap must not be empty. */
    double firstTime() {
        return times[0];
    }

    /** Takes {@code action} out of the heap; it must be in it. */
    void remove(ScheduledAction action) {
        int i = positionOfPending(action);
        action.position = -1;
        int last = --size;
        ScheduledAction moved = at[last];
        at[last] = null;
        if (i != last) {
            settle(i, moved, times[last], ranks[last]);
        }
    }

    /** Moves {@code action}, which is in the heap, to the position its new time and rank give. */
    void reorder(ScheduledAction action) {
        settle(positionOfPending(action), action, action.time, action.rank);
    }

    private int positionOfPending(ScheduledAction action) {
        int i = action.position;
        if (i < 0 || i >= size || at[i] != action) {
            throw new IllegalStateException(action + " is not in the event list");
        }
        return i;
    }

    /** Places {@code action} with {@code time} and {@code rank} from {@code i}: up if it is before its parent, else down. */
    private void settle(int i, ScheduledAction action, double time, long rank) {
        int parent = (i - 1) >>> 1;
        if (i > 0 && earlier(time, rank, times[parent], ranks[parent])) {
            siftUp(i, action, time, rank);
        } else {
            siftDown(i, action, time, rank);
        }
    }

    /** Places the entry at {@code i} or above, moving later parents down. */
    private void siftUp(int i, ScheduledAction action, double time, long rank) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!earlier(time, rank, times[parent], ranks[parent])) {
                break;
            }
            place(i, at[parent], times[parent], ranks[parent]);
            i = parent;
        }
        place(i, action, time, rank);
    }

    /** Places the entry at {@code i} or below, moving earlier children up. */
    private void siftDown(int i, ScheduledAction action, double time, long rank) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && earlier(times[right], ranks[right], times[child], ranks[child])) {
                child = right;
            }
            if (!earlier(times[child], ranks[child], time, rank)) {
                break;
            }
            place(i, at[child], times[child], ranks[child]);
            i = child;
        }
        place(i, action, time, rank);
    }

    private void place(int i, ScheduledAction action, double time, long rank) {
        times[i] = time;
        ranks[i] = rank;
        at[i] = action;
        action.position = i;
    }

    static boolean earlier(double time, long rank, double otherTime, long otherRank) {
        return time < otherTime || (time == otherTime && rank < otherRank);
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        if (event instanceof ScheduledAction action) {
            push(action);
        } else {
            push(ScheduledAction.dsolEvent(this, event));
        }
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        return event instanceof ScheduledAction action && action.position >= 0 && action.position < size
                && at[action.position] == action;
    }

    @Override
    public void clear() {
        while (size > 0) {
            remove(at[size - 1]);
        }
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Iterator<SimEventInterface<Double>> iterator() {
        List<SimEventInterface<Double>> copy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            copy.add(at[i]);
        }
        return copy.iterator();
    }

    @Override
    public boolean remove(SimEventInterface<Double> event) {
        if (contains(event)) {
            ((ScheduledAction) event).cancel();
            return true;
        }
        return false;
    }

    /** Slots the table has room for (for memory checks): it grows with the actions pending, not with events. */
    int capacity() {
        return at.length;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public SimEventInterface<Double> first() {
        return peekAction();
    }

    @Override
    public SimEventInterface<Double> removeFirst() {
        return pollAction();
    }
}
