package io.cloudmart.sim.model.rollout.canary;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The fields of a traffic-routed canary Rollout that the machine reads ({@code RolloutSpec} and
 * {@code CanaryStrategy} in {@code pkg/apis/rollouts/v1alpha1/types.go}).
 *
 * @param replicas {@code spec.replicas}
 * @param steps {@code canary.steps}
 * @param dynamicStableScale {@code canary.dynamicStableScale} (default false)
 * @param maxTrafficWeight {@code canary.trafficRouting.maxTrafficWeight} (default 100)
 * @param abortScaleDownDelaySeconds {@code canary.abortScaleDownDelaySeconds}: empty = not set (30 s, or no delay
 *     with dynamicStableScale); 0 = never scale the canary down on abort ({@code GetAbortScaleDownDelaySecondsOrDefault})
 * @param scaleDownDelaySeconds {@code canary.scaleDownDelaySeconds} (default 30)
 * @param progressDeadlineSeconds {@code spec.progressDeadlineSeconds} (default 600)
 * @param progressDeadlineAbort {@code spec.progressDeadlineAbort} (default false)
 * @param backgroundAnalysis {@code canary.analysis}, when set
 */
public record CanarySpec(
        int replicas,
        List<CanaryStep> steps,
        boolean dynamicStableScale,
        int maxTrafficWeight,
        OptionalInt abortScaleDownDelaySeconds,
        int scaleDownDelaySeconds,
        int progressDeadlineSeconds,
        boolean progressDeadlineAbort,
        Optional<BackgroundAnalysis> backgroundAnalysis) {

    /** {@code canary.analysis} with its {@code startingStep} (0 when unset: runs from the first step). */
    public record BackgroundAnalysis(int startingStep) {
    }

    public CanarySpec {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be >= 1, got " + replicas);
        }
        steps = List.copyOf(steps);
        if (maxTrafficWeight < 1) {
            throw new IllegalArgumentException("maxTrafficWeight must be >= 1, got " + maxTrafficWeight);
        }
        for (CanaryStep step : steps) {
            if (step instanceof CanaryStep.SetWeight w && w.weight() > maxTrafficWeight) {
                throw new IllegalArgumentException("setWeight " + w.weight() + " exceeds maxTrafficWeight " + maxTrafficWeight);
            }
        }
    }

    /** The given replicas and steps with every other field at Argo's default. */
    public static CanarySpec withDefaults(int replicas, List<CanaryStep> steps) {
        return new CanarySpec(replicas, steps, false, RolloutDefaults.MAX_TRAFFIC_WEIGHT, OptionalInt.empty(),
                RolloutDefaults.SCALE_DOWN_DELAY_SECONDS, RolloutDefaults.PROGRESS_DEADLINE_SECONDS, false,
                Optional.empty());
    }

    public CanarySpec withDynamicStableScale(boolean on) {
        return new CanarySpec(replicas, steps, on, maxTrafficWeight, abortScaleDownDelaySeconds, scaleDownDelaySeconds,
                progressDeadlineSeconds, progressDeadlineAbort, backgroundAnalysis);
    }

    public CanarySpec withBackgroundAnalysis(int startingStep) {
        return new CanarySpec(replicas, steps, dynamicStableScale, maxTrafficWeight, abortScaleDownDelaySeconds,
                scaleDownDelaySeconds, progressDeadlineSeconds, progressDeadlineAbort,
                Optional.of(new BackgroundAnalysis(startingStep)));
    }

    public CanarySpec withProgressDeadline(int seconds, boolean abort) {
        return new CanarySpec(replicas, steps, dynamicStableScale, maxTrafficWeight, abortScaleDownDelaySeconds,
                scaleDownDelaySeconds, seconds, abort, backgroundAnalysis);
    }

    public CanarySpec withAbortScaleDownDelaySeconds(int seconds) {
        return new CanarySpec(replicas, steps, dynamicStableScale, maxTrafficWeight, OptionalInt.of(seconds),
                scaleDownDelaySeconds, progressDeadlineSeconds, progressDeadlineAbort, backgroundAnalysis);
    }

    /**
     * Seconds the canary stays up after an abort, empty for "never scaled down by a deadline" (explicit 0, or
     * dynamicStableScale without an explicit value: the canary then drains as traffic returns to stable,
     * {@code shouldDelayScaleDownOnAbort} in {@code rollout/replicaset.go}).
     */
    OptionalInt abortDelay() {
        if (abortScaleDownDelaySeconds.isPresent()) {
            int s = abortScaleDownDelaySeconds.getAsInt();
            return s == 0 ? OptionalInt.empty() : OptionalInt.of(s);
        }
        return dynamicStableScale ? OptionalInt.empty() : OptionalInt.of(RolloutDefaults.ABORT_SCALE_DOWN_DELAY_SECONDS);
    }

    /** Whether an explicit abortScaleDownDelaySeconds: 0 keeps the canary up forever after an abort. */
    boolean keepsCanaryAfterAbort() {
        return abortScaleDownDelaySeconds.isPresent() && abortScaleDownDelaySeconds.getAsInt() == 0;
    }
}
