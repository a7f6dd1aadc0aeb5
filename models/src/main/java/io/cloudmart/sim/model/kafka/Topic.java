package io.cloudmart.sim.model.kafka;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;

/**
 * A Kafka topic: N partitions, each an append-only log whose only state here is its log-end
 * offset (records themselves are not stored; each subscribed {@link ConsumerGroup} keeps the
 * publish times of its own backlog).
 *
 * <p>A publish appends one record to the partition the {@link Partitioner} picks and makes it
 * visible to consumers at once: producer batching ({@code linger.ms}, 0 ms before Kafka 4.0 and
 * 5 ms since), replication ({@code acks=all}) and broker latency (p99 ≈ 5 ms in Confluent's 2020
 * benchmark) are not modelled; a caller that wants them delays the publish.
 *
 * <p>Statistic: {@code kafka.<topic>.published}, records appended (counter, series).
 */
public final class Topic {
    private final String name;
    private final int partitions;
    private final Partitioner partitioner;
    private final long[] logEndOffsets;
    private final List<ConsumerGroup> groups = new ArrayList<>();
    private final Counter published;

    /** A topic whose records without a key go round-robin ({@link Partitioner#roundRobin()}). */
    public Topic(Simulation simulation, String name, int partitions) {
        this(simulation, name, partitions, Partitioner.roundRobin());
    }

    /**
     * @param name        topic name, used in metric keys
     * @param partitions  number of partitions, ≥ 1
     * @param partitioner chooses each record's partition
     */
    public Topic(Simulation simulation, String name, int partitions, Partitioner partitioner) {
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs >= 1 partition, got " + partitions);
        }
        this.name = name;
        this.partitions = partitions;
        this.partitioner = partitioner;
        this.logEndOffsets = new long[partitions];
        this.published = simulation.metrics().counter(metricKey(name, "published"), true);
    }

    /** {@code kafka.<topic>.<metric>}. */
    public static String metricKey(String topic, String metric) {
        return "kafka." + topic + "." + metric;
    }

    /**
     * Publishes one record now and returns its partition.
     *
     * @param key the record key (null: no key); equal keys go to the same partition
     */
    public int publish(String key) {
        int partition = partitioner.partition(key, partitions);
        append(partition);
        return partition;
    }

    /** Publishes one record now to {@code partition} (a record with an explicit partition). */
    public void publishTo(int partition) {
        if (partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("topic " + name + " has no partition " + partition);
        }
        append(partition);
    }

    private void append(int partition) {
        logEndOffsets[partition]++;
        published.increment();
        for (ConsumerGroup group : groups) {
            group.appended(partition);
        }
    }

    public String name() {
        return name;
    }

    public int partitions() {
        return partitions;
    }

    /** The offset the next record of {@code partition} will get (records appended so far). */
    public long logEndOffset(int partition) {
        return logEndOffsets[partition];
    }

    void subscribe(ConsumerGroup group) {
        for (ConsumerGroup g : groups) {
            if (g.groupId().equals(group.groupId())) {
                throw new IllegalArgumentException("topic " + name + " already has consumer group " + group.groupId());
            }
        }
        groups.add(group);
    }
}
