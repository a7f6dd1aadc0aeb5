package io.cloudmart.sim.model.autoscale.hpa;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pods of one metric evaluation sorted as {@code groupPods} in {@code replica_calculator.go} does: counted
 * (ready), set aside (Pending, or for CPU not ready / initializing), missing (no sample) and discarded (deleting or
 * Failed). Sets keep the pods' input order.
 */
record PodGroups(int readyCount, Set<String> unready, Set<String> missing, Set<String> discarded) {

    static PodGroups of(List<PodMetrics> pods, Map<String, Long> samples, boolean cpuRules, double now,
                        HpaControllerSettings settings) {
        int ready = 0;
        Set<String> unready = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> discarded = new LinkedHashSet<>();
        for (PodMetrics pod : pods) {
            if (pod.deleting() || pod.phase() == PodPhase.FAILED) {
                discarded.add(pod.name());
            } else if (pod.phase() == PodPhase.PENDING) {
                unready.add(pod.name());
            } else if (!samples.containsKey(pod.name())) {
                missing.add(pod.name());
            } else if (cpuRules && cpuSampleUnusable(pod, now, settings)) {
                unready.add(pod.name());
            } else {
                ready++;
            }
        }
        return new PodGroups(ready, Collections.unmodifiableSet(unready), Collections.unmodifiableSet(missing),
                Collections.unmodifiableSet(discarded));
    }

    /**
     * The CPU-only readiness rules: no Ready condition or no start time; within the CPU initialization period,
     * not ready or the sample's window began before the last readiness transition; after it, not ready and never
     * ready since start (its last transition within the initial readiness delay of the start).
     */
    private static boolean cpuSampleUnusable(PodMetrics pod, double now, HpaControllerSettings settings) {
        if (pod.ready() == null || pod.startTime() == null) {
            return true;
        }
        boolean ready = pod.ready();
        double transition = pod.lastReadinessTransitionTime();
        if (pod.startTime() + settings.cpuInitializationPeriodSeconds() > now) {
            return !ready || pod.sampleTimestamp() < transition + pod.sampleWindowSeconds();
        }
        return !ready && pod.startTime() + settings.initialReadinessDelaySeconds() > transition;
    }
}
