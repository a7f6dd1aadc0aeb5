package io.cloudmart.sim.model.autoscale.hpa;

/**
 * A metric that could not give a replica proposal at this sync (no pods, no samples for any counted pod, a missing
 * request for a {@code Utilization} target).
 *
 * @param reason  the controller's condition reason ({@code FailedGetResourceMetric}, {@code FailedGetPodsMetric})
 * @param message what went wrong, in the controller's words where it has them
 */
public record MetricFailure(String reason, String message) implements MetricEvaluation {
    public MetricFailure {
        if (reason == null || reason.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a metric failure needs a reason and a message");
        }
    }
}
