package io.cloudmart.sim.model.cluster;

import java.util.List;

/**
 * What one call of {@link KarpenterProvisioner#provision} decided.
 *
 * @param status        whether a batch is open, and whether it was solved in this call
 * @param launches      NodeClaims to launch (only when {@code status} is {@link Status#SOLVED})
 * @param fitExisting   batch pods that fit a Ready or launching node: Karpenter launches nothing for them
 * @param unschedulable batch pods no allowed offering can hold
 */
public record ProvisioningDecision(Status status, List<NodeLaunch> launches, List<SchedulablePod> fitExisting,
                                   List<SchedulablePod> unschedulable) {
    /** The batcher's state after the call. */
    public enum Status {
        /** No pending pod has opened a batch. */
        IDLE,
        /** A batch is open and waits for more pods (idle or max duration not reached). */
        BATCHING,
        /** The batch closed in this call and was solved. */
        SOLVED
    }

    public ProvisioningDecision {
        launches = List.copyOf(launches);
        fitExisting = List.copyOf(fitExisting);
        unschedulable = List.copyOf(unschedulable);
    }

    static ProvisioningDecision waiting(Status status) {
        return new ProvisioningDecision(status, List.of(), List.of(), List.of());
    }
}
