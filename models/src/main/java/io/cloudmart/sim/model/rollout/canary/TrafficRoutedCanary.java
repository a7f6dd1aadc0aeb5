package io.cloudmart.sim.model.rollout.canary;

import io.cloudmart.sim.model.rollout.AnalysisPhase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Argo Rollouts' canary strategy with a traffic router, as a pure state machine driven by timed inputs.
 *
 * <p>Each input runs one "reconcile" in the order {@code rolloutCanary} in {@code rollout/canary.go} does: traffic
 * first ({@code reconcileTrafficRouting}, {@code rollout/trafficrouting.go}), then replica counts
 * ({@code CalculateReplicaCountsForTrafficRoutedCanary}, {@code utils/replicaset/canary.go}), then step completion
 * ({@code completedCurrentCanaryStep}). Completed steps are chained within the same instant, since the controller
 * requeues at once. Times are simulation seconds; a deadline is reached when {@code now >= deadline} (the
 * controller's strict {@code After} differs only on a set of measure zero).
 *
 * <p>The caller reports Ready pods of each revision; the machine answers with desired pods and weights
 * ({@link #state()}) and a journal ({@link #events()}).
 */
public final class TrafficRoutedCanary {
    private final CanarySpec spec;
    private final List<CanaryStep> steps;
    /** {@code spec.replicas}: from the spec, then whatever an HPA over the Rollout writes ({@link #replicasChanged}). */
    private int replicas;
    private final int maxWeight;
    private final List<RolloutEvent> events = new ArrayList<>();

    private boolean started;
    private final InputClock clock = new InputClock();
    private int stepIndex;
    private int weight;
    private int newReady;
    private int oldReady;
    private double lastProgress;
    private boolean timedOut;
    private PauseReason pauseReason;
    private double pauseStart = Double.NaN;
    private AnalysisPhase stepAnalysis;

    private AbortCause abortCause;
    private int newReplicasAtAbort;
    private final DelayedScaleDown newScaleDown = new DelayedScaleDown(Revision.NEW);

    private boolean promoted;
    private final DelayedScaleDown oldScaleDown = new DelayedScaleDown(Revision.OLD);

    public TrafficRoutedCanary(CanarySpec spec) {
        this.spec = spec;
        this.steps = spec.steps();
        this.replicas = spec.replicas();
        this.maxWeight = spec.maxTrafficWeight();
        this.oldReady = replicas;
    }

    // ---------------------------------------------------------------- inputs

    /** The update begins: {@code spec.template} changed, the stable revision is fully Ready. */
    public void start(double now) {
        clock.advance(now);
        if (started) {
            throw new IllegalStateException("canary already started");
        }
        started = true;
        lastProgress = now;
        announceStep(now);
        reconcile(now);
    }

    /** Time passed: pause durations, scale-down delays and the progress deadline are checked. */
    public void tick(double now) {
        clock.advance(now);
        reconcile(now);
    }

    /** Ready (available) pods of the new revision. */
    public void canaryPodsReady(int ready, double now) {
        clock.advance(now);
        if (ready > newReady) {
            progress(now);
        }
        newReady = ready;
        reconcile(now);
    }

    /** Ready (available) pods of the old revision; starts at spec.replicas. Matters with dynamicStableScale. */
    public void stablePodsReady(int ready, double now) {
        clock.advance(now);
        if (ready > oldReady) {
            progress(now);
        }
        oldReady = ready;
        reconcile(now);
    }

    /**
     * {@code spec.replicas} changed: an HPA whose {@code scaleTargetRef} is the Rollout wrote it through the scale
     * subresource. The replica math reads the live value ({@code CalculateReplicaCountsForTrafficRoutedCanary} takes
     * {@code rollout.Spec.Replicas} on every reconcile), so both revisions follow at once: the canary to
     * {@code ceil(weight × replicas / 100)}, the stable to the rest or all of it.
     */
    public void replicasChanged(int newReplicas, double now) {
        clock.advance(now);
        if (newReplicas < 1) {
            throw new IllegalArgumentException("a Rollout's replicas must be >= 1, got " + newReplicas);
        }
        replicas = newReplicas;
        reconcile(now);
    }

    /** The current analysis step's AnalysisRun completed with {@code phase}. */
    public void stepAnalysisFinished(AnalysisPhase phase, double now) {
        clock.advance(now);
        if (!awaitingStepAnalysis()) {
            throw new IllegalStateException("no analysis step is waiting for a result (step " + stepIndex + ")");
        }
        if (!phase.completed()) {
            throw new IllegalArgumentException("a finished analysis has a completed phase, got " + phase);
        }
        stepAnalysis = phase;
        reconcile(now);
    }

    /**
     * The background AnalysisRun is now {@code phase}. Failed or Error aborts, Inconclusive pauses
     * ({@code reconcileBackgroundAnalysisRun}, {@code rollout/analysis.go}).
     */
    public void backgroundAnalysis(AnalysisPhase phase, double now) {
        clock.advance(now);
        if (!backgroundAnalysisRunning()) {
            throw new IllegalStateException("no background analysis runs at step " + stepIndex);
        }
        switch (phase) {
            case INCONCLUSIVE -> pause(PauseReason.INCONCLUSIVE_ANALYSIS, now);
            case FAILED, ERROR -> abort(AbortCause.BACKGROUND_ANALYSIS, Optional.of(phase), now);
            case SUCCESSFUL, RUNNING, PENDING -> {
                // a passing or unfinished run lets the steps go on
            }
        }
        reconcile(now);
    }

    /**
     * {@code kubectl argo rollouts promote} without flags ({@code getPatches} in
     * {@code pkg/kubectl-argo-rollouts/cmd/promote/promote.go}): clears a pause and moves past the current step
     * (a pause step completes, an inconclusive step is skipped, a step still in progress is skipped). Ignored once
     * aborted (the patch does not clear the abort; {@code retry} would) or promoted.
     */
    public void promote(double now) {
        clock.advance(now);
        if (!started || aborted() || promoted) {
            return;
        }
        if (pauseReason != null) {
            resume(now);
        }
        if (stepIndex < steps.size()) {
            completeStep(now);
        }
        reconcile(now);
    }

    /** {@code kubectl argo rollouts abort}. */
    public void abort(double now) {
        clock.advance(now);
        if (!started || aborted() || promoted) {
            return;
        }
        abort(AbortCause.USER, Optional.empty(), now);
        reconcile(now);
    }

    // ---------------------------------------------------------------- outputs

    public RolloutState state() {
        return new RolloutState(stepIndex, weight, desiredNewReplicas(), desiredOldReplicas(), phase(),
                Optional.ofNullable(pauseReason), Optional.ofNullable(abortCause), timedOut);
    }

    /** {@code spec.replicas} as the machine now uses it. */
    public int replicas() {
        return replicas;
    }

    public List<RolloutEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Whether the current step is an analysis step whose run has not reported a result: the caller runs it now. */
    public boolean awaitingStepAnalysis() {
        return started && !aborted() && !promoted && pauseReason == null && stepIndex < steps.size()
                && steps.get(stepIndex) instanceof CanaryStep.Analysis && stepAnalysis == null;
    }

    /**
     * Whether the background analysis runs: configured, not before {@code startingStep} ({@code BeforeStartingStep}),
     * and the update neither aborted nor fully promoted.
     */
    public boolean backgroundAnalysisRunning() {
        return started && !aborted() && !promoted && spec.backgroundAnalysis()
                .map(b -> stepIndex >= b.startingStep()).orElse(false);
    }

    /** The next time a {@link #tick} could change something (a pause ending, a delay or deadline passing). */
    public OptionalDouble nextDeadline() {
        double next = Double.POSITIVE_INFINITY;
        if (started && !Double.isNaN(pauseStart) && currentStep() instanceof CanaryStep.Pause p
                && p.durationSeconds().isPresent()) {
            next = Math.min(next, pauseStart + p.durationSeconds().getAsDouble());
        }
        next = Math.min(next, newScaleDown.dueAt());
        next = Math.min(next, oldScaleDown.dueAt());
        if (deadlineApplies()) {
            next = Math.min(next, lastProgress + spec.progressDeadlineSeconds());
        }
        return next == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(next);
    }

    // ---------------------------------------------------------------- reconcile

    private void reconcile(double now) {
        if (!started) {
            return;
        }
        if (promoted) {
            scaleDownOldWhenDue(now);
            return;
        }
        if (aborted()) {
            reconcileAbort(now);
            return;
        }
        while (!aborted() && !promoted) {
            reconcileTraffic(now);
            if (pauseReason == PauseReason.INCONCLUSIVE_ANALYSIS) {
                break; // an inconclusive run holds the rollout until a promote
            }
            if (stepIndex == steps.size()) {
                promoteWhenNewRevisionReady(now);
                break;
            }
            if (!currentStepCompleted(now)) {
                break;
            }
            completeStep(now);
        }
        if (aborted()) {
            reconcileAbort(now);
        } else if (!promoted) {
            checkProgressDeadline(now);
        }
    }

    /**
     * The weight follows the current step only once the canary has its desired Ready pods; before that the weight
     * of the previous setWeight step stays, and a canary with no Ready pod gets none
     * ({@code reconcileTrafficRouting}). The old revision must have Ready pods for the rest
     * ({@code checkReplicasAvailable}), else the weight is left as it is.
     */
    private void reconcileTraffic(double now) {
        int target;
        if (newReady == 0) {
            target = 0;
        } else if (!atDesiredNewReplicas()) {
            target = previousSetWeight(stepIndex);
        } else {
            target = currentSetWeight(stepIndex);
        }
        if (oldReady < ReplicaMath.replicasNeededForWeight(replicas, maxWeight - target, maxWeight)) {
            return;
        }
        setWeight(target, now);
    }

    private boolean currentStepCompleted(double now) {
        CanaryStep step = steps.get(stepIndex);
        if (step instanceof CanaryStep.SetWeight w) {
            return atDesiredNewReplicas() && weight == w.weight();
        }
        if (step instanceof CanaryStep.Pause p) {
            return pauseStepCompleted(p, now);
        }
        if (step instanceof CanaryStep.Analysis) {
            return analysisStepCompleted(now);
        }
        return atDesiredNewReplicas(); // setCanaryScale
    }

    private boolean pauseStepCompleted(CanaryStep.Pause pause, double now) {
        if (Double.isNaN(pauseStart)) {
            pauseStart = now;
            pause(PauseReason.CANARY_PAUSE_STEP, now);
        }
        OptionalDouble duration = pause.durationSeconds();
        if (duration.isPresent() && now >= pauseStart + duration.getAsDouble()) {
            resume(now);
            return true;
        }
        return false;
    }

    /** Successful proceeds, Inconclusive pauses, Failed or Error aborts ({@code reconcileStepBasedAnalysisRun}). */
    private boolean analysisStepCompleted(double now) {
        if (stepAnalysis == null) {
            return false;
        }
        switch (stepAnalysis) {
            case SUCCESSFUL -> {
                return true;
            }
            case INCONCLUSIVE -> pause(PauseReason.INCONCLUSIVE_ANALYSIS, now);
            case FAILED, ERROR -> abort(AbortCause.STEP_ANALYSIS, Optional.of(stepAnalysis), now);
            case RUNNING, PENDING -> throw new IllegalStateException("unfinished phase recorded: " + stepAnalysis);
        }
        return false;
    }

    /** {@code shouldFullPromote}: all steps done and the new revision has spec.replicas available. */
    private void promoteWhenNewRevisionReady(double now) {
        if (newReady < replicas) {
            return;
        }
        setWeight(maxWeight, now);
        promoted = true;
        timedOut = false;
        events.add(new RolloutEvent.Promoted(now));
        // With dynamicStableScale the previous stable goes to 0 at once, else after scaleDownDelaySeconds
        // (scaleDownOldReplicaSetsForCanary in rollout/canary.go).
        oldScaleDown.schedule(spec.dynamicStableScale() ? now : now + spec.scaleDownDelaySeconds());
        scaleDownOldWhenDue(now);
    }

    private void scaleDownOldWhenDue(double now) {
        oldScaleDown.fireIfDue(now, events);
    }

    private void completeStep(double now) {
        events.add(new RolloutEvent.StepCompleted(now, stepIndex));
        stepIndex++;
        pauseStart = Double.NaN;
        stepAnalysis = null;
        progress(now);
        announceStep(now);
    }

    private void announceStep(double now) {
        if (stepIndex < steps.size()) {
            events.add(new RolloutEvent.StepStarted(now, stepIndex, steps.get(stepIndex)));
        }
    }

    // ---------------------------------------------------------------- abort

    /**
     * Abort: weight back to stable, the canary held at its size until its scale-down deadline
     * ({@code reconcileNewReplicaSet}, {@code rollout/replicaset.go}), currentStepIndex reset to 0
     * ({@code syncRolloutStatusCanary}).
     */
    private void abort(AbortCause cause, Optional<AnalysisPhase> phase, double now) {
        newReplicasAtAbort = desiredNewReplicas();
        abortCause = cause;
        pauseReason = null;
        pauseStart = Double.NaN;
        stepAnalysis = null;
        stepIndex = 0;
        events.add(new RolloutEvent.Aborted(now, cause, phase));
    }

    private void reconcileAbort(double now) {
        int target = abortWeight();
        if (oldReady >= ReplicaMath.replicasNeededForWeight(replicas, maxWeight - target, maxWeight)) {
            setWeight(target, now);
        }
        OptionalInt delay = spec.abortDelay();
        // The deadline is only written once the stable can serve all traffic, since it drops the canary
        // unconditionally (reconcileNewReplicaSet).
        if (delay.isPresent() && !newScaleDown.scheduled() && oldReady >= replicas) {
            newScaleDown.schedule(now + delay.getAsInt());
        }
        newScaleDown.fireIfDue(now, events);
    }

    /**
     * Weight during an abort ({@code calculateDesiredWeightOnAbortOrStableRollback}): 0 at once without
     * dynamicStableScale; with it, stepping down through the setWeight steps in reverse as the stable's Ready
     * pods return, never rising.
     */
    private int abortWeight() {
        if (!spec.dynamicStableScale()) {
            return 0;
        }
        int desired = dynamicAbortCanaryWeight();
        int expected = Math.max(0, maxWeight - maxWeight * oldReady / replicas);
        if (desired <= 0) {
            return Math.min(expected, weight);
        }
        int stableWeight = maxWeight * oldReady / replicas;
        if (stableWeight < maxWeight - desired) {
            return weight;
        }
        return Math.min(desired, weight);
    }

    /** {@code GetDesiredCanaryWeight} while aborted with dynamicStableScale. */
    private int dynamicAbortCanaryWeight() {
        int expectedCanary = replicas - oldReady;
        int canaryPods = spec.abortDelay().isPresent() ? expectedCanary : Math.max(expectedCanary, newReady);
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof CanaryStep.SetWeight w
                    && ReplicaMath.trafficWeightToReplicas(replicas, w.weight(), maxWeight) < canaryPods) {
                return w.weight();
            }
        }
        return 0;
    }

    private boolean aborted() {
        return abortCause != null;
    }

    // ---------------------------------------------------------------- replica counts

    /** {@code CalculateReplicaCountsForTrafficRoutedCanary}, canary side. */
    private int desiredNewReplicas() {
        if (!started) {
            return 0;
        }
        if (promoted) {
            return replicas;
        }
        if (aborted()) {
            if (newScaleDown.done()) {
                return 0;
            }
            if (spec.dynamicStableScale() && spec.abortDelay().isEmpty() && !spec.keepsCanaryAfterAbort()) {
                // drained as traffic leaves it: the higher of the actual and the desired canary weight's pods
                return Math.max(ReplicaMath.trafficWeightToReplicas(replicas, weight, maxWeight),
                        ReplicaMath.trafficWeightToReplicas(replicas, dynamicAbortCanaryWeight(), maxWeight));
            }
            return newReplicasAtAbort;
        }
        OptionalInt scaled = setCanaryScaleReplicas(stepIndex);
        if (scaled.isPresent()) {
            return scaled.getAsInt();
        }
        return ReplicaMath.trafficWeightToReplicas(replicas, currentSetWeight(stepIndex), maxWeight);
    }

    /**
     * Stable side: full size unless dynamicStableScale, then the higher of the pods for the desired and for the
     * actual stable weight, so the stable shrinks only after traffic has left it.
     */
    private int desiredOldReplicas() {
        if (promoted) {
            return oldScaleDown.done() ? 0 : replicas;
        }
        if (!spec.dynamicStableScale()) {
            return replicas;
        }
        int desiredCanaryWeight = aborted() ? dynamicAbortCanaryWeight() : canaryWeightForScale(stepIndex);
        return Math.max(ReplicaMath.trafficWeightToReplicas(replicas, maxWeight - desiredCanaryWeight, maxWeight),
                ReplicaMath.trafficWeightToReplicas(replicas, maxWeight - weight, maxWeight));
    }

    /** {@code allDesiredAreAvailable}: exactly the desired pods, all available. */
    private boolean atDesiredNewReplicas() {
        return newReady == desiredNewReplicas();
    }

    /** {@code GetCurrentSetWeight}: the last setWeight at or before the step; maxWeight past the last step. */
    private int currentSetWeight(int index) {
        if (index >= steps.size()) {
            return maxWeight;
        }
        return lastSetWeightFrom(index);
    }

    /** The weight kept while the canary is not yet at its desired size: the setWeight before the current step. */
    private int previousSetWeight(int index) {
        return lastSetWeightFrom(Math.min(index, steps.size()) - 1);
    }

    private int lastSetWeightFrom(int index) {
        for (int i = index; i >= 0; i--) {
            if (steps.get(i) instanceof CanaryStep.SetWeight w) {
                return w.weight();
            }
        }
        return 0;
    }

    /** {@code UseSetCanaryScale} then {@code GetCanaryReplicasOrWeight}: an explicit canary pod count, if any. */
    private OptionalInt setCanaryScaleReplicas(int index) {
        CanaryScale scale = activeCanaryScale(index);
        if (scale instanceof CanaryScale.Replicas r) {
            return OptionalInt.of(r.replicas());
        }
        if (scale instanceof CanaryScale.Weight w) {
            return OptionalInt.of(ReplicaMath.trafficWeightToReplicas(replicas, w.weight(), maxWeight));
        }
        return OptionalInt.empty();
    }

    /** The canary weight the replica math uses: 0 for an explicit count, the scale's weight, or the setWeight. */
    private int canaryWeightForScale(int index) {
        CanaryScale scale = activeCanaryScale(index);
        if (scale instanceof CanaryScale.Replicas) {
            return 0;
        }
        if (scale instanceof CanaryScale.Weight w) {
            return w.weight();
        }
        return currentSetWeight(index);
    }

    private CanaryScale activeCanaryScale(int index) {
        for (int i = Math.min(index, steps.size() - 1); i >= 0 && index < steps.size(); i--) {
            if (steps.get(i) instanceof CanaryStep.SetCanaryScale s) {
                return s.scale();
            }
        }
        return new CanaryScale.MatchTrafficWeight();
    }

    // ---------------------------------------------------------------- status

    private RolloutPhase phase() {
        if (promoted) {
            return RolloutPhase.HEALTHY;
        }
        if (aborted() || timedOut) {
            return RolloutPhase.DEGRADED;
        }
        if (pauseReason != null) {
            return RolloutPhase.PAUSED;
        }
        return RolloutPhase.PROGRESSING;
    }

    /**
     * Pause and analysis steps, and paused rollouts, do not count against the deadline ({@code isIndefiniteStep}
     * in {@code rollout/sync.go}); aborted and completed rollouts neither.
     */
    private boolean deadlineApplies() {
        if (!started || promoted || aborted() || timedOut || pauseReason != null) {
            return false;
        }
        CanaryStep step = currentStep();
        return !(step instanceof CanaryStep.Pause) && !(step instanceof CanaryStep.Analysis);
    }

    /** {@code RolloutTimedOut}: no progress for progressDeadlineSeconds; aborts only with progressDeadlineAbort. */
    private void checkProgressDeadline(double now) {
        if (!deadlineApplies() || now < lastProgress + spec.progressDeadlineSeconds()) {
            return;
        }
        timedOut = true;
        events.add(new RolloutEvent.ProgressDeadlineExceeded(now));
        if (spec.progressDeadlineAbort()) {
            abort(AbortCause.PROGRESS_DEADLINE, Optional.empty(), now);
            reconcileAbort(now);
        }
    }

    /** {@code RolloutProgressing}: a step index change, more Ready pods or a resume refresh the deadline. */
    private void progress(double now) {
        lastProgress = now;
        timedOut = false;
    }

    private CanaryStep currentStep() {
        return stepIndex < steps.size() ? steps.get(stepIndex) : null;
    }

    private void pause(PauseReason reason, double now) {
        if (pauseReason == reason) {
            return;
        }
        pauseReason = reason;
        events.add(new RolloutEvent.Paused(now, reason));
    }

    private void resume(double now) {
        events.add(new RolloutEvent.Resumed(now, pauseReason));
        pauseReason = null;
        progress(now);
    }

    private void setWeight(int target, double now) {
        if (target != weight) {
            events.add(new RolloutEvent.WeightSet(now, weight, target));
            weight = target;
        }
    }
}
