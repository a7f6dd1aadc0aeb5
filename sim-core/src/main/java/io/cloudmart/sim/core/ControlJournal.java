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

    /**
     * Records that {@code controller} decided {@code decision} now, on {@code inputs} (kept in their order).
     * {@code Map.of} with two or more entries is refused: its order changes from one JVM to the next, and so
     * would {@code events.jsonl}; use {@link #inputs}.
     */
    public void record(String controller, String decision, Map<String, Object> inputs) {
        if (inputs.size() > 1 && inputs.getClass().getName().startsWith("java.util.ImmutableCollections")) {
            throw new IllegalArgumentException("the inputs of " + controller + " " + decision
                    + " have no fixed order (Map.of): use ControlJournal.inputs");
        }
        if (events.size() < CAPACITY) {
            events.add(new ControlEvent(simulation.now(), controller, decision, inputs));
        } else {
            dropped++;
        }
    }

    /** Inputs in the order given: key, value, key, value, … */
    public static Map<String, Object> inputs(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("inputs come in key, value pairs");
        }
        Map<String, Object> inputs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(inputs);
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
