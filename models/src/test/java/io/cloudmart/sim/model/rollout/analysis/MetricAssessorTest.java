package io.cloudmart.sim.model.rollout.analysis;

import static io.cloudmart.sim.model.rollout.AnalysisPhase.ERROR;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.FAILED;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.INCONCLUSIVE;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.PENDING;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.RUNNING;
import static io.cloudmart.sim.model.rollout.AnalysisPhase.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import org.junit.jupiter.api.Test;

/** Every row of {@code assessMetricStatus} / {@code assessMetricFailureInconclusiveOrError} (analysis/analysis.go). */
class MetricAssessorTest {
    private static final MetricSpec FIVE_EVERY_MINUTE = MetricSpec.named("m").withInterval(60).withCount(5);

    private static MetricTally tally(AnalysisPhase... measurements) {
        MetricTally tally = MetricTally.EMPTY;
        for (AnalysisPhase phase : measurements) {
            tally = tally.record(phase);
        }
        return tally;
    }

    private static AnalysisPhase assess(MetricSpec metric, AnalysisPhase... measurements) {
        return MetricAssessor.assess(metric, tally(measurements), false).phase();
    }

    @Test
    void tallyCountsErrorsApartAndResetsTheStreaks() {
        MetricTally t = tally(SUCCESSFUL, SUCCESSFUL, ERROR, ERROR, FAILED, SUCCESSFUL);
        assertThat(t).isEqualTo(new MetricTally(6, 4, 3, 1, 0, 2, 0, 1));
        assertThat(tally(SUCCESSFUL, ERROR).consecutiveSuccess()).isZero();
        assertThat(tally(ERROR, INCONCLUSIVE, ERROR).consecutiveError()).isEqualTo(1);
        assertThatThrownBy(() -> MetricTally.EMPTY.record(RUNNING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noMeasurementYetIsPendingOrSuccessfulWhenTerminating() {
        assertThat(assess(FIVE_EVERY_MINUTE)).isEqualTo(PENDING);
        assertThat(MetricAssessor.assess(FIVE_EVERY_MINUTE, MetricTally.EMPTY, true).phase()).isEqualTo(SUCCESSFUL);
    }

    @Test
    void failedAboveFailureLimit() {
        assertThat(assess(FIVE_EVERY_MINUTE, FAILED)).as("default limit 0").isEqualTo(FAILED);
        MetricSpec tolerant = FIVE_EVERY_MINUTE.withFailureLimit(2);
        assertThat(assess(tolerant, FAILED, FAILED)).isEqualTo(RUNNING);
        assertThat(assess(tolerant, FAILED, FAILED, FAILED)).isEqualTo(FAILED);
        assertThat(MetricAssessor.assess(tolerant, tally(FAILED, FAILED, FAILED), false).reason())
                .isEqualTo("failed (3) > failureLimit (2)");
    }

    @Test
    void failureLimitMinusOneDisablesTheFailureCheck() {
        MetricSpec disabled = FIVE_EVERY_MINUTE.withConsecutiveSuccessLimit(2).withFailureLimit(-1);
        assertThat(assess(disabled, FAILED, FAILED, FAILED)).isEqualTo(RUNNING);
    }

    @Test
    void inconclusiveAboveInconclusiveLimit() {
        assertThat(assess(FIVE_EVERY_MINUTE, INCONCLUSIVE)).isEqualTo(INCONCLUSIVE);
        MetricSpec tolerant = FIVE_EVERY_MINUTE.withInconclusiveLimit(1);
        assertThat(assess(tolerant, INCONCLUSIVE)).isEqualTo(RUNNING);
        assertThat(assess(tolerant, INCONCLUSIVE, INCONCLUSIVE)).isEqualTo(INCONCLUSIVE);
    }

    @Test
    void errorAboveConsecutiveErrorLimitOfFour() {
        assertThat(assess(FIVE_EVERY_MINUTE, ERROR, ERROR, ERROR, ERROR)).isEqualTo(RUNNING);
        assertThat(assess(FIVE_EVERY_MINUTE, ERROR, ERROR, ERROR, ERROR, ERROR)).isEqualTo(ERROR);
        assertThat(assess(FIVE_EVERY_MINUTE, ERROR, ERROR, ERROR, ERROR, SUCCESSFUL, ERROR)).as("streak broken")
                .isEqualTo(RUNNING);
        assertThat(assess(FIVE_EVERY_MINUTE.withConsecutiveErrorLimit(0), ERROR)).isEqualTo(ERROR);
    }

    @Test
    void whenSeveralLimitsTripTheLaterCheckWins() {
        MetricSpec metric = FIVE_EVERY_MINUTE.withCount(10);
        assertThat(assess(metric, FAILED, INCONCLUSIVE)).as("Inconclusive over Failed").isEqualTo(INCONCLUSIVE);
        assertThat(assess(metric, FAILED, INCONCLUSIVE, ERROR, ERROR, ERROR, ERROR, ERROR)).as("Error over both")
                .isEqualTo(ERROR);
        assertThat(assess(metric, FAILED, ERROR, ERROR, ERROR, ERROR, ERROR)).as("Error over Failed").isEqualTo(ERROR);
    }

    @Test
    void consecutiveSuccessLimitEndsTheMetricEarly() {
        MetricSpec metric = FIVE_EVERY_MINUTE.withConsecutiveSuccessLimit(2);
        assertThat(assess(metric, SUCCESSFUL)).isEqualTo(RUNNING);
        assertThat(assess(metric, SUCCESSFUL, SUCCESSFUL)).isEqualTo(SUCCESSFUL);
    }

    @Test
    void atCountSuccessfulOrTheConsecutiveSuccessLimitsVerdict() {
        assertThat(assess(FIVE_EVERY_MINUTE, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL)).isEqualTo(RUNNING);
        assertThat(assess(FIVE_EVERY_MINUTE.withFailureLimit(1), SUCCESSFUL, FAILED, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL))
                .as("failures within the limit do not fail at count").isEqualTo(SUCCESSFUL);
        MetricSpec both = FIVE_EVERY_MINUTE.withConsecutiveSuccessLimit(3).withFailureLimit(2);
        assertThat(assess(both, SUCCESSFUL, SUCCESSFUL, FAILED, SUCCESSFUL, SUCCESSFUL))
                .as("success limit not reached, failure limit applies").isEqualTo(INCONCLUSIVE);
        MetricSpec successOnly = FIVE_EVERY_MINUTE.withConsecutiveSuccessLimit(3).withFailureLimit(-1);
        assertThat(assess(successOnly, SUCCESSFUL, SUCCESSFUL, FAILED, SUCCESSFUL, SUCCESSFUL))
                .as("success limit not reached, failure limit disabled").isEqualTo(FAILED);
        assertThat(assess(MetricSpec.named("once"), SUCCESSFUL)).as("no interval: effective count 1")
                .isEqualTo(SUCCESSFUL);
    }

    @Test
    void errorsDoNotCountTowardsTheCount() {
        assertThat(assess(MetricSpec.named("once"), ERROR)).isEqualTo(RUNNING);
    }

    @Test
    void withoutCountItRunsUntilTerminatedThenSucceedsUnlessALimitTripped() {
        MetricSpec background = MetricSpec.named("bg").withInterval(60);
        MetricTally fine = tally(SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL, SUCCESSFUL);
        assertThat(MetricAssessor.assess(background, fine, false).phase()).isEqualTo(RUNNING);
        assertThat(MetricAssessor.assess(background, fine, true).phase()).isEqualTo(SUCCESSFUL);
        assertThat(MetricAssessor.assess(background, tally(SUCCESSFUL, FAILED), true).phase()).isEqualTo(FAILED);
    }

    @Test
    void validationAsArgosValidateMetric() {
        assertThatThrownBy(() -> MetricSpec.named("m").withCount(3)).hasMessage("metric m: interval must be specified when count > 1");
        assertThatThrownBy(() -> MetricSpec.named("m").withFailureLimit(-1))
                .hasMessage("metric m: failureLimit and consecutiveSuccessLimit cannot both be disabled");
        assertThatThrownBy(() -> MetricSpec.named("m").withFailureLimit(-2))
                .hasMessage("metric m: failureLimit must be >= 0, or -1 to be disabled");
        assertThatThrownBy(() -> FIVE_EVERY_MINUTE.withFailureLimit(4).withConsecutiveSuccessLimit(2))
                .hasMessage("metric m: count (5) must be >= failureLimit + consecutiveSuccessLimit (4 + 2) if both >= 0");
        assertThatThrownBy(() -> FIVE_EVERY_MINUTE.withInconclusiveLimit(6)).hasMessage("metric m: count must be >= inconclusiveLimit");
        assertThat(MetricSpec.named("m").effectiveCount()).hasValue(1);
        assertThat(MetricSpec.named("m").withInterval(30).effectiveCount()).isEmpty();
        assertThat(FIVE_EVERY_MINUTE.effectiveCount()).hasValue(5);
    }
}
