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
 * <p>The heap itself holds only primitives: per position the time, the rank (priority and sequence packed into
 * one {@code long}) and the number of the slot that holds the action. Sifting therefore compares and moves
 * array entries without following a reference to every action it passes, and without storing a reference per
 * level: under G1 every reference stored into a long-lived array pays a write barrier with a memory fence, so
 * the one reference an action costs is stored once, into its slot, when it is pushed. The position of each slot
 * is kept too, so a cancelled action leaves the heap at once and a pending one can be moved to a new time in
 * O(log n): a shop cancels most of its timeouts, and with lazy deletion they would stay until their due time,
 * making the heap many times larger than the events that can still run. DSOL's own events (warm-up, end of
 * replication) are wrapped so they order exactly as DSOL orders them.
 */
final class ActionHeap implements EventListInterface<Double> {
    private static final int INITIAL = 64;

    // by heap position
    private double[] times = new double[INITIAL];
    /** {@link ScheduledAction#rank}: priority and sequence, compared as signed longs. */
    private long[] ranks = new long[INITIAL];
    private int[] slotAt = new int[INITIAL];
    private int size;

    // by slot
    private ScheduledAction[] slots = new ScheduledAction[INITIAL];
    private int[] positionOf = new int[INITIAL];
    /** Free slot numbers, a stack; slots below {@code slotsUsed} that are not in it hold an action. */
    private int[] freeSlots = new int[INITIAL];
    private int freeCount;
    private int slotsUsed;

    void push(ScheduledAction action) {
        if (action.slot >= 0) {
            throw new IllegalStateException(action + " is already in the event list");
        }
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            ranks = Arrays.copyOf(ranks, capacity);
            slotAt = Arrays.copyOf(slotAt, capacity);
        }
        int slot = takeSlot();
        slots[slot] = action;
        action.slot = slot;
        siftUp(size++, slot, action.time, action.rank);
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsUsed == slots.length) {
            int capacity = slotsUsed * 2;
            slots = Arrays.copyOf(slots, capacity);
            positionOf = Arrays.copyOf(positionOf, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsUsed++;
    }

    /** The earliest action, or null when empty. */
    ScheduledAction peekAction() {
        return size == 0 ? null : slots[slotAt[0]];
    }

    ScheduledAction pollAction() {
        if (size == 0) {
            return null;
        }
        ScheduledAction top = slots[slotAt[0]];
        removeAt(0);
        return top;
    }

    /** Takes {@code action} out of the heap; it must be in it. */
    void remove(ScheduledAction action) {
        removeAt(positionOfPending(action));
    }

    /** Moves {@code action}, which is in the heap, to the position its new time and rank give. */
    void reorder(ScheduledAction action) {
        settle(positionOfPending(action), action.slot, action.time, action.rank);
    }

    private int positionOfPending(ScheduledAction action) {
        int slot = action.slot;
        if (slot < 0 || slot >= slotsUsed || slots[slot] != action) {
            throw new IllegalStateException(action + " is not in the event list");
        }
        return positionOf[slot];
    }

    private void removeAt(int i) {
        int slot = slotAt[i];
        slots[slot].slot = -1;
        slots[slot] = null;
        freeSlots[freeCount++] = slot;
        int last = --size;
        if (i != last) {
            settle(i, slotAt[last], times[last], ranks[last]);
        }
    }

    /** Places the entry ({@code slot}, {@code time}, {@code rank}) from {@code i}: up if it is before its parent, else down. */
    private void settle(int i, int slot, double time, long rank) {
        int parent = (i - 1) >>> 1;
        if (i > 0 && earlier(time, rank, times[parent], ranks[parent])) {
            siftUp(i, slot, time, rank);
        } else {
            siftDown(i, slot, time, rank);
        }
    }

    /** Places the entry ({@code slot}, {@code time}, {@code rank}) at {@code i} or above, moving later parents down. */
    private void siftUp(int i, int slot, double time, long rank) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!earlier(time, rank, times[parent], ranks[parent])) {
                break;
            }
            place(i, slotAt[parent], times[parent], ranks[parent]);
            i = parent;
        }
        place(i, slot, time, rank);
    }

    /** Places the entry at {@code i} or below, moving earlier children up. */
    private void siftDown(int i, int slot, double time, long rank) {
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
            place(i, slotAt[child], times[child], ranks[child]);
            i = child;
        }
        place(i, slot, time, rank);
    }

    private void place(int i, int slot, double time, long rank) {
        times[i] = time;
        ranks[i] = rank;
        slotAt[i] = slot;
        positionOf[slot] = i;
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
        return event instanceof ScheduledAction action && action.slot >= 0 && action.slot < slotsUsed
                && slots[action.slot] == action;
    }

    @Override
    public void clear() {
        while (size > 0) {
            removeAt(size - 1);
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
            copy.add(slots[slotAt[i]]);
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
    int slotCapacity() {
        return slots.length;
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
