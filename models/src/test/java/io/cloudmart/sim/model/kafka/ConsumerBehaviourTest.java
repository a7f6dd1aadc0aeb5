package io.cloudmart.sim.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.Estimate;
import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.run.ReplicationRunner;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.core.stats.MetricsSnapshot;
import io.cloudmart.sim.core.theory.QueueingFormulas;

/** How a consumer takes records: ordering, one at a time, poll batches, the fetch long-poll, and queueing theory. */
class ConsumerBehaviourTest {
    private static final double EPS = 1e-9;
    private static final double REL_TOL = 0.03;
    private static final double MAX_REL_HALF_WIDTH = 0.05;
    private static final int REPLICATIONS = 10;

    private static Simulation simulation(double duration) {
        return new Simulation(new RunSettings("kafka-test", 3, 0, duration, 0, 1.0));
    }

    /**
     * Kafka guarantees order per partition only: every partition's records are processed in offset
     * order with nothing skipped, and no consumer ever has two records in hand; across partitions
     * records do overtake each other (so the check is not vacuous).
     */
    @Test
    void perPartitionOrderAndOneRecordAtATimePerConsumer() {
        Simulation sim = simulation(200);
        int partitions = 6;
        Topic topic = new Topic(sim, "payments", partitions);
        RandomStream keys = sim.stream("test.keys");
        RandomStream arrivals = sim.stream("test.arrivals");
        RandomStream work = sim.stream("test.work");
        Exponential processing = new Exponential(0.02);
        int[] owner = new int[partitions];
        boolean[] busy = new boolean[3];
        MessageHandler handler = (partition, offset, published, done) -> {
            int consumer = owner[partition];
            assertThat(busy[consumer]).as("consumer %d already busy", consumer).isFalse();
            busy[consumer] = true;
            sim.after(processing.sample(work), "test.work", () -> {
                busy[consumer] = false;
                done.run();
            });
        };
        ConsumerGroup group = new ConsumerGroup(sim, topic, "ledger",
                ConsumerConfig.of(3).withAssignment(Assignment.ROUND_ROBIN), handler);
        for (int c = 0; c < 3; c++) {
            for (int p : group.assignment(c)) {
                owner[p] = c;
            }
        }
        long[] nextOffset = new long[partitions];
        double[] lastPublish = new double[partitions];
        double[] latestPublishSeen = {0};
        int[] overtakes = {0};
        group.onProcessed((partition, offset, published, processed) -> {
            assertThat(offset).as("partition %d in order, none skipped", partition).isEqualTo(nextOffset[partition]++);
            assertThat(published).isGreaterThanOrEqualTo(lastPublish[partition]);
            lastPublish[partition] = published;
            if (published < latestPublishSeen[0]) {
                overtakes[0]++;
            }
            latestPublishSeen[0] = Math.max(latestPublishSeen[0], published);
        });
        Exponential gaps = new Exponential(0.01);
        List<Runnable> next = new ArrayList<>(1);
        next.add(() -> {
            String key = "customer-" + keys.nextInt(50);
            assertThat(topic.publish(key)).isEqualTo(Partitioner.partitionForKey(key, partitions));
            sim.after(gaps.sample(arrivals), "test.publish", next.get(0));
        });
        sim.after(gaps.sample(arrivals), "test.publish", next.get(0));

        MetricsSnapshot metrics = sim.run().metrics();

        assertThat(metrics.counter("kafka.payments.ledger.consumed")).isGreaterThan(15_000);
        assertThat(overtakes[0]).as("records of different partitions overtake each other").isPositive();
    }

    /**
     * {@code fetch.min.bytes} / {@code fetch.max.wait.ms}: an idle consumer waiting for 10 records
     * gets a lone record only when the fetch window ends (fetch started at 0 s, windows of 0.5 s →
     * a record at 1.2 s is delivered at 1.5 s), but ten records complete the fetch at once. With
     * the defaults (1 byte) a record is delivered without waiting.
     */
    @Test
    void idleConsumerWaitsForFetchMinBytesOrFetchMaxWait() {
        Simulation sim = simulation(10);
        Topic topic = new Topic(sim, "events", 1);
        int recordBytes = 1024;
        ConsumerGroup waiting = new ConsumerGroup(sim, topic, "batched",
                ConsumerConfig.of(1).withFetch(10 * recordBytes, 0.5, recordBytes), new Constant(0.01));
        ConsumerGroup eager = new ConsumerGroup(sim, topic, "eager", ConsumerConfig.of(1), new Constant(0.01));
        List<double[]> batched = new ArrayList<>();
        List<double[]> immediate = new ArrayList<>();
        waiting.onProcessed((p, o, published, processed) -> batched.add(new double[] {published, processed}));
        eager.onProcessed((p, o, published, processed) -> immediate.add(new double[] {published, processed}));
        sim.at(1.2, "lone record", () -> topic.publish(null));
        for (int i = 0; i < 10; i++) {
            sim.at(5.2 + i * 0.01, "burst", () -> topic.publish(null));
        }

        sim.run();

        assertThat(batched.get(0)[1]).as("lone record waits for fetch.max.wait").isCloseTo(1.5 + 0.01, offset(EPS));
        // the consumer polled again at 1.51; windows end at 2.01 ... 5.51, but the 10th record at 5.29 completes the fetch
        assertThat(batched.get(1)[1]).as("ten records complete the fetch").isCloseTo(5.29 + 0.01, offset(EPS));
        assertThat(immediate.get(0)[1] - immediate.get(0)[0]).as("default fetch.min.bytes=1: no wait")
                .isCloseTo(0.01, offset(EPS));
    }

    /**
     * {@code max.poll.records} = 3, one consumer, two partitions holding 5 records each: a poll
     * drains partition after partition up to 3 records and the next poll starts after the last
     * partition served.
     */
    @Test
    void pollsTakeAtMostMaxPollRecordsPartitionAfterPartition() {
        Simulation sim = simulation(60);
        Topic topic = new Topic(sim, "events", 2);
        ConsumerGroup group = new ConsumerGroup(sim, topic, "slow", ConsumerConfig.of(1).withMaxPollRecords(3),
                new Constant(1.0));
        StringBuilder order = new StringBuilder();
        group.onProcessed((partition, o, published, processed) -> order.append(partition));
        sim.at(1, "fill", () -> {
            for (int i = 0; i < 5; i++) {
                topic.publishTo(0);
            }
            for (int i = 0; i < 5; i++) {
                topic.publishTo(1);
            }
        });

        sim.run();

        // first fetch answers with the first record; then polls of 3: p1 p1 p1 | p0 p0 p0 | p1 p1 + p0
        assertThat(order.toString()).isEqualTo("0" + "111" + "000" + "110");
    }

    /**
     * One partition, one consumer, Poisson publishing and constant processing is an M/D/1 queue:
     * the mean publish → processed delay is the Pollaczek–Khinchine sojourn, and by Little's law
     * the time-average lag is λ × that delay.
     */
    @Test
    void singlePartitionIsAnMD1Queue() {
        double lambda = 40;
        double service = 0.02;
        ExperimentResult result = ReplicationRunner.onAllCores().run(
                new RunSettings("md1", 17, 0, 2000, 100, 10.0), REPLICATIONS, sim -> {
                    Topic topic = new Topic(sim, "t", 1);
                    new ConsumerGroup(sim, topic, "g", ConsumerConfig.of(1), new Constant(service));
                    RandomStream arrivals = sim.stream("test.arrivals");
                    Exponential gaps = new Exponential(1 / lambda);
                    List<Runnable> next = new ArrayList<>(1);
                    next.add(() -> {
                        topic.publish(null);
                        sim.after(gaps.sample(arrivals), "test.publish", next.get(0));
                    });
                    sim.after(gaps.sample(arrivals), "test.publish", next.get(0));
                });
        double theory = QueueingFormulas.mg1MeanSojourn(lambda, service, 0);
        assertCovers(result.estimate(m -> m.tally("kafka.t.g.delay").mean()), theory);
        assertCovers(result.estimate(m -> m.level("kafka.t.g.lag").mean()), lambda * theory);
    }

    /** Same seed and replication → identical statistics; another replication → different ones. */
    @Test
    void sameSeedSameResults() {
        RunSettings settings = new RunSettings("kafka-determinism", 23, 0, 300, 30, 10.0);
        MetricsSnapshot first = poissonKeyedRun(new Simulation(settings));
        MetricsSnapshot again = poissonKeyedRun(new Simulation(settings));
        MetricsSnapshot other = poissonKeyedRun(new Simulation(settings.forReplication(1)));
        assertThat(again.tallies()).isEqualTo(first.tallies());
        assertThat(again.counters()).isEqualTo(first.counters());
        assertThat(again.levels()).isEqualTo(first.levels());
        assertThat(other.tallies()).isNotEqualTo(first.tallies());
    }

    private static MetricsSnapshot poissonKeyedRun(Simulation sim) {
        Topic topic = new Topic(sim, "orders", 4);
        new ConsumerGroup(sim, topic, "projection", ConsumerConfig.of(2), new Exponential(0.01));
        RandomStream keys = sim.stream("test.keys");
        RandomStream arrivals = sim.stream("test.arrivals");
        Exponential gaps = new Exponential(0.008);
        List<Runnable> next = new ArrayList<>(1);
        next.add(() -> {
            topic.publish("order-" + keys.nextInt(1000));
            sim.after(gaps.sample(arrivals), "test.publish", next.get(0));
        });
        sim.after(gaps.sample(arrivals), "test.publish", next.get(0));
        return sim.run().metrics();
    }

    private static void assertCovers(Estimate simulated, double theory) {
        boolean covered = simulated.covers(theory) || Math.abs(simulated.mean() - theory) <= REL_TOL * theory;
        assertThat(covered).as("theory %.5f vs simulated %s", theory, simulated).isTrue();
        assertThat(simulated.halfWidth95()).as("interval too wide to test: %s", simulated)
                .isLessThan(MAX_REL_HALF_WIDTH * theory);
    }
}
