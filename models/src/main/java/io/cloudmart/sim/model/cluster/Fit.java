package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The NodeResourcesFit filter: does a pod's request fit in a node's allocatable minus what is already
 * requested, and does the node admit one more pod. Reasons are kube-scheduler's own strings, in its order
 * ({@code pkg/scheduler/framework/plugins/noderesources/fit.go}, {@code fitsRequest}): all failing reasons
 * are kept, and a pod requesting nothing only meets the pod-count check.
 */
final class Fit {
    static final String TOO_MANY_PODS = "Too many pods";
    static final String INSUFFICIENT_CPU = "Insufficient cpu";
    static final String INSUFFICIENT_MEMORY = "Insufficient memory";

    private Fit() {
    }

    /** The reasons {@code request} does not fit; empty if it fits. */
    static List<String> reasons(Resources request, Resources allocatable, Resources requested, int podCount, int maxPods) {
        List<String> reasons = new ArrayList<>(3);
        if (podCount + 1 > maxPods) {
            reasons.add(TOO_MANY_PODS);
        }
        if (request.isZero()) {
            return reasons;
        }
        if (allocatable.milliCpu() < request.milliCpu() + requested.milliCpu()) {
            reasons.add(INSUFFICIENT_CPU);
        }
        if (allocatable.memoryBytes() < request.memoryBytes() + requested.memoryBytes()) {
            reasons.add(INSUFFICIENT_MEMORY);
        }
        return reasons;
    }

    static boolean fits(Resources request, Resources allocatable, Resources requested, int podCount, int maxPods) {
        return reasons(request, allocatable, requested, podCount, maxPods).isEmpty();
    }
}
