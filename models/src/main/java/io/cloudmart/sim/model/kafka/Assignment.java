package io.cloudmart.sim.model.kafka;

/**
 * How a consumer group's partitions are divided among its members: each partition goes to
 * exactly one consumer; a consumer may get none (it then sits idle).
 *
 * <p>Consumers are ordered by their index (Kafka orders member ids lexicographically; member ids
 * are {@code client.id} plus a random UUID, so the real order is arbitrary but fixed between
 * rebalances). Kafka's default {@code partition.assignment.strategy} is
 * {@code [RangeAssignor, CooperativeStickyAssignor]} since 3.0, so a group of plain Java consumers
 * uses the range assignor ({@link #RANGE}). For one topic the sticky assignors give the same
 * partition counts as round-robin.
 */
public enum Assignment {
    /**
     * Kafka's {@code RangeAssignor}: partitions in numeric order, consumers in order; each gets
     * {@code N / C} consecutive partitions and the first {@code N % C} consumers one extra
     * (javadoc example: 3 partitions, consumers C0, C1 → C0: [p0, p1], C1: [p2]).
     */
    RANGE {
        @Override
        public int[][] assign(int partitions, int consumers) {
            check(partitions, consumers);
            int[][] result = new int[consumers][];
            int per = partitions / consumers;
            int extra = partitions % consumers;
            int next = 0;
            for (int c = 0; c < consumers; c++) {
                int count = per + (c < extra ? 1 : 0);
                result[c] = new int[count];
                for (int i = 0; i < count; i++) {
                    result[c][i] = next++;
                }
            }
            return result;
        }
    },
    /**
     * Kafka's {@code RoundRobinAssignor} for one topic: partition {@code p} goes to consumer
     * {@code p mod C}.
     */
    ROUND_ROBIN {
        @Override
        public int[][] assign(int partitions, int consumers) {
            check(partitions, consumers);
            int[][] result = new int[consumers][];
            for (int c = 0; c < consumers; c++) {
                int count = partitions / consumers + (c < partitions % consumers ? 1 : 0);
                result[c] = new int[count];
                for (int i = 0; i < count; i++) {
                    result[c][i] = c + i * consumers;
                }
            }
            return result;
        }
    };

    /**
     * The partitions of each consumer: {@code result[c]} lists consumer {@code c}'s partitions in
     * increasing order (empty for an idle consumer).
     */
    public abstract int[][] assign(int partitions, int consumers);

    private static void check(int partitions, int consumers) {
        if (partitions < 1 || consumers < 1) {
            throw new IllegalArgumentException("need >= 1 partition and >= 1 consumer, got " + partitions + " and "
                    + consumers);
        }
    }
}
