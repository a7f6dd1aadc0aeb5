package io.cloudmart.sim.model.rollout;

import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * What an analysis metric reads of one version of a service: the per-version Prometheus-like figures of
 * {@link VersionMetrics} over a window (Argo's templates would hold the PromQL; here the query is named).
 */
public enum VersionMetric {
    SUCCESS_RATE("successRate"),
    ERROR_RATE("errorRate"),
    REQUEST_RATE("requestRate"),
    LATENCY_P50("latencyP50"),
    LATENCY_P95("latencyP95"),
    LATENCY_P99("latencyP99");

    private final String fieldValue;

    VersionMetric(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** The name a scenario writes ({@code successRate}). */
    public String fieldValue() {
        return fieldValue;
    }

    /** The value at {@code now} over the last {@code windowSeconds}; NaN without data (the metric then Errors). */
    public double read(VersionMetrics metrics, String version, double now, double windowSeconds) {
        return switch (this) {
            case SUCCESS_RATE -> metrics.successRate(version, now, windowSeconds);
            case ERROR_RATE -> metrics.errorRate(version, now, windowSeconds);
            case REQUEST_RATE -> metrics.requestRate(version, now, windowSeconds);
            case LATENCY_P50 -> metrics.latencyQuantile(version, 0.50, now, windowSeconds);
            case LATENCY_P95 -> metrics.latencyQuantile(version, 0.95, now, windowSeconds);
            case LATENCY_P99 -> metrics.latencyQuantile(version, 0.99, now, windowSeconds);
        };
    }
}
