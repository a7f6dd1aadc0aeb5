package io.cloudmart.sim.model.rollout;

/** How a Rollout moves traffic to the new version ({@code spec.strategy} in Argo: exactly one of the two). */
public enum ReleaseStrategy {
    /** Traffic-routed canary: the mesh's weights move step by step. */
    CANARY("canary"),
    /** Blue-green: the preview stack runs beside the active one, then all traffic moves at once. */
    BLUE_GREEN("blueGreen");

    private final String fieldValue;

    ReleaseStrategy(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** As results.json and the scenario spell it. */
    public String fieldValue() {
        return fieldValue;
    }
}
