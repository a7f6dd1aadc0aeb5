package io.cloudmart.sim.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;

/**
 * Consumer lag of a group that cannot keep up, with deterministic publishing (constant
 * inter-publish times, round-robin partitions) and constant processing times, so that the fluid
 * prediction holds up to a few records: lag grows at (publish rate − capacity) and drains at
 * (capacity − publish rate), capacity = Σ consumers' 1 / processing time.
 */
class ConsumerLagTest {
    private static final int PARTITIONS = 4;
    private static final double PROCESSING = 0.025;
    private static final double CAPACITY = PARTITIONS / PROCESSING;
    private static final double BURST_RATE = 200;
    private static final double BURST_END = 60;
    private static final double CALM_RATE = 50;
    /**
     * Discretisation: at any instant each of the 4 consumers may hold one record in service and
     * each partition may be one arrival ahead of the fluid line → at most 2 records per partition.
     */
    private static final double LAG_TOLERANCE_RECORDS = 2 * PARTITIONS;
    /** Those records at a partition's drain rate (27.5/s) take 0.07 s; allow 0.1 s. */
    private static final double DRAIN_TOLERANCE_SECONDS = 0.1;

    private static Simulation simulation(double duration) {
        return new Simulation(new RunSettings("kafka-test", 1, 0, duration, 0, 1.0));
    }

    @Test
    void lagGrowsDuringABurstAndDrainsAtThePredictedRate() {
        Simulation sim = simulation(120);
        Topic topic = new Topic(sim, "orders", PARTITIONS);
        ConsumerGroup group = new ConsumerGroup(sim, topic, "projection", ConsumerConfig.of(PARTITIONS),
                new Constant(PROCESSING));
        Publisher.constantRate(sim, topic, 0, BURST_END, BURST_RATE);
        Publisher.constantRate(sim, topic, BURST_END, 120, CALM_RATE);
        long[] lagAt = new long[2];
        sim.at(BURST_END / 2, "probe", () -> lagAt[0] = group.lag());
        sim.at(BURST_END, "probe", () -> lagAt[1] = group.lag());
        double[] drained = new double[PARTITIONS];
        group.onProcessed((partition, offset, published, processed) -> {
            if (processed > BURST_END && drained[partition] == 0 && group.lag(partition) == 0) {
                drained[partition] = processed;
            }
        });

        MetricsSnapshot metrics = sim.run().metrics();

        double growth = BURST_RATE - CAPACITY;
        assertThat((double) lagAt[0]).as("lag half way through the burst").isCloseTo(growth * BURST_END / 2,
                org.assertj.core.data.Offset.offset(LAG_TOLERANCE_RECORDS));
        assertThat((double) lagAt[1]).as("lag at the end of the burst").isCloseTo(growth * BURST_END,
                org.assertj.core.data.Offset.offset(LAG_TOLERANCE_RECORDS));
        assertThat(metrics.level("kafka.orders.projection.lag").max()).isCloseTo(growth * BURST_END,
                org.assertj.core.data.Offset.offset(LAG_TOLERANCE_RECORDS));
        double predictedEmpty = BURST_END + growth * BURST_END / (CAPACITY - CALM_RATE);
        for (int p = 0; p < PARTITIONS; p++) {
            assertThat(drained[p]).as("partition %d empties at %.3f s", p, predictedEmpty)
                    .isCloseTo(predictedEmpty, org.assertj.core.data.Offset.offset(DRAIN_TOLERANCE_SECONDS));
        }
        long published = metrics.counter("kafka.orders.published");
        assertThat(published).isEqualTo((long) (BURST_RATE * BURST_END + CALM_RATE * 60));
        assertThat(metrics.counter("kafka.orders.projection.consumed")).as("conservation")
                .isEqualTo(published - group.lag());
        for (int p = 0; p < PARTITIONS; p++) {
            assertThat(group.lag(p)).isEqualTo(topic.logEndOffset(p) - group.committedOffset(p));
        }
    }

    /**
     * Kafka docs: each partition goes to one consumer of a group, so a fifth consumer on four
     * partitions idles and adds nothing; two consumers halve the throughput (check that the test
     * is consumer-bound).
     */
    @Test
    void consumersBeyondThePartitionCountAddNoThroughput() {
        Simulation sim = simulation(10);
        Topic topic = new Topic(sim, "orders", PARTITIONS);
        ConsumerGroup four = new ConsumerGroup(sim, topic, "four", ConsumerConfig.of(4), new Constant(PROCESSING));
        ConsumerGroup five = new ConsumerGroup(sim, topic, "five", ConsumerConfig.of(5), new Constant(PROCESSING));
        new ConsumerGroup(sim, topic, "two", ConsumerConfig.of(2), new Constant(PROCESSING));
        Publisher.constantRate(sim, topic, 0, 10, 2 * CAPACITY);

        MetricsSnapshot metrics = sim.run().metrics();

        assertThat(five.assignment(4)).isEmpty();
        assertThat(four.consumers()).isEqualTo(4);
        long byFour = metrics.counter("kafka.orders.four.consumed");
        assertThat(byFour).as("consumer-bound: about capacity x 10 s").isCloseTo((long) (CAPACITY * 10),
                org.assertj.core.data.Offset.offset((long) LAG_TOLERANCE_RECORDS));
        assertThat(metrics.counter("kafka.orders.five.consumed")).isEqualTo(byFour);
        assertThat(metrics.counter("kafka.orders.two.consumed")).isCloseTo(byFour / 2,
                org.assertj.core.data.Offset.offset((long) LAG_TOLERANCE_RECORDS));
    }
}
