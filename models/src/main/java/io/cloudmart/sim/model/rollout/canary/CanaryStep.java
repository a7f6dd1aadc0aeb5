package io.cloudmart.sim.model.rollout.canary;

import java.util.OptionalDouble;

/**
 * One entry of {@code spec.strategy.canary.steps} ({@code CanaryStep} in {@code pkg/apis/rollouts/v1alpha1/types.go};
 * {@code docs/features/canary/index.md}). Experiments, header and mirror routes and step plugins are not modelled.
 */
public sealed interface CanaryStep {

    /** {@code setWeight: N}: the canary's share of traffic, out of maxTrafficWeight. */
    record SetWeight(int weight) implements CanaryStep {
        public SetWeight {
            if (weight < 0) {
                throw new IllegalArgumentException("setWeight must be >= 0, got " + weight);
            }
        }
    }

    /**
     * {@code pause: {duration: ...}} waits that many seconds; {@code pause: {}} waits until a promote
     * ({@code CompletedCanaryPauseStep} in {@code rollout/pause.go}).
     */
    record Pause(OptionalDouble durationSeconds) implements CanaryStep {
        public static Pause forSeconds(double seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("pause duration must be >= 0 s, got " + seconds);
            }
            return new Pause(OptionalDouble.of(seconds));
        }

        public static Pause indefinite() {
            return new Pause(OptionalDouble.empty());
        }
    }

    /** {@code setCanaryScale}: the canary's pod count decoupled from its traffic weight (traffic-routed canaries only). */
    record SetCanaryScale(CanaryScale scale) implements CanaryStep {
    }

    /** {@code analysis}: an inline AnalysisRun; the step blocks until the run completes ({@code completedCurrentCanaryStep}). */
    record Analysis() implements CanaryStep {
    }
}
