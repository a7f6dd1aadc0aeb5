package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code type: Resource} metric ({@code spec.metrics[].resource}): the pods' CPU or memory usage as metrics-server
 * reports it, with a {@code Utilization} or {@code AverageValue} target. The usage and requests are those of the
 * whole pod (all containers, sidecars included).
 *
 * @param name   {@code resource.name}
 * @param target {@code resource.target}
 */
public record ResourceMetricSource(ResourceName name, MetricTarget target) implements MetricSpec {
    public ResourceMetricSource {
        if (name == null) {
            throw new IllegalArgumentException("resource.name must be set (cpu or memory)");
        }
        if (target == null) {
            throw new IllegalArgumentException("resource.target must be set");
        }
    }

    @Override
    public String metricName() {
        return name.apiName();
    }
}
