package io.cloudmart.sim.model.autoscale.hpa;

/**
 * One metric's part in a reconcile, as the HPA status's {@code currentMetrics} entry shows it, with the full
 * evaluation behind it.
 *
 * @param name         {@code cpu}, {@code memory} or the Pods metric's name
 * @param targetType   {@code Utilization} or {@code AverageValue}
 * @param target       the target: percent for {@code Utilization}, else the per-pod value in the metric's unit
 * @param currentValue what the status reports: {@code averageUtilization} (integer percent) for {@code Utilization},
 *                     {@code averageValue} for {@code AverageValue}; {@code null} when the metric failed
 * @param proposal     the metric's replica proposal; {@code null} when it failed
 * @param evaluation   the calculation or the failure
 */
public record MetricDecision(String name, MetricTargetType targetType, double target, Double currentValue,
                             Integer proposal, MetricEvaluation evaluation) {
    public MetricDecision {
        if (name == null || targetType == null || evaluation == null) {
            throw new IllegalArgumentException("a metric decision needs a name, a target type and an evaluation");
        }
        if ((evaluation instanceof ReplicaCalculation) != (proposal != null && currentValue != null)) {
            throw new IllegalArgumentException("proposal and current value are set exactly when the metric succeeded");
        }
    }

    static MetricDecision of(MetricSpec spec, MetricEvaluation evaluation) {
        MetricTarget target = spec.target();
        if (evaluation instanceof ReplicaCalculation calculation) {
            double current = target.type() == MetricTargetType.UTILIZATION
                    ? calculation.currentUtilization() : calculation.currentAverageValue();
            return new MetricDecision(spec.metricName(), target.type(), target.value(), current,
                    calculation.desiredReplicas(), evaluation);
        }
        return new MetricDecision(spec.metricName(), target.type(), target.value(), null, null, evaluation);
    }

    /** The metric gave a proposal. */
    public boolean valid() {
        return evaluation instanceof ReplicaCalculation;
    }
}
