package io.cloudmart.sim.model.kafka;

/**
 * A CQRS read model kept up to date by a consumer group: its staleness is the time from a publish
 * to the group having processed that record (the projection write included in the processing time).
 *
 * @param name  read-model name (e.g. inventory-view)
 * @param topic the topic it follows
 * @param group the consumer group that projects it
 */
public record ProjectionConfig(String name, String topic, String group) {
    /** The metric key of {@code metric} of projection {@code name}. */
    public static String metricKey(String name, String metric) {
        return "cqrs." + name + "." + metric;
    }
}
