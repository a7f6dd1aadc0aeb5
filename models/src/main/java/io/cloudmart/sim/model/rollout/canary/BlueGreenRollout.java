package io.cloudmart.sim.model.rollout.canary;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Argo Rollouts' blue-green strategy as a pure state machine ({@code rollout/bluegreen.go},
 * {@code rollout/service.go}). The preview stack (new revision, behind previewService) is scaled up beside the
 * active one; once it is Ready, the optional pre-promotion analysis has passed and any pause has ended, the
 * activeService selector switches and all traffic moves at once. The old stack is scaled down
 * scaleDownDelaySeconds later.
 */
public final class BlueGreenRollout {
    private final BlueGreenSpec spec;
    private final List<RolloutEvent> events = new ArrayList<>();

    private boolean started;
    private final InputClock clock = new InputClock();
    private int newReady;
    private AnalysisPhase prePromotion;
    private PauseReason pauseReason;
    private double pauseStart = Double.NaN;
    private boolean pauseDone;
    private boolean switched;
    private final DelayedScaleDown oldScaleDown = new DelayedScaleDown(Revision.OLD);
    private AbortCause abortCause;
    private final DelayedScaleDown newScaleDown = new DelayedScaleDown(Revision.NEW);

    public BlueGreenRollout(BlueGreenSpec spec) {
        this.spec = spec;
    }

    public void start(double now) {
        clock.advance(now);
        started = true;
        reconcile(now);
    }

    public void tick(double now) {
        clock.advance(now);
        reconcile(now);
    }

    /** Ready pods of the new (preview) revision. */
    public void previewPodsReady(int ready, double now) {
        clock.advance(now);
        newReady = ready;
        reconcile(now);
    }

    /** The pre-promotion AnalysisRun finished: Failed or Error aborts, Inconclusive pauses. */
    public void prePromotionAnalysisFinished(AnalysisPhase phase, double now) {
        clock.advance(now);
        if (!awaitingPrePromotionAnalysis()) {
            throw new IllegalStateException("no pre-promotion analysis is waiting for a result");
        }
        if (!phase.completed()) {
            throw new IllegalArgumentException("a finished analysis has a completed phase, got " + phase);
        }
        prePromotion = phase;
        reconcile(now);
    }

    /**
     * {@code kubectl argo rollouts promote}: clears the pause. After an Inconclusive pre-promotion run a new run is
     * started ({@code needsNewAnalysisRun} in {@code rollout/analysis.go}). Ignored when not paused.
     */
    public void promote(double now) {
        clock.advance(now);
        if (pauseReason == null) {
            return;
        }
        events.add(new RolloutEvent.Resumed(now, pauseReason));
        if (pauseReason == PauseReason.INCONCLUSIVE_ANALYSIS) {
            prePromotion = null;
        } else {
            pauseDone = true;
        }
        pauseReason = null;
        reconcile(now);
    }

    public void abort(double now) {
        clock.advance(now);
        if (started && !switched && abortCause == null) {
            abort(AbortCause.USER, Optional.empty(), now);
        }
        reconcile(now);
    }

    public RolloutState state() {
        RolloutPhase phase = switched ? RolloutPhase.HEALTHY
                : abortCause != null ? RolloutPhase.DEGRADED
                : pauseReason != null ? RolloutPhase.PAUSED
                : RolloutPhase.PROGRESSING;
        return new RolloutState(0, switched ? RolloutDefaults.MAX_TRAFFIC_WEIGHT : 0, desiredNewReplicas(),
                oldScaleDown.done() ? 0 : spec.replicas(), phase, Optional.ofNullable(pauseReason),
                Optional.ofNullable(abortCause), false);
    }

    public List<RolloutEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Whether the preview is Ready and the pre-promotion run should be running now. */
    public boolean awaitingPrePromotionAnalysis() {
        return started && abortCause == null && !switched && spec.prePromotionAnalysis() && prePromotion == null
                && pauseReason == null && previewReady();
    }

    private void reconcile(double now) {
        if (!started) {
            return;
        }
        if (abortCause != null) {
            newScaleDown.fireIfDue(now, events);
            return;
        }
        if (switched) {
            oldScaleDown.fireIfDue(now, events);
            return;
        }
        if (!previewReady() || !prePromotionCompleted(now) || !pauseCompleted(now)) {
            return;
        }
        // previewReplicaCount: the preview grows to spec.replicas before the switch (calculateScaleUpPreviewCheckPoint)
        if (newReady < spec.replicas()) {
            return;
        }
        switched = true;
        events.add(new RolloutEvent.ActiveSwitched(now));
        events.add(new RolloutEvent.WeightSet(now, 0, RolloutDefaults.MAX_TRAFFIC_WEIGHT));
        events.add(new RolloutEvent.Promoted(now));
        oldScaleDown.schedule(now + spec.scaleDownDelaySeconds());
        reconcile(now);
    }

    /** {@code ReadyForPause}: the preview has its desired pods available. */
    private boolean previewReady() {
        return newReady >= spec.previewReplicaCount().orElse(spec.replicas());
    }

    private boolean prePromotionCompleted(double now) {
        if (!spec.prePromotionAnalysis()) {
            return true;
        }
        if (prePromotion == null) {
            return false;
        }
        switch (prePromotion) {
            case SUCCESSFUL -> {
                return true;
            }
            case INCONCLUSIVE -> pause(PauseReason.INCONCLUSIVE_ANALYSIS, now);
            case FAILED, ERROR -> abort(AbortCause.PRE_PROMOTION_ANALYSIS, Optional.of(prePromotion), now);
            default -> throw new IllegalStateException("unfinished phase recorded: " + prePromotion);
        }
        return false;
    }

    /** {@code reconcileBlueGreenPause}: paused only when autoPromotionEnabled is false or autoPromotionSeconds set. */
    private boolean pauseCompleted(double now) {
        if (!spec.pausesBeforeSwitch() || pauseDone) {
            return true;
        }
        if (Double.isNaN(pauseStart)) {
            pauseStart = now;
            pause(PauseReason.BLUE_GREEN_PAUSE, now);
        }
        if (spec.autoPromotionEnabled() && now >= pauseStart + spec.autoPromotionSeconds()) {
            events.add(new RolloutEvent.Resumed(now, pauseReason));
            pauseReason = null;
            pauseDone = true;
            return true;
        }
        return false;
    }

    private int desiredNewReplicas() {
        if (!started || newScaleDown.done()) {
            return 0;
        }
        boolean beforeSwitchPoint = !switched && abortCause == null
                && !(previewReady() && prePromotionPassed() && (pauseDone || !spec.pausesBeforeSwitch()));
        return beforeSwitchPoint ? spec.previewReplicaCount().orElse(spec.replicas()) : spec.replicas();
    }

    private boolean prePromotionPassed() {
        return !spec.prePromotionAnalysis() || prePromotion == AnalysisPhase.SUCCESSFUL;
    }

    /** The active service stays on the old stack; the preview goes after abortScaleDownDelaySeconds (0 = never). */
    private void abort(AbortCause cause, Optional<AnalysisPhase> phase, double now) {
        abortCause = cause;
        pauseReason = null;
        events.add(new RolloutEvent.Aborted(now, cause, phase));
        if (spec.abortScaleDownDelaySeconds() > 0) {
            newScaleDown.schedule(now + spec.abortScaleDownDelaySeconds());
        }
    }

    private void pause(PauseReason reason, double now) {
        if (pauseReason != reason) {
            pauseReason = reason;
            events.add(new RolloutEvent.Paused(now, reason));
        }
    }
}
