package io.cloudmart.sim.model.kafka;

import java.nio.charset.StandardCharsets;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * Chooses the partition of each published record, as the Kafka Java producer does.
 *
 * <p><b>Keyed records</b> go to {@code toPositive(murmur2(utf8(key))) % partitions}, exactly the
 * built-in partitioner of the Java client ({@code BuiltInPartitioner.partitionForKey} since 3.3,
 * {@code DefaultPartitioner} before; {@code Utils.murmur2} with seed {@code 0x9747b28c},
 * {@code toPositive(n) = n & 0x7fffffff}; keys serialised by {@code StringSerializer} as UTF-8). The
 * same key therefore always lands on the same partition, which is what gives per-key ordering.
 *
 * <p><b>Records without a key</b>: Kafka's default since 2.4 is the <em>sticky</em> partitioner
 * (KIP-480): it keeps sending to one partition until a batch ({@code batch.size}, 16 KiB) is full,
 * then switches; since 3.3 (KIP-794, "uniform sticky") it switches after {@code batch.size} bytes
 * and, with {@code partitioner.adaptive.partitioning.enable=true}, prefers partitions on less
 * loaded brokers. Before 2.4 it was round-robin. Over a run both spread records evenly; the sticky
 * one is burstier per partition at low rates. Two strategies are offered:
 * <ul>
 * <li>{@link #roundRobin()} (the default of {@link Topic}): record <i>i</i> goes to partition
 * <i>i</i> mod N, like Kafka's {@code RoundRobinPartitioner}. Deterministic, so tests can predict
 * per-partition rates exactly.</li>
 * <li>{@link #sticky(int, RandomStream)}: stays on one partition for {@code recordsPerBatch}
 * records (≈ {@code batch.size} / record size), then moves to a uniformly chosen <em>other</em>
 * partition (KIP-480's choice; the adaptive broker-load weighting of KIP-794 is not modelled,
 * since brokers are not).</li>
 * </ul>
 * One partitioner serves one topic (it holds the round-robin counter or the sticky partition).
 */
public final class Partitioner {
    private static final int MURMUR_SEED = 0x9747b28c;
    private static final int MURMUR_M = 0x5bd1e995;
    private static final int MURMUR_R = 24;

    private final RandomStream stream;
    private final int recordsPerBatch;
    private long counter;
    private int stickyPartition = -1;
    private int inBatch;

    private Partitioner(RandomStream stream, int recordsPerBatch) {
        this.stream = stream;
        this.recordsPerBatch = recordsPerBatch;
    }

    /** Keyed records by murmur2; records without a key in turn to partitions 0, 1, …, N−1, 0, … */
    public static Partitioner roundRobin() {
        return new Partitioner(null, 0);
    }

    /**
     * Keyed records by murmur2; records without a key stick to one partition for
     * {@code recordsPerBatch} records, then move to a uniformly drawn other partition.
     *
     * @param recordsPerBatch records per producer batch, ≥ 1 (Kafka: {@code batch.size} 16384 B
     *                        divided by the record size)
     * @param stream          the stream the switches are drawn from (by convention
     *                        {@code kafka.<topic>.partitioner})
     */
    public static Partitioner sticky(int recordsPerBatch, RandomStream stream) {
        if (recordsPerBatch < 1 || stream == null) {
            throw new IllegalArgumentException("sticky partitioner needs recordsPerBatch >= 1 and a stream, got "
                    + recordsPerBatch);
        }
        return new Partitioner(stream, recordsPerBatch);
    }

    /** The partition of a record with {@code key} (null: no key) in a topic of {@code partitions}. */
    public int partition(String key, int partitions) {
        if (key != null) {
            return partitionForKey(key, partitions);
        }
        if (stream == null) {
            return (int) (counter++ % partitions);
        }
        return stickyPartition(partitions);
    }

    private int stickyPartition(int partitions) {
        if (stickyPartition < 0 || stickyPartition >= partitions) {
            stickyPartition = stream.nextInt(partitions);
            inBatch = 0;
        } else if (inBatch == recordsPerBatch) {
            if (partitions > 1) {
                int other = stream.nextInt(partitions - 1);
                stickyPartition = other >= stickyPartition ? other + 1 : other;
            }
            inBatch = 0;
        }
        inBatch++;
        return stickyPartition;
    }

    /** Kafka's partition for a non-null key: {@code toPositive(murmur2(utf8(key))) % partitions}. */
    public static int partitionForKey(String key, int partitions) {
        return (murmur2(key.getBytes(StandardCharsets.UTF_8)) & 0x7fffffff) % partitions;
    }

    /**
     * The 32-bit MurmurHash2 of {@code data} as Kafka's {@code Utils.murmur2} computes it (seed
     * {@code 0x9747b28c}, little-endian 4-byte blocks, signed result).
     */
    public static int murmur2(byte[] data) {
        int length = data.length;
        int h = MURMUR_SEED ^ length;
        int blocks = length / 4;
        for (int i = 0; i < blocks; i++) {
            int j = i * 4;
            int k = (data[j] & 0xff) | (data[j + 1] & 0xff) << 8 | (data[j + 2] & 0xff) << 16 | (data[j + 3] & 0xff) << 24;
            k *= MURMUR_M;
            k ^= k >>> MURMUR_R;
            k *= MURMUR_M;
            h *= MURMUR_M;
            h ^= k;
        }
        int tail = blocks * 4;
        switch (length - tail) {
            case 3:
                h ^= (data[tail + 2] & 0xff) << 16;
                // fall through
            case 2:
                h ^= (data[tail + 1] & 0xff) << 8;
                // fall through
            case 1:
                h ^= data[tail] & 0xff;
                h *= MURMUR_M;
                break;
            default:
                break;
        }
        h ^= h >>> 13;
        h *= MURMUR_M;
        h ^= h >>> 15;
        return h;
    }
}
