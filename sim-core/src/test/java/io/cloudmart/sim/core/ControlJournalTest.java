package io.cloudmart.sim.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.run.RunSettings;

/** Same seed, same bytes: a decision's inputs keep the order they were given in, in every JVM. */
class ControlJournalTest {
    private final ControlJournal journal = new Simulation(new RunSettings("journal", 1, 0, 10, 0, 10)).journal();

    @Test
    void inputsKeepTheirOrder() {
        journal.record("karpenter", "consolidateDelete", ControlJournal.inputs("node", "n-1", "reason", "empty",
                "explanation", "no pods"));
        assertThat(List.copyOf(journal.events().get(0).inputs().keySet())).containsExactly("node", "reason", "explanation");
    }

    @Test
    void mapOfWithSeveralEntriesIsRefusedForItsOrderChangesPerJvm() {
        assertThatThrownBy(() -> journal.record("ca", "gaveUp", Map.of("node", "n-1", "pool", "general")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ControlJournal.inputs");
        journal.record("ca", "promote", Map.of());
        journal.record("ca", "promote", Map.of("message", "one entry has one order"));
        assertThat(journal.events()).hasSize(2);
    }
}
