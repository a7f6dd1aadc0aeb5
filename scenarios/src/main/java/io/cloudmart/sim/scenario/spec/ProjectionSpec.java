package io.cloudmart.sim.scenario.spec;

import java.util.Objects;

/**
 * A CQRS read model kept up to date by a consumer group; its staleness is the delay from publish
 * to processed.
 *
 * @param topic the topic, a key of {@link KafkaSpec#topics()}
 * @param group the consumer group of that topic that updates the read model
 */
public record ProjectionSpec(String topic, String group) {

    public ProjectionSpec {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
    }
}
