package io.cloudmart.sim.model.rollout.analysis;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.Optional;

/** The phase of one measured value under a metric's conditions: {@code EvaluateResult} in {@code utils/evaluate/evaluate.go}. */
public final class MeasurementEvaluator {
    private MeasurementEvaluator() {
    }

    /**
     * Argo's table: neither condition set → Successful; only a success condition → Failed when it is false; only a
     * failure condition → Successful when it is false; both set → Failed if the failure condition holds, else
     * Successful if the success condition holds, else Inconclusive. A condition that cannot be evaluated (here: it
     * reads {@code result} and there is no data) makes the measurement an Error. The success condition is
     * evaluated first, so its error is the one reported.
     *
     * @param result the measured value; NaN = the source returned no data
     */
    public static MeasurementEvaluation evaluate(MetricSpec metric, double result) {
        Optional<ConditionExpression> success = metric.successCondition();
        Optional<ConditionExpression> failure = metric.failureCondition();
        boolean successHolds;
        boolean failureHolds;
        try {
            successHolds = success.isPresent() && success.get().condition().holds(result);
        } catch (MissingResultException e) {
            return error("successCondition", success.get(), e);
        }
        try {
            failureHolds = failure.isPresent() && failure.get().condition().holds(result);
        } catch (MissingResultException e) {
            return error("failureCondition", failure.get(), e);
        }
        if (success.isEmpty() && failure.isEmpty()) {
            return MeasurementEvaluation.of(AnalysisPhase.SUCCESSFUL);
        }
        if (failure.isEmpty()) {
            failureHolds = !successHolds;
        } else if (success.isEmpty()) {
            successHolds = !failureHolds;
        }
        if (failureHolds) {
            return MeasurementEvaluation.of(AnalysisPhase.FAILED);
        }
        return MeasurementEvaluation.of(successHolds ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.INCONCLUSIVE);
    }

    /** Argo's wording from {@code formatEvalError}. */
    private static MeasurementEvaluation error(String field, ConditionExpression condition, MissingResultException cause) {
        return new MeasurementEvaluation(AnalysisPhase.ERROR,
                "could not evaluate " + field + " \"" + condition.source() + "\": " + cause.getMessage());
    }
}
