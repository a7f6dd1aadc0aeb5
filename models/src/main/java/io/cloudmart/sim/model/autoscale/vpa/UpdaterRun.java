package io.cloudmart.sim.model.autoscale.vpa;

import java.util.List;

/**
 * The outcome of one updater loop for one VPA: a decision per live pod (in the order the pods were given) and
 * the pods to evict, in the order the updater evicts them (highest priority first).
 *
 * @param timeSeconds        when the loop ran, simulated seconds
 * @param updateMode         the VPA's mode ({@link UpdateMode#AUTO} is deprecated: the integrator may warn)
 * @param liveReplicas       pods given (live pods of the controller)
 * @param configuredReplicas the controller's {@code spec.replicas}
 * @param requiredReplicas   minReplicas in force (the VPA's, else the flag's)
 * @param evictionTolerance  trunc(configured × eviction-tolerance)
 * @param decisions          one per pod, input order
 * @param evictions          names of the pods to evict, eviction order
 */
public record UpdaterRun(double timeSeconds, UpdateMode updateMode, int liveReplicas, int configuredReplicas,
                         int requiredReplicas, int evictionTolerance, List<EvictionDecision> decisions,
                         List<String> evictions) {
    public UpdaterRun {
        decisions = List.copyOf(decisions);
        evictions = List.copyOf(evictions);
    }

    /** The decision for {@code pod}. */
    public EvictionDecision decisionFor(String pod) {
        for (EvictionDecision decision : decisions) {
            if (decision.pod().equals(pod)) {
                return decision;
            }
        }
        throw new IllegalArgumentException("no pod named " + pod + " in this updater run");
    }
}
