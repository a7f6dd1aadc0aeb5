package io.cloudmart.sim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import nl.tudelft.simulation.dsol.eventlists.EventListInterface;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface;

/**
 * DSOL event list as an array-backed binary heap of {@link ScheduledAction}s.
 *
 * <p>Compares primitive fields instead of going through {@code SimEventInterface.compareTo}'s boxed
 * times, which is where DSOL's stock lists spend their time on small models. DSOL's own events
 * (warm-up, end of replication) are wrapped so they order exactly as DSOL orders them.
 * Cancelled actions stay in the heap and are skipped when they reach the top (lazy deletion).
 */
final class ActionHeap implements EventListInterface<Double> {
    private ScheduledAction[] heap = new ScheduledAction[64];
    private int size;

    void push(ScheduledAction action) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            ScheduledAction p = heap[parent];
            if (!action.before(p)) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = action;
    }

    /** The earliest action, or null when empty; cancelled actions included. */
    ScheduledAction peekAction() {
        return size == 0 ? null : heap[0];
    }

    ScheduledAction pollAction() {
        if (size == 0) {
            return null;
        }
        ScheduledAction top = heap[0];
        ScheduledAction last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(last);
        }
        return top;
    }

    private void siftDown(ScheduledAction action) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            ScheduledAction c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[right];
            }
            if (!c.before(action)) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = action;
    }

    @Override
    public void add(SimEventInterface<Double> event) {
        if (event instanceof ScheduledAction action) {
            push(action);
        } else {
            push(new ScheduledAction(event.getAbsoluteExecutionTime(), event.getPriority(), Long.MIN_VALUE + event.getId(),
                    "dsol:" + event.getClass().getSimpleName(), event::execute, true));
        }
    }

    @Override
    public boolean contains(SimEventInterface<Double> event) {
        for (int i = 0; i < size; i++) {
            if (heap[i] == event) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        Arrays.fill(heap, 0, size, null);
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
            copy.add(heap[i]);
        }
        return copy.iterator();
    }

    @Override
    public boolean remove(SimEventInterface<Double> event) {
        if (event instanceof ScheduledAction action && action.isPending() && contains(action)) {
            action.cancel();
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
