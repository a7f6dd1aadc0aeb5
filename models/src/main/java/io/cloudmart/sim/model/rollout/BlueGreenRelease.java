package io.cloudmart.sim.model.rollout;

import java.util.List;
import java.util.Optional;

import io.cloudmart.sim.model.rollout.canary.BlueGreenSpec;

/**
 * A Rollout's {@code strategy.blueGreen}: the machine's fields, the two Kubernetes Service names, the metrics of the
 * pre-promotion analysis and the test traffic the preview gets.
 *
 * @param spec                 what the blue-green machine reads (its {@code prePromotionAnalysis} flag set exactly
 *                             when {@code prePromotionAnalysis} has metrics)
 * @param activeService        {@code activeService}: the Service callers reach, the rollout's service itself
 * @param previewService       {@code previewService}: the Service that selects the preview pods (the test's target)
 * @param prePromotionAnalysis the metrics of {@code prePromotionAnalysis.templates}, run together over the preview
 *                             version; empty without one
 * @param previewTest          the test Job's requests to the preview, if any
 */
public record BlueGreenRelease(BlueGreenSpec spec, String activeService, String previewService,
                               List<AnalysisMetric> prePromotionAnalysis, Optional<PreviewTest> previewTest) {
    public BlueGreenRelease {
        prePromotionAnalysis = List.copyOf(prePromotionAnalysis);
        if (spec.prePromotionAnalysis() == prePromotionAnalysis.isEmpty()) {
            throw new IllegalArgumentException("the spec's prePromotionAnalysis flag must match its metrics");
        }
        if (activeService.equals(previewService)) {
            throw new IllegalArgumentException("activeService and previewService are both " + activeService);
        }
    }
}
