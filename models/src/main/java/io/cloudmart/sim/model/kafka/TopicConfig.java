package io.cloudmart.sim.model.kafka;

import java.util.List;

import io.cloudmart.sim.core.random.Distribution;

/**
 * A Kafka topic and the consumer groups that read it.
 *
 * @param name           topic name
 * @param partitions     partitions, ≥ 1
 * @param produceLatency time until the broker acknowledges a publish ({@code acks=all}), seconds;
 *                       the publishing request waits for it
 * @param groups         consumer groups reading the topic
 */
public record TopicConfig(String name, int partitions, Distribution produceLatency, List<GroupConfig> groups) {
    public TopicConfig {
        groups = List.copyOf(groups);
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + " needs at least one partition");
        }
    }

    /**
     * A consumer group.
     *
     * @param name       group id
     * @param consumer   consumers and fetch settings
     * @param processing time to process one record, seconds
     */
    public record GroupConfig(String name, ConsumerConfig consumer, Distribution processing) {
    }
}
