package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code type: Pods} metric ({@code spec.metrics[].pods}): a per-pod custom metric (for example requests per second
 * per pod) averaged over the pods. The API allows only an {@code AverageValue} target here.
 *
 * @param metricName {@code pods.metric.name}; the key under which each {@link PodMetrics} carries its value
 * @param target     {@code pods.target}, of type {@code AverageValue}
 */
public record PodsMetricSource(String metricName, MetricTarget target) implements MetricSpec {
    public PodsMetricSource {
        if (metricName == null || metricName.isBlank()) {
            throw new IllegalArgumentException("pods.metric.name must be a non-blank name");
        }
        if (target == null || target.type() != MetricTargetType.AVERAGE_VALUE) {
            throw new IllegalArgumentException("pods.target must be of type AverageValue, got " + target);
        }
    }
}
