package io.cloudmart.sim.model.autoscale.vpa;

import java.util.Comparator;

/**
 * How urgently a pod should get the recommendation, as {@code PodPriority} and the default
 * {@code GetUpdatePriority} in kubernetes/autoscaler {@code vertical-pod-autoscaler/pkg/updater/priority/}
 * ({@code update_priority_calculator.go}, {@code priority_processor.go}).
 *
 * @param outsideRecommendedRange the request is below the lower bound or above the upper bound (CPU or memory)
 * @param scaleUp                 the target exceeds the request (CPU or memory)
 * @param resourceDiff            Σ over CPU and memory of |request − target| / max(request, 1 milli-unit)
 */
public record PodPriority(boolean outsideRecommendedRange, boolean scaleUp, double resourceDiff) {
    /** Highest priority first: pods that grow before pods that shrink, then the larger relative change. */
    public static final Comparator<PodPriority> HIGHEST_FIRST =
            Comparator.comparing(PodPriority::scaleUp).thenComparingDouble(PodPriority::resourceDiff).reversed();

    /** The priority of a container with {@code request} under {@code recommendation}. */
    public static PodPriority of(ResourceAmounts request, Recommendation recommendation) {
        ResourceAmounts target = recommendation.target();
        // upstream compares MilliValue()s: millicores for CPU, thousandths of a byte for memory
        double cpuRequest = request.cpuMillicores();
        double memoryRequest = request.memoryBytes() * 1000.0;
        boolean scaleUp = target.cpuMillicores() > request.cpuMillicores()
                || target.memoryBytes() > request.memoryBytes();
        double diff = Math.abs(cpuRequest - target.cpuMillicores()) / Math.max(cpuRequest, 1.0)
                + Math.abs(memoryRequest - target.memoryBytes() * 1000.0) / Math.max(memoryRequest, 1.0);
        return new PodPriority(recommendation.outsideBounds(request), scaleUp, diff);
    }
}
