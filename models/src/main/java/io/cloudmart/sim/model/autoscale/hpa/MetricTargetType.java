package io.cloudmart.sim.model.autoscale.hpa;

/**
 * {@code spec.metrics[].*.target.type}: how the target of a metric is expressed. The API's third type,
 * {@code Value}, only applies to {@code Object} and {@code External} metrics, which this package does not model.
 */
public enum MetricTargetType {
    /** {@code Utilization}: average usage as a percentage of the pods' requests (Resource metrics only). */
    UTILIZATION("Utilization"),
    /** {@code AverageValue}: average usage per pod, in the metric's own unit. */
    AVERAGE_VALUE("AverageValue");

    private final String apiName;

    MetricTargetType(String apiName) {
        this.apiName = apiName;
    }

    /** The value as written in the API. */
    public String apiName() {
        return apiName;
    }
}
