package io.cloudmart.sim.model.control;

import java.util.List;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;

/** Writes a rollout machine's events to the control journal as they come, each once, in order. */
final class RolloutEventJournal {
    private final ControlJournal journal;
    private final String name;
    private int journaled;

    RolloutEventJournal(ControlJournal journal, String name) {
        this.journal = journal;
        this.name = name;
    }

    /** Journals the events of {@code events} (the machine's whole list) not journaled yet. */
    void catchUp(List<RolloutEvent> events) {
        for (; journaled < events.size(); journaled++) {
            RolloutEvent event = events.get(journaled);
            journal.record(name, event.getClass().getSimpleName(), RolloutEventInputs.of(event));
        }
    }
}
