package io.cloudmart.sim.model.rollout.canary;

import java.util.Optional;

/**
 * What a rollout machine asks of the cluster at one moment: pods per revision, the new revision's share of traffic,
 * and the status a user would see.
 *
 * @param stepIndex {@code status.currentStepIndex} (steps.size() once all are done; 0 for blue-green)
 * @param newWeight traffic share of the new revision, out of maxTrafficWeight (100 after promotion)
 * @param newReplicas desired pods of the new revision
 * @param oldReplicas desired pods of the old revision
 * @param phase the rollout's phase
 * @param pauseReason set when the phase is Paused
 * @param abortCause set once aborted
 * @param timedOut whether progressDeadlineSeconds has been exceeded (Degraded while true)
 */
public record RolloutState(
        int stepIndex,
        int newWeight,
        int newReplicas,
        int oldReplicas,
        RolloutPhase phase,
        Optional<PauseReason> pauseReason,
        Optional<AbortCause> abortCause,
        boolean timedOut) {
}
