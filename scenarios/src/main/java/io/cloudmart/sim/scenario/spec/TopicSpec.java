package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A Kafka topic and the consumer groups that read it.
 *
 * @param partitions     number of partitions, {@code >= 1}; default 6 [ESTIMATE]
 * @param produceLatency publish until the broker acknowledges ({@code acks=all}), a distribution in
 *                       seconds; default {@code constant(value=5ms)} (domain-facts 8.1: p99 5 ms)
 * @param consumers      consumer groups by name, in file order; may be empty
 */
public record TopicSpec(int partitions, DistributionSpec produceLatency, Map<String, GroupSpec> consumers) {

    /** Partitions when the file gives none. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Default produce latency, as written. */
    public static final String DEFAULT_PRODUCE_LATENCY = "constant(value=5ms)";

    public TopicSpec {
        Objects.requireNonNull(produceLatency, "produceLatency");
        consumers = Copies.orderedMap(consumers, "consumers");
    }
}
