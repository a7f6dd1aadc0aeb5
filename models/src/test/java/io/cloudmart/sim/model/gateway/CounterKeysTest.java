package io.cloudmart.sim.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Dense slots for (scope, identifier) pairs, given back only when they hold nothing. */
class CounterKeysTest {
    @Test
    void aPairKeepsItsSlotAndPairsDiffer() {
        CounterKeys keys = new CounterKeys();
        int alice = keys.slot(0, "alice", slot -> true);
        int aliceElsewhere = keys.slot(1, "alice", slot -> true);
        int bob = keys.slot(0, "bob", slot -> true);
        assertThat(Set.of(alice, aliceElsewhere, bob)).hasSize(3);
        assertThat(keys.slot(0, new String("alice"), slot -> true)).isEqualTo(alice);
        assertThat(keys.find(1, "alice")).isEqualTo(aliceElsewhere);
        assertThat(keys.find(2, "alice")).isEqualTo(-1);
        assertThat(keys.identifier(bob)).isEqualTo("bob");
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void slotsInUseSurviveEverySweepAndTheOthersAreReused() {
        CounterKeys keys = new CounterKeys();
        Map<String, Integer> kept = new HashMap<>();
        Set<Integer> inUse = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int slot = keys.slot(0, "kept-" + i, inUse::contains);
            kept.put("kept-" + i, slot);
            inUse.add(slot);
        }
        for (int i = 0; i < 100_000; i++) {
            keys.slot(0, "passing-" + i, inUse::contains); // never holds a counter
            assertThat(keys.capacity()).as("slots stay bounded by the pairs in use").isLessThanOrEqualTo(4 * 101);
        }
        kept.forEach((identifier, slot) -> assertThat(keys.find(0, identifier)).as(identifier).isEqualTo(slot));
        assertThat(keys.find(0, "passing-0")).as("given back long ago").isEqualTo(-1);
        assertThat(keys.find(0, "passing-99999")).as("the newest pair").isNotNegative();
    }

    @Test
    void slotsGrowWhenMostAreInUse() {
        CounterKeys keys = new CounterKeys();
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            slots.add(keys.slot(0, "consumer-" + i, slot -> true));
        }
        assertThat(slots).hasSize(10_000);
        assertThat(keys.size()).isEqualTo(10_000);
        assertThat(keys.capacity()).isBetween(10_000, 4 * 10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(keys.find(0, "consumer-" + i)).isNotNegative();
        }
    }
}
