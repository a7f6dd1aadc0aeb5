package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;

/**
 * The times a person runs {@code kubectl argo rollouts promote} on one rollout, in order. A promote only means
 * something once the update is under way: one due before it began (a rollout Argo CD starts at a sync whose time
 * varies with the polling) is journaled as {@code promoteBeforeUpdate} and dropped, so it never skips a step of
 * an update that had not started when the person typed it.
 */
final class PromoteSchedule {
    private final List<Double> times;
    private final ControlJournal journal;
    private final String name;
    private int next;

    PromoteSchedule(List<Double> times, ControlJournal journal, String name) {
        this.times = List.copyOf(times);
        this.journal = journal;
        this.name = name;
    }

    /** The update began at {@code now}: the promotes before it are dropped. */
    void updateBegan(double now) {
        while (next < times.size() && times.get(next) < now) {
            journal.record(name, "promoteBeforeUpdate", Map.of("promoteAtSeconds", times.get(next)));
            next++;
        }
    }

    /** How many promotes are due by {@code now} (each journaled as {@code promote}); they are then done. */
    int due(double now) {
        int due = 0;
        while (next < times.size() && times.get(next) <= now) {
            next++;
            due++;
            journal.record(name, "promote", Map.of());
        }
        return due;
    }
}
