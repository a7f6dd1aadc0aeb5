package io.cloudmart.sim.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The yardstick heap orders as the engine does: by time, then by insertion order among equal times. */
class PrimitiveEventHeapTest {
    private record Pushed(double time, int index) {
    }

    @Test
    void popsByTimeThenInsertionOrder() {
        SplittableRandom random = new SplittableRandom(1);
        PrimitiveEventHeap heap = new PrimitiveEventHeap();
        List<Pushed> pushed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            double time = random.nextInt(50); // many ties
            pushed.add(new Pushed(time, i));
            heap.push(time, (byte) (i % 100));
        }
        pushed.sort(Comparator.comparingDouble(Pushed::time).thenComparingInt(Pushed::index));
        for (Pushed expected : pushed) {
            assertThat(heap.firstTime()).isEqualTo(expected.time());
            assertThat(heap.firstKind()).isEqualTo((byte) (expected.index() % 100));
            heap.removeFirst();
        }
        assertThat(heap.isEmpty()).isTrue();
    }
}
