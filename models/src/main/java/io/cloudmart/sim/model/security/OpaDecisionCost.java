package io.cloudmart.sim.model.security;

/**
 * The CPU one Open Policy Agent decision costs. The simulator's authorize step is a wait (the decision's latency,
 * drawn from the endpoint's {@code authorize} distribution) on the OPA sidecar, which does not use the pod's cores;
 * this is the CPU the decision would use there, counted for the cost of the layer, not scheduled.
 */
public final class OpaDecisionCost {
    /**
     * [ESTIMATE] CPU seconds of one decision: 0.2 ms, the top of the 20–200 µs in-process evaluation of a simple RBAC
     * policy (domain facts §10.1), because behind Envoy's {@code ext_authz} the decision also pays the gRPC
     * (de)serialization of the check request and its decision log, which is why users see microseconds in the
     * playground and milliseconds behind Envoy (open-policy-agent/opa issue #2575, same section).
     */
    public static final double DEFAULT_CPU_SECONDS = 0.2e-3;

    private OpaDecisionCost() {
    }
}
