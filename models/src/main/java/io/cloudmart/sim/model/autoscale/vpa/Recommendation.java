package io.cloudmart.sim.model.autoscale.vpa;

import java.util.Locale;

/**
 * What the VPA recommender publishes for one container ({@code status.recommendation.containerRecommendations[]}):
 * the target the admission controller writes into new pods, and the [lowerBound, upperBound] range outside of
 * which the updater evicts. Carries the confidences used, so a report can say why the bounds are wide.
 *
 * @param containerName    the container (the service's container name)
 * @param timeSeconds      when it was computed, simulated seconds
 * @param target           P(target) × (1 + margin), floored at the pod minimum
 * @param lowerBound       P(lower) × (1 + margin) × (1 + 0.001 / confidence)^−2, floored
 * @param upperBound       P(upper) × (1 + margin) × (1 + 1 / confidence)^+1, floored; MAX_AMOUNT when the samples span
 *                         no time yet (with no samples at all it is 0 × ∞, hence the floor)
 * @param cpuConfidence    history confidence for CPU (≈ days of history at one sample a minute)
 * @param memoryConfidence the same over the memory confidence interval (also from CPU samples, as upstream)
 */
public record Recommendation(String containerName, double timeSeconds, ResourceAmounts target,
                             ResourceAmounts lowerBound, ResourceAmounts upperBound,
                             double cpuConfidence, double memoryConfidence) {
    public Recommendation {
        if (containerName == null || containerName.isBlank()) {
            throw new IllegalArgumentException("recommendation containerName must not be blank");
        }
        if (target == null || lowerBound == null || upperBound == null) {
            throw new IllegalArgumentException("recommendation target and bounds must not be null");
        }
    }

    /** Whether {@code request} lies outside [lowerBound, upperBound] for CPU or memory (the updater's test). */
    public boolean outsideBounds(ResourceAmounts request) {
        return request.cpuMillicores() < lowerBound.cpuMillicores()
                || request.cpuMillicores() > upperBound.cpuMillicores()
                || request.memoryBytes() < lowerBound.memoryBytes()
                || request.memoryBytes() > upperBound.memoryBytes();
    }

    /** For logs: {@code checkout: target 476m/250.0Mi, bounds [474m/250.0Mi, 952m/250.0Mi], confidence 1.00}. */
    public String describe() {
        return String.format(Locale.US, "%s: target %s, bounds [%s, %s], confidence %.2f", containerName,
                target.describe(), lowerBound.describe(), upperBound.describe(), cpuConfidence);
    }
}
