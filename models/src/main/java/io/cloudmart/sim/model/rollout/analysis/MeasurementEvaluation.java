package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;

/** The phase of one measurement (Successful, Failed, Inconclusive or Error) and, for an Error, why. */
public record MeasurementEvaluation(AnalysisPhase phase, String message) {

    static MeasurementEvaluation of(AnalysisPhase phase) {
        return new MeasurementEvaluation(phase, "");
    }
}
