package io.cloudmart.sim.model.autoscale.hpa;

/**
 * A metric's replica proposal and the figures behind it, as {@code ReplicaCalculator.GetResourceReplicas} /
 * {@code calcPlainMetricReplicas} compute them.
 *
 * @param desiredReplicas     the proposal (the current replicas when held by the tolerance or a direction check)
 * @param currentUtilization  for {@code Utilization} targets: the utilization the HPA status reports, an integer
 *                            percent truncated from Σusage / Σrequest over the counted pods (before missing and
 *                            not-ready pods are filled in); {@code null} for {@code AverageValue} targets
 * @param currentAverageValue the average value per counted pod the status reports (truncated to the milli-unit), in
 *                            the metric's unit (cores, MiB, or the Pods metric's unit)
 * @param usageRatio          current / target (the original ratio, before re-balancing)
 * @param readyPods           pods counted with their own sample
 * @param ignoredPods         pods set aside: Pending, or (CPU only) not ready or still initializing; counted at 0 on
 *                            a scale-up (Kubernetes' {@code unreadyPods})
 * @param missingPods         running pods without a sample: 0 on a scale-up, the target on a scale-down
 * @param discardedPods       pods being deleted or Failed, left out entirely (Kubernetes' {@code ignoredPods})
 * @param withinTolerance     the proposal is the current count because the ratio was within the tolerance
 */
public record ReplicaCalculation(int desiredReplicas, Integer currentUtilization, double currentAverageValue,
                                 double usageRatio, int readyPods, int ignoredPods, int missingPods, int discardedPods,
                                 boolean withinTolerance) implements MetricEvaluation {
    public ReplicaCalculation {
        if (desiredReplicas < 0 || readyPods < 0 || ignoredPods < 0 || missingPods < 0 || discardedPods < 0) {
            throw new IllegalArgumentException("replica counts must be >= 0");
        }
    }
}
