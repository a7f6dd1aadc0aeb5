package io.cloudmart.sim.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ActionHeapTest {
    private static final Comparator<ScheduledAction> DSOL_ORDER = Comparator.<ScheduledAction>comparingDouble(a -> a.time)
            .thenComparing(a -> -a.getPriority()).thenComparing(a -> a.dsolInternal ? 0 : 1).thenComparingLong(ScheduledAction::getId);

    private final ActionHeap heap = new ActionHeap();
    private long sequence;

    private ScheduledAction action(double time, int priority) {
        ScheduledAction a = ScheduledAction.ours(heap, "a" + sequence, () -> { });
        a.setDue(time, (short) priority, sequence++);
        return a;
    }

    @Test
    void pushesPopsCancelsAndMovesInDsolOrderAgainstASortedReference() {
        Random random = new Random(42);
        TreeSet<ScheduledAction> reference = new TreeSet<>(DSOL_ORDER);
        List<ScheduledAction> pending = new ArrayList<>();
        for (int step = 0; step < 200_000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || pending.isEmpty()) {
                // few distinct times, so ties on time and on priority are common
                ScheduledAction a = action(random.nextInt(50), 1 + random.nextInt(3));
                heap.push(a);
                reference.add(a);
                pending.add(a);
            } else if (op < 7) {
                ScheduledAction expected = reference.pollFirst();
                assertThat(heap.pollAction()).isSameAs(expected);
                assertThat(expected.isPending()).isFalse();
                pending.remove(expected);
            } else if (op < 9) {
                ScheduledAction a = pending.remove(random.nextInt(pending.size()));
                reference.remove(a);
                a.cancel();
                assertThat(a.isPending()).isFalse();
                a.cancel(); // twice does nothing
            } else {
                ScheduledAction a = pending.get(random.nextInt(pending.size()));
                reference.remove(a);
                a.setDue(random.nextInt(50), (short) (1 + random.nextInt(3)), sequence++);
                heap.reorder(a);
                reference.add(a);
            }
            assertThat(heap.size()).isEqualTo(reference.size());
            assertThat(heap.peekAction()).isSameAs(reference.isEmpty() ? null : reference.first());
        }
        while (!reference.isEmpty()) {
            assertThat(heap.pollAction()).isSameAs(reference.pollFirst());
        }
        assertThat(heap.pollAction()).isNull();
    }

    @Test
    void aCancelledActionLeavesTheHeapAtOnce() {
        ScheduledAction early = action(1, 5);
        ScheduledAction late = action(100, 5);
        heap.push(early);
        heap.push(late);
        late.cancel();
        assertThat(heap.size()).isEqualTo(1);
        assertThat(heap.contains(late)).isFalse();
        assertThat(heap.contains(early)).isTrue();
    }

    @Test
    void higherPriorityFirstThenDsolsOwnEventsThenSchedulingOrder() {
        ScheduledAction normalFirst = action(5, 5);
        ScheduledAction high = action(5, 9);
        ScheduledAction normalSecond = action(5, 5);
        heap.push(normalSecond);
        heap.push(normalFirst);
        heap.push(high);
        heap.add(new ForeignEvent(5.0, (short) 5, 1_000)); // DSOL's own event, with an id above all of ours
        assertThat(heap.pollAction()).isSameAs(high);
        assertThat(heap.pollAction().dsolInternal).isTrue();
        assertThat(heap.pollAction()).isSameAs(normalFirst);
        assertThat(heap.pollAction()).isSameAs(normalSecond);
    }

    @Test
    void priorityAndSequenceComeBackFromTheRank() {
        for (int priority : new int[] {Short.MIN_VALUE, -1, 0, 1, 5, 10, Short.MAX_VALUE}) {
            for (long seq : new long[] {0, 1, 123_456_789, ScheduledAction.MAX_SEQUENCE}) {
                ScheduledAction a = ScheduledAction.ours(heap, "a", () -> { });
                a.setDue(1, (short) priority, seq);
                assertThat(a.getPriority()).isEqualTo((short) priority);
                assertThat(a.getId()).isEqualTo(seq);
            }
        }
        ScheduledAction a = ScheduledAction.ours(heap, "a", () -> { });
        assertThatThrownBy(() -> a.setDue(1, (short) 5, ScheduledAction.MAX_SEQUENCE + 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theArraysGrowWithThePendingActionsNotWithEvents() {
        for (int i = 0; i < 100_000; i++) {
            heap.push(action(i, 5));
            heap.push(action(i + 0.5, 5));
            heap.pollAction();
            heap.pollAction();
        }
        assertThat(heap.capacity()).isLessThanOrEqualTo(64);
    }

    @Test
    void anActionIsInTheHeapAtMostOnce() {
        ScheduledAction a = action(1, 5);
        heap.push(a);
        assertThatThrownBy(() -> heap.push(a)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clearEmptiesAndLeavesNothingPending() {
        ScheduledAction a = action(1, 5);
        heap.push(a);
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
        assertThat(a.isPending()).isFalse();
    }

    private record ForeignEvent(Double getAbsoluteExecutionTime, short getPriority, long getId)
            implements nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface<Double> {
        @Override
        public void execute() {
        }

        @Override
        public int compareTo(nl.tudelft.simulation.dsol.formalisms.eventscheduling.SimEventInterface<Double> o) {
            return 0;
        }
    }
}
