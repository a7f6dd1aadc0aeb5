package io.cloudmart.sim.model.rollout.canary;

/** Why a rollout was aborted (the callers of {@code pauseContext.AddAbort} in {@code rollout/}). */
public enum AbortCause {
    /** Step analysis Failed or Error ({@code reconcileStepBasedAnalysisRun}, {@code rollout/analysis.go}). */
    STEP_ANALYSIS,
    /** Background analysis Failed or Error ({@code reconcileBackgroundAnalysisRun}). */
    BACKGROUND_ANALYSIS,
    /** Blue-green pre-promotion analysis Failed or Error. */
    PRE_PROMOTION_ANALYSIS,
    /** {@code progressDeadlineAbort: true} and the deadline passed ({@code evaluateProgressDeadlineAbort}, {@code rollout/sync.go}). */
    PROGRESS_DEADLINE,
    /** {@code kubectl argo rollouts abort}. */
    USER
}
