package io.cloudmart.sim.model.rollout;

/**
 * How a release moves traffic to the new version: an Argo Rollout's {@code spec.strategy} (exactly one of canary and
 * blue-green), or a Flagger Canary.
 */
public enum ReleaseStrategy {
    /** Traffic-routed canary: the mesh's weights move step by step. */
    CANARY("canary"),
    /** Blue-green: the preview stack runs beside the active one, then all traffic moves at once. */
    BLUE_GREEN("blueGreen"),
    /** Flagger's canary ({@code canaries.<name>}): weights step up while its checks pass, over a full-size canary. */
    FLAGGER_CANARY("flaggerCanary");

    private final String fieldValue;

    ReleaseStrategy(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** As results.json and the scenario spell it. */
    public String fieldValue() {
        return fieldValue;
    }
}
