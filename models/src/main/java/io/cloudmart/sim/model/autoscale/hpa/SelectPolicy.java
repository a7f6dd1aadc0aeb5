package io.cloudmart.sim.model.autoscale.hpa;

/** {@code HPAScalingRules.selectPolicy}: which of several policies' limits applies. */
public enum SelectPolicy {
    /** {@code Max}: the policy allowing the biggest change (the default). */
    MAX("Max"),
    /** {@code Min}: the policy allowing the smallest change. */
    MIN("Min"),
    /** {@code Disabled}: no scaling in this direction at all. */
    DISABLED("Disabled");

    private final String apiName;

    SelectPolicy(String apiName) {
        this.apiName = apiName;
    }

    /** The value as written in the API. */
    public String apiName() {
        return apiName;
    }
}
