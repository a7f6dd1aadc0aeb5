package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.model.rollout.ReleaseFigures;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;
import io.cloudmart.sim.model.rollout.canary.RolloutPhase;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.service.VersionMetrics;

/** How a rollout went, from its machine's events and last state: the same reading for a canary and a blue-green. */
final class RolloutSummaries {
    private RolloutSummaries() {
    }

    /**
     * @param startedAt           when the update began; NaN if it has not
     * @param lastAnalysisMessage the message of the last finished AnalysisRun ("" if none), part of an abort's why
     */
    static RolloutSummary of(RolloutConfig config, double startedAt, List<RolloutEvent> events, RolloutState state,
                             String lastAnalysisMessage, List<RolloutSummary.Measurement> measurements,
                             VersionMetrics versionMetrics, ReleaseFigures release,
                             RolloutSummary.Timeline timeline) {
        List<RolloutSummary.StepStart> steps = new ArrayList<>();
        double promotedAt = Double.NaN;
        double abortedAt = Double.NaN;
        double pausedAt = Double.NaN;
        for (RolloutEvent event : events) {
            if (event instanceof RolloutEvent.StepStarted s) {
                steps.add(new RolloutSummary.StepStart(s.stepIndex(), s.at()));
            } else if (event instanceof RolloutEvent.Promoted p) {
                promotedAt = p.at();
            } else if (event instanceof RolloutEvent.Aborted a) {
                abortedAt = a.at();
            } else if (event instanceof RolloutEvent.Paused p) {
                pausedAt = p.at();
            }
        }
        RolloutOutcome outcome;
        double at;
        String why = "";
        if (Double.isNaN(startedAt)) {
            outcome = RolloutOutcome.NOT_STARTED;
            at = Double.NaN;
        } else if (!Double.isNaN(promotedAt)) {
            outcome = RolloutOutcome.PROMOTED;
            at = promotedAt;
        } else if (state.abortCause().isPresent()) {
            outcome = RolloutOutcome.ABORTED;
            at = abortedAt;
            why = state.abortCause().get().name() + (lastAnalysisMessage.isEmpty() ? "" : ": " + lastAnalysisMessage);
        } else if (state.phase() == RolloutPhase.PAUSED) {
            outcome = RolloutOutcome.PAUSED;
            at = pausedAt;
            why = state.pauseReason().map(r -> r.fieldValue()).orElse("");
        } else {
            outcome = RolloutOutcome.PROGRESSING;
            at = Double.NaN;
        }
        return new RolloutSummary(config.name(), outcome, at, why, steps, measurements,
                versionMetrics.totalRequests(config.canaryVersion()), versionMetrics.totalErrors(config.canaryVersion()),
                config.strategy(), release, timeline, startedAt);
    }

    /** Whether the release is decided: the new version promoted, or the rollout aborted. */
    static boolean decided(RolloutState state) {
        return state.phase() == RolloutPhase.HEALTHY || state.abortCause().isPresent();
    }
}
