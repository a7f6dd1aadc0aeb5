package io.cloudmart.sim.model.rollout.canary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The canary machine against Argo Rollouts' behaviour ({@code rollout/canary.go}, {@code utils/replicaset/canary.go}). */
class TrafficRoutedCanaryTest {

    private static CanaryStep w(int weight) {
        return new CanaryStep.SetWeight(weight);
    }

    /** Reports as Ready the canary pods the machine asks for now (once: the next step's pods are not given). */
    private static RolloutState settle(TrafficRoutedCanary c, double now) {
        c.canaryPodsReady(c.state().newReplicas(), now);
        return c.state();
    }

    @Test
    void canaryPodsAreCeilOfWeightTimesReplicasAtEveryStep() {
        int[] weights = {5, 10, 25, 33, 41, 50, 75, 99};
        for (int replicas : new int[] {1, 3, 4, 10, 17}) {
            for (int weight : weights) {
                var c = new TrafficRoutedCanary(CanarySpec.withDefaults(replicas,
                        List.of(w(weight), CanaryStep.Pause.indefinite())));
                c.start(0);
                RolloutState s = settle(c, 1);
                int expected = (int) Math.ceil(weight * replicas / 100.0);
                assertEquals(expected, s.newReplicas(), replicas + " replicas at " + weight + "%");
                assertEquals(replicas, s.oldReplicas(), "stable stays full without dynamicStableScale");
                assertEquals(weight, s.newWeight());
                assertEquals(1, s.stepIndex(), "the setWeight step completed, the pause holds");
            }
        }
        // the figures of the brief: 10 replicas at 5 % -> 1 pod, at 41 % -> 5 (basic canary would give 4)
        assertEquals(1, ReplicaMath.trafficWeightToReplicas(10, 5, 100));
        assertEquals(5, ReplicaMath.trafficWeightToReplicas(10, 41, 100));
    }

    @Test
    void weightMovesOnlyOnceTheCanaryPodsAreReady() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(20), w(50), CanaryStep.Pause.indefinite())));
        c.start(0);
        assertEquals(2, c.state().newReplicas());
        assertEquals(0, c.state().newWeight(), "no Ready canary pod: no traffic");
        c.canaryPodsReady(1, 5);
        assertEquals(0, c.state().newWeight(), "1 of 2 Ready: the weight before the first setWeight is kept");
        c.canaryPodsReady(2, 10);
        assertEquals(1, c.state().stepIndex());
        assertEquals(20, c.state().newWeight(), "step 0 done, step 1 asks for 5 pods and holds 20 %");
        assertEquals(5, c.state().newReplicas());
        c.canaryPodsReady(4, 20);
        assertEquals(20, c.state().newWeight());
        c.canaryPodsReady(5, 30);
        assertEquals(50, c.state().newWeight());
        assertEquals(2, c.state().stepIndex());
    }

    @Test
    void pauseWithDurationProceedsAfterIt() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(10), CanaryStep.Pause.forSeconds(60), w(30),
                CanaryStep.Pause.indefinite())));
        c.start(0);
        settle(c, 10);
        assertEquals(1, c.state().stepIndex());
        assertEquals(RolloutPhase.PAUSED, c.state().phase());
        assertEquals(Optional.of(PauseReason.CANARY_PAUSE_STEP), c.state().pauseReason());
        assertEquals(70.0, c.nextDeadline().getAsDouble(), 1e-9);
        c.tick(69.9);
        assertEquals(1, c.state().stepIndex());
        c.tick(70);
        assertEquals(2, c.state().stepIndex());
        assertEquals(RolloutPhase.PROGRESSING, c.state().phase());
        assertEquals(3, c.state().newReplicas());
    }

    @Test
    void indefinitePauseWaitsForPromote() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(4, List.of(w(25), CanaryStep.Pause.indefinite(), w(50))));
        c.start(0);
        settle(c, 1);
        c.tick(1e6);
        assertEquals(1, c.state().stepIndex());
        assertEquals(RolloutPhase.PAUSED, c.state().phase());
        assertTrue(c.nextDeadline().isEmpty(), "nothing but a promote ends it, and a pause has no progress deadline");
        c.promote(2e6);
        assertEquals(2, c.state().stepIndex());
        assertTrue(c.events().contains(new RolloutEvent.Resumed(2e6, PauseReason.CANARY_PAUSE_STEP)));
    }

    @Test
    void analysisStepSuccessfulProceedsInconclusivePausesFailedAndErrorAbort() {
        for (AnalysisPhase phase : AnalysisPhase.values()) {
            if (!phase.completed()) {
                continue;
            }
            var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(20), new CanaryStep.Analysis(), w(60))));
            c.start(0);
            settle(c, 1);
            assertTrue(c.awaitingStepAnalysis());
            c.stepAnalysisFinished(phase, 100);
            RolloutState s = c.state();
            switch (phase) {
                case SUCCESSFUL -> {
                    assertEquals(2, s.stepIndex());
                    assertEquals(RolloutPhase.PROGRESSING, s.phase());
                }
                case INCONCLUSIVE -> {
                    assertEquals(1, s.stepIndex());
                    assertEquals(RolloutPhase.PAUSED, s.phase());
                    assertEquals(Optional.of(PauseReason.INCONCLUSIVE_ANALYSIS), s.pauseReason());
                    c.promote(200);
                    assertEquals(2, c.state().stepIndex(), "promote on an inconclusive pause moves to the next step");
                }
                default -> {
                    assertEquals(RolloutPhase.DEGRADED, s.phase());
                    assertEquals(Optional.of(AbortCause.STEP_ANALYSIS), s.abortCause());
                    assertEquals(0, s.newWeight());
                    assertTrue(c.events().contains(new RolloutEvent.Aborted(100, AbortCause.STEP_ANALYSIS, Optional.of(phase))));
                }
            }
        }
    }

    @Test
    void backgroundAnalysisFailedAbortsAtAnyStepFromStartingStep() {
        List<CanaryStep> steps = List.of(w(10), CanaryStep.Pause.forSeconds(30), w(40), CanaryStep.Pause.forSeconds(30), w(80));
        for (int failAt = 0; failAt < steps.size(); failAt++) {
            var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, steps).withBackgroundAnalysis(2));
            c.start(0);
            double t = 0;
            while (c.state().stepIndex() < failAt) {
                t += 31;
                settle(c, t);
                c.tick(t);
            }
            assertEquals(failAt >= 2, c.backgroundAnalysisRunning(), "startingStep 2, at step " + failAt);
            if (failAt >= 2) {
                c.backgroundAnalysis(AnalysisPhase.FAILED, t);
                assertEquals(Optional.of(AbortCause.BACKGROUND_ANALYSIS), c.state().abortCause());
                assertEquals(0, c.state().newWeight());
                assertFalse(c.backgroundAnalysisRunning());
            }
        }
    }

    @Test
    void abortSendsWeightToZeroAtOnceAndScalesTheCanaryDownAfterTheDelay() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(40), CanaryStep.Pause.indefinite())));
        c.start(0);
        settle(c, 5);
        assertEquals(40, c.state().newWeight());
        c.abort(100);
        RolloutState s = c.state();
        assertEquals(0, s.newWeight(), "weight back to 0 at once");
        assertEquals(4, s.newReplicas(), "the canary stays up until abortScaleDownDelaySeconds");
        assertEquals(10, s.oldReplicas());
        assertEquals(0, s.stepIndex(), "currentStepIndex reset to 0 on abort");
        assertEquals(RolloutPhase.DEGRADED, s.phase());
        assertEquals(100 + RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS, c.nextDeadline().getAsDouble(), 1e-9);
        c.tick(129.99);
        assertEquals(4, c.state().newReplicas());
        c.tick(130);
        assertEquals(0, c.state().newReplicas());
        assertTrue(c.events().contains(new RolloutEvent.RevisionScaledDown(130, Revision.NEW)));
        c.promote(200);
        assertEquals(RolloutPhase.DEGRADED, c.state().phase(), "promote does not clear an abort");
    }

    @Test
    void promotionAfterTheLastStepThenOldStableGoesAfterScaleDownDelay() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(5, List.of(w(20), w(60))));
        c.start(0);
        c.canaryPodsReady(1, 1);
        assertEquals(1, c.state().stepIndex());
        c.canaryPodsReady(3, 2);
        assertEquals(2, c.state().stepIndex());
        assertEquals(5, c.state().newReplicas(), "past the last step the canary scales to spec.replicas");
        assertEquals(60, c.state().newWeight(), "and keeps the last weight until those pods are Ready");
        assertEquals(RolloutPhase.PROGRESSING, c.state().phase());
        c.canaryPodsReady(5, 50);
        RolloutState s = c.state();
        assertEquals(RolloutPhase.HEALTHY, s.phase());
        assertEquals(100, s.newWeight());
        assertEquals(5, s.oldReplicas());
        assertTrue(c.events().contains(new RolloutEvent.Promoted(50)));
        c.tick(79);
        assertEquals(5, c.state().oldReplicas());
        c.tick(80);
        assertEquals(0, c.state().oldReplicas());
    }

    @Test
    void dynamicStableScaleShrinksStableOnlyAfterTrafficLeft() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(30), w(70), CanaryStep.Pause.indefinite()))
                .withDynamicStableScale(true));
        c.start(0);
        assertEquals(3, c.state().newReplicas());
        assertEquals(10, c.state().oldReplicas(), "weight still 0: stable keeps all pods");
        c.canaryPodsReady(3, 1);
        // step 1 asks 70 %: stable = max(ceil(30 % x 10), ceil((100 - 30) % x 10)) = 7 while 30 % is sent
        assertEquals(30, c.state().newWeight());
        assertEquals(7, c.state().newReplicas());
        assertEquals(7, c.state().oldReplicas());
        c.stablePodsReady(7, 2);
        c.canaryPodsReady(7, 3);
        assertEquals(70, c.state().newWeight());
        assertEquals(3, c.state().oldReplicas(), "ceil(30 % x 10)");
        // abort with dynamicStableScale and no explicit delay: weight steps back as stable pods return
        c.stablePodsReady(3, 4);
        c.abort(10);
        assertEquals(70, c.state().newWeight(), "stable has 3 Ready: 70 % cannot go back yet");
        assertEquals(7, c.state().oldReplicas(), "stable grows for the next lower step (30 %)");
        c.stablePodsReady(7, 20);
        assertEquals(30, c.state().newWeight());
        assertEquals(3, c.state().newReplicas());
        c.canaryPodsReady(3, 21);
        assertEquals(10, c.state().oldReplicas());
        c.stablePodsReady(10, 30);
        assertEquals(0, c.state().newWeight());
        assertEquals(0, c.state().newReplicas());
    }

    @Test
    void dynamicStableScaleScalesOldStableDownAtPromotion() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(4, List.of(w(50))).withDynamicStableScale(true));
        c.start(0);
        c.canaryPodsReady(2, 1);
        c.stablePodsReady(2, 2);
        c.canaryPodsReady(4, 3);
        assertEquals(RolloutPhase.HEALTHY, c.state().phase());
        assertEquals(0, c.state().oldReplicas(), "no scaleDownDelay with dynamicStableScale");
    }

    @Test
    void progressDeadlineMarksTimedOutAndAbortsOnlyWhenAsked() {
        for (boolean abort : new boolean[] {false, true}) {
            var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(20), CanaryStep.Pause.indefinite()))
                    .withProgressDeadline(600, abort));
            c.start(0);
            c.canaryPodsReady(1, 100); // 1 of 2, then stuck
            c.tick(699);
            assertEquals(RolloutPhase.PROGRESSING, c.state().phase());
            c.tick(700);
            assertTrue(c.state().timedOut());
            assertEquals(RolloutPhase.DEGRADED, c.state().phase());
            assertEquals(abort, c.state().abortCause().isPresent());
            assertTrue(c.events().contains(new RolloutEvent.ProgressDeadlineExceeded(700)));
        }
    }

    @Test
    void pauseAndAnalysisStepsDoNotTimeOut() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(w(10), new CanaryStep.Analysis(),
                CanaryStep.Pause.forSeconds(3600))));
        c.start(0);
        settle(c, 1);
        c.tick(5000);
        assertFalse(c.state().timedOut());
        c.stepAnalysisFinished(AnalysisPhase.SUCCESSFUL, 5000);
        c.tick(5000 + 3599);
        assertFalse(c.state().timedOut());
        assertEquals(2, c.state().stepIndex());
    }

    @Test
    void setCanaryScaleDecouplesPodsFromWeight() {
        var c = new TrafficRoutedCanary(CanarySpec.withDefaults(10, List.of(
                new CanaryStep.SetCanaryScale(new CanaryScale.Replicas(3)), w(10), CanaryStep.Pause.indefinite(),
                new CanaryStep.SetCanaryScale(new CanaryScale.MatchTrafficWeight()), CanaryStep.Pause.indefinite())));
        c.start(0);
        assertEquals(3, c.state().newReplicas());
        settle(c, 1);
        assertEquals(2, c.state().stepIndex());
        assertEquals(3, c.state().newReplicas(), "an explicit count holds through later setWeight steps");
        assertEquals(10, c.state().newWeight());
        c.promote(2);
        assertEquals(1, c.state().newReplicas(), "matchTrafficWeight: back to ceil(10 % x 10)");
    }

    /**
     * An HPA over the Rollout changes spec.replicas mid-update: both revisions follow the replica math of the new
     * value at once (canary ceil(weight x replicas / 100); stable all of it, or the rest with dynamicStableScale),
     * and the promotion waits for the new count of canary pods.
     */
    @Test
    void replicasWrittenByAnHpaAreSplitByTheCanaryMath() {
        for (boolean dynamic : new boolean[] {false, true}) {
            var c = new TrafficRoutedCanary(CanarySpec.withDefaults(5, List.of(w(20), CanaryStep.Pause.indefinite(),
                    w(50), CanaryStep.Pause.indefinite())).withDynamicStableScale(dynamic));
            c.start(0);
            settle(c, 1);
            c.stablePodsReady(dynamic ? 4 : 5, 1);
            assertEquals(1, c.state().newReplicas());
            c.replicasChanged(12, 10);
            assertEquals(12, c.replicas());
            assertEquals(3, c.state().newReplicas(), "ceil(20 % x 12)");
            assertEquals(dynamic ? 10 : 12, c.state().oldReplicas(), dynamic ? "ceil(80 % x 12)" : "stable at spec.replicas");
            c.promote(20);
            assertEquals(6, c.state().newReplicas(), "ceil(50 % x 12)");
            c.replicasChanged(7, 30);
            assertEquals(4, c.state().newReplicas(), "ceil(50 % x 7)");
            assertEquals(dynamic ? 6 : 7, c.state().oldReplicas(),
                    "dynamic: ceil(80 % x 7), as 20 % still goes to the canary until its 4 pods are Ready");
            c.canaryPodsReady(4, 31);
            c.promote(40);
            assertEquals(4, c.state().stepIndex());
            c.canaryPodsReady(6, 41);
            assertFalse(c.state().phase() == RolloutPhase.HEALTHY, "6 of 7 Ready: not fully promoted");
            c.canaryPodsReady(7, 42);
            assertEquals(RolloutPhase.HEALTHY, c.state().phase());
            assertEquals(7, c.state().newReplicas());
        }
    }
}
