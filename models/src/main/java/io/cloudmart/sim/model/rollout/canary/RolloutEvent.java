package io.cloudmart.sim.model.rollout.canary;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.Optional;

/**
 * What a rollout machine did and when, for the journal. The names follow the Kubernetes events the controller
 * records ({@code RolloutStepCompleted}, {@code TrafficWeightUpdated}, {@code RolloutPaused}, {@code RolloutAborted},
 * {@code RolloutCompleted}, {@code ProgressDeadlineExceeded} in {@code utils/conditions/conditions.go}).
 */
public sealed interface RolloutEvent {
    /** Simulation time in seconds. */
    double at();

    record StepStarted(double at, int stepIndex, CanaryStep step) implements RolloutEvent {
    }

    record StepCompleted(double at, int stepIndex) implements RolloutEvent {
    }

    /** The share of traffic sent to the new revision changed. */
    record WeightSet(double at, int fromWeight, int toWeight) implements RolloutEvent {
    }

    record Paused(double at, PauseReason reason) implements RolloutEvent {
    }

    /** A promote (or a pause duration running out) cleared a pause. */
    record Resumed(double at, PauseReason reason) implements RolloutEvent {
    }

    /** The new revision became stable (canary: all steps done; blue-green: active switched). */
    record Promoted(double at) implements RolloutEvent {
    }

    /** The active service now selects the new revision (blue-green): all traffic moves at once. */
    record ActiveSwitched(double at) implements RolloutEvent {
    }

    /** The run whose phase is the reason, when an analysis aborted the rollout. */
    record Aborted(double at, AbortCause cause, Optional<AnalysisPhase> phase) implements RolloutEvent {
    }

    /** No progress for longer than progressDeadlineSeconds. */
    record ProgressDeadlineExceeded(double at) implements RolloutEvent {
    }

    /** A revision was scaled to zero after its delay: the new one after an abort, the old one after promotion. */
    record RevisionScaledDown(double at, Revision revision) implements RolloutEvent {
    }
}
