package io.cloudmart.sim.core;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.LogEntry;

/**
 * The run's log of notable decisions. Bounded: after {@link #CAPACITY} entries further ones are
 * only counted, so a pathological model cannot fill memory with log lines.
 */
public final class EventLog {
    /** Most entries kept per replication. */
    public static final int CAPACITY = 10_000;

    private final Simulation simulation;
    private final List<LogEntry> entries = new ArrayList<>();
    private long dropped;

    EventLog(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Logs {@code text} from {@code source} at the current simulated time. */
    public void log(String source, String text) {
        if (entries.size() < CAPACITY) {
            entries.add(new LogEntry(simulation.now(), source, text));
        } else {
            dropped++;
        }
    }

    /** The entries kept, in time order. */
    public List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    /** Entries not kept because the log was full. */
    public long dropped() {
        return dropped;
    }
}
