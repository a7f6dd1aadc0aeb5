package io.cloudmart.sim.model.rollout;

import io.cloudmart.sim.model.rollout.analysis.MetricSpec;

/**
 * One metric of an analysis template: how Argo assesses it ({@link MetricSpec}) and what it measures, the canary
 * version's {@code metric} over the last {@code windowSeconds}.
 */
public record AnalysisMetric(MetricSpec spec, VersionMetric metric, double windowSeconds) {
    public AnalysisMetric {
        if (!(windowSeconds > 0)) {
            throw new IllegalArgumentException("metric " + spec.name() + ": window must be > 0 s, got " + windowSeconds);
        }
    }
}
