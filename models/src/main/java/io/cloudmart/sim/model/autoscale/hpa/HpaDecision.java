package io.cloudmart.sim.model.autoscale.hpa;

import java.util.List;

/**
 * The result of one reconcile of an {@link Hpa}: the replica count to set and how it came about.
 *
 * @param time                     the sync time, seconds
 * @param currentReplicas          {@code scale.spec.replicas} as read at the sync
 * @param desiredReplicas          the count to set (equal to {@code currentReplicas} when nothing changes)
 * @param metrics                  each metric's status and proposal, in spec order (empty when no metric was read)
 * @param rawRecommendation        the maximum of the valid proposals, before normalization; {@code null} when
 *                                 metrics were not used or not usable
 * @param stabilizedRecommendation the recommendation after the stabilization window(s), before rate limits and
 *                                 bounds; {@code null} when there was no raw recommendation
 * @param limit                    what, if anything, made {@code desiredReplicas} differ from the raw
 *                                 recommendation (or kept the count)
 */
public record HpaDecision(double time, int currentReplicas, int desiredReplicas, List<MetricDecision> metrics,
                          Integer rawRecommendation, Integer stabilizedRecommendation, ScalingLimit limit) {
    public HpaDecision {
        if (currentReplicas < 0 || desiredReplicas < 0) {
            throw new IllegalArgumentException("replica counts must be >= 0");
        }
        if (metrics == null || limit == null) {
            throw new IllegalArgumentException("metrics and limit must be given");
        }
        if (stabilizedRecommendation != null && rawRecommendation == null) {
            throw new IllegalArgumentException("a stabilized recommendation needs a raw one");
        }
        metrics = List.copyOf(metrics);
    }

    /** The decision changes the replica count. */
    public boolean scales() {
        return desiredReplicas != currentReplicas;
    }
}
