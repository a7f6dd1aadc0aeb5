package io.cloudmart.sim.model.kafka;

/**
 * Told about each record a consumer group has finished processing (its offset is then committed).
 * For a CQRS projection fed by the topic, {@code processedTimeSeconds − publishTimeSeconds} is the
 * read model's staleness for that update.
 */
@FunctionalInterface
public interface ProcessedListener {
    /** Record {@code offset} of {@code partition}, published at and processed by the given times (seconds). */
    void processed(int partition, long offset, double publishTimeSeconds, double processedTimeSeconds);
}
