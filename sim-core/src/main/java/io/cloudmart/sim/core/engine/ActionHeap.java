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
 * <p>The heap holds the actions themselves and compares their time and rank (priority and sequence packed into
 * one {@code long}); every action knows its position, so a cancelled action leaves the heap at once and a
 * pending one can be moved to a new time in O(log n): a shop cancels most of its timeouts, and with lazy
 * deletion they would stay until their due time, making the heap many times larger than the events that can
 * still run.
 *
 * <p>Two layouts that avoid reading the actions while sifting were measured and dropped: a slot table with the
 * times and ranks in primitive arrays, and the primitive arrays beside the actions. A shop keeps few events
 * pending (11 on average in {@code cloudmart}), all in cache, and those layouts only added stores per move: with
 * the launcher's JVM options, paired over 9 JVMs each, the bench's M/M/1 costs 1.22 times the hand heap per
 * event here against 1.41 with the arrays beside (1.29 for the lazy-deletion heap before either); with 1,000
 * pending, 1.13-1.19 against 1.07-1.12 (1.32-1.42); {@code cloudmart} is as fast with both. DSOL's own events
 * (warm-up, end of replication) are wrapped so they order exactly as DSOL orders them.
 */
final class ActionHeap implements EventListInterface<Double> {
    private static final int INITIAL = 64;

    private ScheduledAction[] at = new ScheduledAction[INITIAL];
    private int size;

    void push(ScheduledAction action) {
        if (action.position >= 0) {
            throw new IllegalStateException(action + " is already in the event list");
        }
        if (size == at.length) {
            at = Arrays.copyOf(at, size * 2);
        }
        siftUp(size++, action);
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
            siftDown(0, moved);
        }
        return top;
    }

    /** The earliest action's time; the heap must not be empty. */
    double firstTime() {
        return at[0].time;
    }

    /** Takes {@code action} out of the heap; it must be in it. */
    void remove(ScheduledAction action) {
        int i = positionOfPending(action);
        action.position = -1;
        int last = --size;
        ScheduledAction moved = at[last];
        at[last] = null;
        if (i != last) {
            settle(i, moved);
        }
    }

    /** Moves {@code action}, which is in the heap, to the position its new time and rank give. */
    void reorder(ScheduledAction action) {
        settle(positionOfPending(action), action);
    }

    private int positionOfPending(ScheduledAction action) {
        int i = action.position;
        if (i < 0 || i >= size || at[i] != action) {
            throw new IllegalStateException(action + " is not in the event list");
        }
        return i;
    }

    /** Places {@code action} from {@code i}: up if it is before its parent, else down. */
    private void settle(int i, ScheduledAction action) {
        if (i > 0 && before(action, at[(i - 1) >>> 1])) {
            siftUp(i, action);
        } else {
            siftDown(i, action);
        }
    }

    /** Places {@code action} at {@code i} or above, moving later parents down. */
    private void siftUp(int i, ScheduledAction action) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            ScheduledAction above = at[parent];
            if (!before(action, above)) {
                break;
            }
            place(i, above);
            i = parent;
        }
        place(i, action);
    }

    /** Places {@code action} at {@code i} or below, moving earlier children up. */
    private void siftDown(int i, ScheduledAction action) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            ScheduledAction earliest = at[child];
            int right = child + 1;
            if (right < size && before(at[right], earliest)) {
                child = right;
                earliest = at[right];
            }
            if (!before(earliest, action)) {
                break;
            }
            place(i, earliest);
            i = child;
        }
        place(i, action);
    }

    private void place(int i, ScheduledAction action) {
        at[i] = action;
        action.position = i;
    }

    private static boolean before(ScheduledAction a, ScheduledAction b) {
        return a.time < b.time || (a.time == b.time && a.rank < b.rank);
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
        for (int i = 0; i < size; i++) {
            at[i].position = -1;
            at[i] = null;
        }
        size = 0;
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

    /** Actions the heap has room for (for memory checks): it grows with the actions pending, not with events. */
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
