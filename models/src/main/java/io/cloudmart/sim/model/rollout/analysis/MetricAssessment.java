package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;

/** A metric's phase and the reason Argo gives for it (empty when none, e.g. Running). */
public record MetricAssessment(AnalysisPhase phase, String reason) {

    static MetricAssessment of(AnalysisPhase phase) {
        return new MetricAssessment(phase, "");
    }
}
