package io.cloudmart.sim.scenario.spec;

import java.util.Map;

/**
 * The Kafka cluster: topics that endpoints publish to, and the CQRS read models fed by its
 * consumer groups.
 *
 * @param topics      topics by name, in file order; never empty
 * @param projections read models by name, in file order; may be empty
 */
public record KafkaSpec(Map<String, TopicSpec> topics, Map<String, ProjectionSpec> projections) {

    public KafkaSpec {
        topics = Copies.orderedMap(topics, "topics");
        projections = Copies.orderedMap(projections, "projections");
    }
}
