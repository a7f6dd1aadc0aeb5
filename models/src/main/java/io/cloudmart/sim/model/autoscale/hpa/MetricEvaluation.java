package io.cloudmart.sim.model.autoscale.hpa;

/**
 * The outcome of evaluating one metric at a sync: either a {@link ReplicaCalculation} (a replica proposal) or a
 * {@link MetricFailure} (the metric is invalid for this sync, as when the controller sets
 * {@code ScalingActive=False} with {@code FailedGetResourceMetric}).
 */
public sealed interface MetricEvaluation permits ReplicaCalculation, MetricFailure {
}
