package io.cloudmart.sim.model.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argo's phase order, best to worst: Successful < Running < Pending < Inconclusive < Error < Failed. */
class AnalysisPhaseTest {
    @Test
    void theWorstPhaseWinsInArgosOrder() {
        assertThat(AnalysisPhase.worst(AnalysisPhase.SUCCESSFUL, AnalysisPhase.RUNNING)).isEqualTo(AnalysisPhase.RUNNING);
        assertThat(AnalysisPhase.worst(AnalysisPhase.PENDING, AnalysisPhase.RUNNING)).isEqualTo(AnalysisPhase.PENDING);
        assertThat(AnalysisPhase.worst(AnalysisPhase.INCONCLUSIVE, AnalysisPhase.ERROR)).isEqualTo(AnalysisPhase.ERROR);
        assertThat(AnalysisPhase.worst(AnalysisPhase.FAILED, AnalysisPhase.ERROR)).isEqualTo(AnalysisPhase.FAILED);
        assertThat(AnalysisPhase.worst(AnalysisPhase.SUCCESSFUL, AnalysisPhase.INCONCLUSIVE))
                .isEqualTo(AnalysisPhase.INCONCLUSIVE);
    }

    @Test
    void onlyRunningAndPendingAreNotCompleted() {
        assertThat(AnalysisPhase.RUNNING.completed()).isFalse();
        assertThat(AnalysisPhase.PENDING.completed()).isFalse();
        assertThat(AnalysisPhase.SUCCESSFUL.completed()).isTrue();
        assertThat(AnalysisPhase.FAILED.fieldValue()).isEqualTo("Failed");
    }
}
