package io.cloudmart.sim.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partition assignment against the examples and rules in Kafka's assignor javadoc. */
class AssignmentTest {
    /** RangeAssignor javadoc: one topic of 3 partitions, consumers C0, C1 → C0: [p0, p1], C1: [p2]. */
    @Test
    void rangeGivesTheFirstConsumersOneExtraConsecutivePartition() {
        assertThat(Assignment.RANGE.assign(3, 2)).isDeepEqualTo(new int[][] {{0, 1}, {2}});
        assertThat(Assignment.RANGE.assign(7, 3)).isDeepEqualTo(new int[][] {{0, 1, 2}, {3, 4}, {5, 6}});
    }

    @Test
    void roundRobinDealsPartitionsInTurn() {
        assertThat(Assignment.ROUND_ROBIN.assign(7, 3)).isDeepEqualTo(new int[][] {{0, 3, 6}, {1, 4}, {2, 5}});
    }

    @Test
    void consumersBeyondThePartitionsGetNothing() {
        for (Assignment strategy : Assignment.values()) {
            int[][] assigned = strategy.assign(4, 6);
            assertThat(assigned[4]).as("%s consumer 4", strategy).isEmpty();
            assertThat(assigned[5]).as("%s consumer 5", strategy).isEmpty();
            int total = 0;
            for (int[] partitions : assigned) {
                total += partitions.length;
            }
            assertThat(total).as("each partition exactly once").isEqualTo(4);
        }
    }
}
