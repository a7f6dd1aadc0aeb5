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
 * <p>The ordering keys live in primitive arrays beside the actions (the time, and priority and sequence packed
 * into one {@code long}), so sifting compares array entries instead of following a reference to every action it
 * passes, which is where DSOL's stock lists spend their time on small models. Each action knows its slot, so a
 * cancelled action leaves the heap at once and a pending one can be moved to a new time in O(log n): a shop
 * cancels most of its timeouts, and with lazy deletion they would stay until their due time, making the heap
 * many times larger than the events that can still run. DSOL's own events (warm-up, end of replication) are
 * wrapped so they order exactly as DSOL orders them.
 */
final class ActionHeap implements EventListInterface<Double> {
    private static final int INITIAL = 64;

    private ScheduledAction[] actions = new ScheduledAction[INITIAL];
    private double[] times = new double[INITIAL];
    /** {@link ScheduledAction#rank}: priority and sequence, compared as signed longs. */
    private long[] ranks = new long[INITIAL];
    private int size;

    void push(ScheduledAction action) {
        if (action.index >= 0) {
            throw new IllegalStateException(action + " is already in the event list");
        }
        if (size == actions.length) {
            int capacity = size * 2;
            actions = Arrays.copyOf(actions, capacity);
            times = Arrays.copyOf(times, capacity);
            ranks = Arrays.copyOf(ranks, capacity);
        }
        siftUp(size++, action);
    }

    /** The earliest action, or null when empty. */
    ScheduledAction peekAction() {
        return size == 0 ? null : actions[0];
    }

    ScheduledAction pollAction() {
        if (size == 0) {
            return null;
        }
        ScheduledAction top = actions[0];
        removeAt(0);
        return top;
    }

    /** Takes {@code action} out of the heap; it must be in it. */
    void remove(ScheduledAction action) {
        int i = action.index;
        if (i < 0 || i >= size || actions[i] != action) {
            throw new IllegalStateException(action + " is not in the event list");
        }
        removeAt(i);
    }

    /** Moves {@code action}, which is in the heap, to the slot its new time and rank give. */
    void reorder(ScheduledAction action) {
        int i = action.index;
        if (i > 0 && action.before(times[(i - 1) >>> 1], ranks[(i - 1) >>> 1])) {
            siftUp(i, action);
        } else {
            siftDown(i, action);
        }
    }

    private void removeAt(int i) {
        ScheduledAction removed = actions[i];
        removed.index = -1;
        int last = --size;
        ScheduledAction moved = actions[last];
        actions[last] = null;
        if (i == last) {
            return;
        }
        if (i > 0 && moved.before(times[(i - 1) >>> 1], ranks[(i - 1) >>> 1])) {
            siftUp(i, moved);
        } else {
            siftDown(i, moved);
        }
    }

    /** Places {@code action} at {@code i} or above, moving the later parents down. */
    private void siftUp(int i, ScheduledAction action) {
        double time = action.time;
        long rank = action.rank;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!earlier(time, rank, times[parent], ranks[parent])) {
                break;
            }
            place(i, actions[parent], times[parent], ranks[parent]);
            i = parent;
        }
        place(i, action, time, rank);
    }

    /** Places {@code action} at {@code i} or below, moving the earlier children up. */
    private void siftDown(int i, ScheduledAction action) {
        double time = action.time;
        long rank = action.rank;
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
            place(i, actions[child], times[child], ranks[child]);
            i = child;
        }
        place(i, action, time, rank);
    }

    private void place(int i, ScheduledAction action, double time, long rank) {
        actions[i] = action;
        times[i] = time;
        ranks[i] = rank;
        action.index = i;
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
        return event instanceof ScheduledAction action && action.index >= 0 && action.index < size
                && actions[action.index] == action;
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            actions[i].index = -1;
            actions[i] = null;
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
            copy.add(actions[i]);
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
