package io.cloudmart.sim.model.autoscale.hpa;

/** {@code HPAScalingPolicy.type}: whether a policy's value is a number of pods or a percentage of the replicas. */
public enum PolicyType {
    /** {@code Pods}: at most {@code value} pods added or removed per period. */
    PODS("Pods"),
    /** {@code Percent}: at most {@code value} % of the replicas at the start of the period. */
    PERCENT("Percent");

    private final String apiName;

    PolicyType(String apiName) {
        this.apiName = apiName;
    }

    /** The value as written in the API. */
    public String apiName() {
        return apiName;
    }
}
