package io.cloudmart.sim.model.rollout.canary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The blue-green machine against {@code docs/features/bluegreen.md} and {@code rollout/bluegreen.go}. */
class BlueGreenRolloutTest {

    @Test
    void previewRunsSpecReplicasBesideActiveThenAllTrafficSwitchesAtOnce() {
        var bg = new BlueGreenRollout(BlueGreenSpec.withDefaults(6));
        bg.start(0);
        assertEquals(6, bg.state().newReplicas(), "preview stack = spec.replicas");
        assertEquals(6, bg.state().oldReplicas(), "active stack untouched");
        bg.previewPodsReady(5, 10);
        assertEquals(0, bg.state().newWeight(), "no traffic before the whole preview is Ready");
        bg.previewPodsReady(6, 20);
        assertEquals(100, bg.state().newWeight(), "switch moves all traffic at once");
        assertEquals(RolloutPhase.HEALTHY, bg.state().phase());
        assertTrue(bg.events().contains(new RolloutEvent.WeightSet(20, 0, 100)));
        bg.tick(49);
        assertEquals(6, bg.state().oldReplicas());
        bg.tick(50);
        assertEquals(0, bg.state().oldReplicas(), "old active gone scaleDownDelaySeconds (30) after the switch");
    }

    @Test
    void autoPromotionDisabledWaitsForPromote() {
        var bg = new BlueGreenRollout(BlueGreenSpec.withDefaults(3).withAutoPromotion(false, 0));
        bg.start(0);
        bg.previewPodsReady(3, 5);
        bg.tick(1e5);
        assertEquals(RolloutPhase.PAUSED, bg.state().phase());
        assertEquals(Optional.of(PauseReason.BLUE_GREEN_PAUSE), bg.state().pauseReason());
        bg.promote(2e5);
        assertEquals(100, bg.state().newWeight());
    }

    @Test
    void autoPromotionSecondsPromotesAfterThePause() {
        var bg = new BlueGreenRollout(BlueGreenSpec.withDefaults(3).withAutoPromotion(true, 120));
        bg.start(0);
        bg.previewPodsReady(3, 5);
        bg.tick(124);
        assertEquals(0, bg.state().newWeight());
        bg.tick(125);
        assertEquals(100, bg.state().newWeight());
    }

    @Test
    void prePromotionAnalysisGatesTheSwitchAndFailureAborts() {
        var ok = new BlueGreenRollout(BlueGreenSpec.withDefaults(4).withPrePromotionAnalysis());
        ok.start(0);
        ok.previewPodsReady(4, 10);
        assertTrue(ok.awaitingPrePromotionAnalysis());
        assertEquals(0, ok.state().newWeight());
        ok.prePromotionAnalysisFinished(AnalysisPhase.INCONCLUSIVE, 60);
        assertEquals(Optional.of(PauseReason.INCONCLUSIVE_ANALYSIS), ok.state().pauseReason());
        ok.promote(70);
        assertTrue(ok.awaitingPrePromotionAnalysis(), "promote after Inconclusive starts a new run");
        ok.prePromotionAnalysisFinished(AnalysisPhase.SUCCESSFUL, 130);
        assertEquals(100, ok.state().newWeight());

        var bad = new BlueGreenRollout(BlueGreenSpec.withDefaults(4).withPrePromotionAnalysis());
        bad.start(0);
        bad.previewPodsReady(4, 10);
        bad.prePromotionAnalysisFinished(AnalysisPhase.FAILED, 60);
        assertEquals(RolloutPhase.DEGRADED, bad.state().phase());
        assertEquals(0, bad.state().newWeight(), "active stays on the old stack");
        assertEquals(4, bad.state().oldReplicas());
        bad.tick(89);
        assertEquals(4, bad.state().newReplicas());
        bad.tick(90);
        assertEquals(0, bad.state().newReplicas(), "preview gone abortScaleDownDelaySeconds (30) after the abort");
    }

    @Test
    void previewReplicaCountScalesUpToSpecReplicasBeforeTheSwitch() {
        var bg = new BlueGreenRollout(BlueGreenSpec.withDefaults(10).withPreviewReplicaCount(2).withAutoPromotion(false, 0));
        bg.start(0);
        assertEquals(2, bg.state().newReplicas());
        bg.previewPodsReady(2, 5);
        bg.promote(10);
        assertEquals(10, bg.state().newReplicas());
        assertEquals(0, bg.state().newWeight(), "the switch waits for spec.replicas Ready");
        bg.previewPodsReady(10, 40);
        assertEquals(100, bg.state().newWeight());
    }
}
