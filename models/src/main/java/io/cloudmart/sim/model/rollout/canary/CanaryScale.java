package io.cloudmart.sim.model.rollout.canary;

/** The three forms of a {@code setCanaryScale} step ({@code SetCanaryScale} in {@code types.go}). */
public sealed interface CanaryScale {

    /** {@code replicas: N}: an explicit canary pod count. */
    record Replicas(int replicas) implements CanaryScale {
        public Replicas {
            if (replicas < 0) {
                throw new IllegalArgumentException("setCanaryScale.replicas must be >= 0, got " + replicas);
            }
        }
    }

    /** {@code weight: N}: pods for N of maxTrafficWeight, independent of the traffic weight. */
    record Weight(int weight) implements CanaryScale {
    }

    /** {@code matchTrafficWeight: true}: back to pods following the traffic weight. */
    record MatchTrafficWeight() implements CanaryScale {
    }
}
