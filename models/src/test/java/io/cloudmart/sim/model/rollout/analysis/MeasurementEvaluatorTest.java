package io.cloudmart.sim.model.rollout.analysis;

import static io.cloudmart.sim.model.rollout.AnalysisPhase.ERROR;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.FAILED;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.INCONCLUSIVE;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import org.junit.jupiter.api.Test;

/** Every row of {@code EvaluateResult} in argo-rollouts {@code utils/evaluate/evaluate.go}. */
class MeasurementEvaluatorTest {
    private static final MetricSpec NONE = MetricSpec.named("m");
    private static final MetricSpec SUCCESS_ONLY = NONE.withSuccessCondition("result >= 0.95");
    private static final MetricSpec FAILURE_ONLY = NONE.withFailureCondition("result < 0.90");
    private static final MetricSpec BOTH = SUCCESS_ONLY.withFailureCondition("result < 0.90");

    private static AnalysisPhase phase(MetricSpec metric, double result) {
        return MeasurementEvaluator.evaluate(metric, result).phase();
    }

    @Test
    void neitherConditionSetIsSuccessfulWhateverTheValue() {
        assertThat(phase(NONE, 0)).isEqualTo(SUCCESSFUL);
        assertThat(phase(NONE, Double.NaN)).as("no condition reads result, so no data is no error").isEqualTo(SUCCESSFUL);
    }

    @Test
    void onlySuccessConditionFailsWhenItIsFalse() {
        assertThat(phase(SUCCESS_ONLY, 0.97)).isEqualTo(SUCCESSFUL);
        assertThat(phase(SUCCESS_ONLY, 0.94)).isEqualTo(FAILED);
    }

    @Test
    void onlyFailureConditionSucceedsWhenItIsFalse() {
        assertThat(phase(FAILURE_ONLY, 0.91)).isEqualTo(SUCCESSFUL);
        assertThat(phase(FAILURE_ONLY, 0.89)).isEqualTo(FAILED);
    }

    @Test
    void bothSet() {
        assertThat(phase(BOTH, 0.97)).as("success true, failure false").isEqualTo(SUCCESSFUL);
        assertThat(phase(BOTH, 0.92)).as("neither true").isEqualTo(INCONCLUSIVE);
        assertThat(phase(BOTH, 0.80)).as("failure true").isEqualTo(FAILED);
        MetricSpec overlapping = NONE.withSuccessCondition("result > 0").withFailureCondition("result > 0.5");
        assertThat(phase(overlapping, 0.8)).as("both true: the failure wins").isEqualTo(FAILED);
    }

    @Test
    void noDataIsAnErrorWithArgosWording() {
        MeasurementEvaluation evaluation = MeasurementEvaluator.evaluate(BOTH, Double.NaN);
        assertThat(evaluation.phase()).isEqualTo(ERROR);
        assertThat(evaluation.message()).isEqualTo("could not evaluate successCondition \"result >= 0.95\": "
                + "metric result is nil or empty: no data returned from the metric provider");
        assertThat(MeasurementEvaluator.evaluate(FAILURE_ONLY, Double.NaN).message())
                .startsWith("could not evaluate failureCondition \"result < 0.90\"");
        assertThat(phase(SUCCESS_ONLY, Double.NaN)).isEqualTo(ERROR);
    }
}
