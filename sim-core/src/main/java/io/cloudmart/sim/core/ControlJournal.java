package io.cloudmart.sim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.run.ControlEvent;

/**
 * The control loops' decisions in one replication, in time order. Controllers decide per period, not
 * per request, so the journal grows with simulated time only; it is still bounded: after
 * {@link #CAPACITY} entries further ones are only counted.
 */
public final class ControlJournal {
    /** Most decisions kept per replication. */
    public static final int CAPACITY = 100_000;

    private final Simulation simulation;
    private final List<ControlEvent> events = new ArrayList<>();
    private long dropped;

    ControlJournal(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Records that {@code controller} decided {@code decision} now, on {@code inputs} (kept in their order). */
    public void record(String controller, String decision, Map<String, Object> inputs) {
        if (events.size() < CAPACITY) {
            events.add(new ControlEvent(simulation.now(), controller, decision, inputs));
        } else {
            dropped++;
        }
    }

    /** The decisions kept, in time order. */
    public List<ControlEvent> events() {
        return List.copyOf(events);
    }

    /** Decisions not kept because the journal was full. */
    public long dropped() {
        return dropped;
    }
}
