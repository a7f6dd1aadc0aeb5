package io.cloudmart.sim.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampQueueTest {
    private static final int BURST = 100_000;

    @Test
    void keepsFifoOrderAcrossWrapAroundGrowthAndShrinking() {
        TimestampQueue queue = new TimestampQueue();
        double next = 0;
        double expected = 0;
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 13; i++) {
                queue.addLast(next++);
            }
            for (int i = 0; i < 11; i++) {
                assertThat(queue.removeFirst()).isEqualTo(expected++);
            }
        }
        while (queue.size() > 0) {
            assertThat(queue.removeFirst()).isEqualTo(expected++);
        }
        assertThat(expected).isEqualTo(next);
    }

    /** Memory follows the backlog: a drained burst gives its space back. */
    @Test
    void capacityShrinksWhenTheBacklogDrains() {
        TimestampQueue queue = new TimestampQueue();
        for (int i = 0; i < BURST; i++) {
            queue.addLast(i);
        }
        assertThat(queue.capacity()).isGreaterThanOrEqualTo(BURST);
        for (int i = 0; i < BURST; i++) {
            queue.removeFirst();
        }
        assertThat(queue.capacity()).isEqualTo(TimestampQueue.MIN_CAPACITY);
    }
}
