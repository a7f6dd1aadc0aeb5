package io.cloudmart.sim.model.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.core.stats.Tally;

/**
 * The shop's Kafka: its topics with their consumer groups, and the CQRS projections fed by them.
 * Publishing waits for the broker's acknowledgement, then the record is in the log for consumers.
 */
public final class Messaging {
    private final Simulation simulation;
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    private final Map<String, TopicConfig> configs = new LinkedHashMap<>();
    private final Map<String, ConsumerGroup> groups = new LinkedHashMap<>();
    private final Map<String, RandomStream> produceStreams = new LinkedHashMap<>();

    public Messaging(List<TopicConfig> topicConfigs, List<ProjectionConfig> projections, Simulation simulation) {
        this.simulation = simulation;
        for (TopicConfig config : topicConfigs) {
            Topic topic = new Topic(simulation, config.name(), config.partitions());
            topics.put(config.name(), topic);
            configs.put(config.name(), config);
            produceStreams.put(config.name(), simulation.stream(Topic.metricKey(config.name(), "produce")));
            for (TopicConfig.GroupConfig group : config.groups()) {
                groups.put(config.name() + "/" + group.name(),
                        new ConsumerGroup(simulation, topic, group.name(), group.consumer(), group.processing()));
            }
        }
        for (ProjectionConfig projection : projections) {
            ConsumerGroup group = groups.get(projection.topic() + "/" + projection.group());
            if (group == null) {
                throw new IllegalArgumentException("projection " + projection.name() + " follows no consumer group "
                        + projection.group() + " of topic " + projection.topic());
            }
            Tally staleness = simulation.metrics().tally(ProjectionConfig.metricKey(projection.name(), "staleness"), true);
            group.onProcessed((partition, offset, published, processed) -> staleness.record(processed - published));
        }
    }

    /** Throws unless topic {@code name} exists. */
    public void requireTopic(String name) {
        if (!topics.containsKey(name)) {
            throw new IllegalArgumentException("no topic named " + name + "; there are " + topics.keySet());
        }
    }

    /** Publishes a record (keyed, or round robin when {@code key} is null); {@code acked} runs when the broker acknowledges. */
    public void publish(String topicName, String key, Runnable acked) {
        Topic topic = topics.get(topicName);
        TopicConfig config = configs.get(topicName);
        simulation.after(config.produceLatency().sample(produceStreams.get(topicName)), "kafka ack", () -> {
            topic.publish(key);
            acked.run();
        });
    }
}
