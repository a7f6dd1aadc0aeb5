package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * A Kafka consumer group: consumers sharing a topic's partitions, each processing one message at a
 * time per partition.
 *
 * @param consumers           consumers in the group, {@code >= 1}; default 1; those beyond the
 *                            partition count sit idle
 * @param processing          time to process one message, a distribution in seconds
 * @param fetchMaxWaitSeconds {@code fetch.max.wait.ms}: how long an idle consumer's fetch waits for
 *                            data, seconds, {@code >= 0}; default 0.5 s
 */
public record GroupSpec(int consumers, DistributionSpec processing, double fetchMaxWaitSeconds) {

    /** Consumers when the file gives none. */
    public static final int DEFAULT_CONSUMERS = 1;
    /** Kafka's {@code fetch.max.wait.ms} default, seconds. */
    public static final double DEFAULT_FETCH_MAX_WAIT_SECONDS = 0.5;

    public GroupSpec {
        Objects.requireNonNull(processing, "processing");
    }
}
