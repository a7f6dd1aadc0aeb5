package io.cloudmart.sim.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudmart.sim.core.random.RandomStream;

/** The producer's partition choice against Kafka's own reference values and documented strategies. */
class PartitionerTest {
    private static final int RECORDS_PER_BATCH = 16;

    /** Reference hashes from Kafka's {@code UtilsTest.testMurmur2} (clients module). */
    @ParameterizedTest(name = "murmur2({0}) = {1}")
    @CsvSource({
        "21, -973932308",
        "foobar, -790332482",
        "a-little-bit-long-string, -985981536",
        "a-little-bit-longer-string, -1486304829",
        "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8, -58897971",
        "abc, 479470107"})
    void murmur2MatchesKafka(String key, int expected) {
        assertThat(Partitioner.murmur2(key.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void keyedRecordsGoToToPositiveHashModuloPartitions() {
        Partitioner partitioner = Partitioner.roundRobin();
        // toPositive(-790332482) = -790332482 & 0x7fffffff = 1357151166; 1357151166 % 12 = 6
        assertThat(partitioner.partition("foobar", 12)).isEqualTo(6);
        for (int i = 0; i < 100; i++) {
            assertThat(partitioner.partition("foobar", 12)).as("same key, same partition").isEqualTo(6);
        }
    }

    @Test
    void recordsWithoutKeyGoRoundRobin() {
        Partitioner partitioner = Partitioner.roundRobin();
        int[] seen = new int[9];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = partitioner.partition(null, 3);
        }
        assertThat(seen).containsExactly(0, 1, 2, 0, 1, 2, 0, 1, 2);
    }

    /** KIP-480: stay on one partition for a whole batch, then switch to a different one. */
    @Test
    void stickyPartitionerSwitchesToAnotherPartitionAfterEachBatch() {
        Partitioner partitioner = Partitioner.sticky(RECORDS_PER_BATCH, new RandomStream("test.sticky", 5));
        int batches = 400;
        int[] counts = new int[4];
        int previous = -1;
        for (int b = 0; b < batches; b++) {
            int first = partitioner.partition(null, 4);
            assertThat(first).as("batch %d moves to another partition", b).isNotEqualTo(previous);
            counts[first]++;
            for (int i = 1; i < RECORDS_PER_BATCH; i++) {
                assertThat(partitioner.partition(null, 4)).as("batch %d sticks", b).isEqualTo(first);
            }
            previous = first;
        }
        for (int count : counts) {
            // each partition is chosen about batches/4 = 100 times (binomial-like, sd < 10)
            assertThat(count).isBetween(70, 130);
        }
        assertThat(partitioner.partition("foobar", 12)).as("keys still hash").isEqualTo(6);
    }
}
