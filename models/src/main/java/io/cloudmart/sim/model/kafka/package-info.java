/**
 * Kafka topics and consumer groups, as far as they shape consumer lag and the staleness of a
 * read model fed by a topic (CQRS).
 *
 * <p>A {@link io.cloudmart.sim.model.kafka.Topic} has partitions and a
 * {@link io.cloudmart.sim.model.kafka.Partitioner} (murmur2 of the key, as the Java producer);
 * a {@link io.cloudmart.sim.model.kafka.ConsumerGroup} gives each partition to exactly one of its
 * single-threaded consumers, which poll ({@code max.poll.records}), long-poll when idle
 * ({@code fetch.min.bytes} / {@code fetch.max.wait.ms}) and process one record at a time. Lag =
 * log-end − committed offset. Nothing is kept per record except the publish time of records not
 * yet processed.
 */
package io.cloudmart.sim.model.kafka;
