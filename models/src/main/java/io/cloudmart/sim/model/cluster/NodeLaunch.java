package io.cloudmart.sim.model.cluster;

import java.util.List;

/**
 * A Karpenter NodeClaim to launch: the offering chosen (the cheapest that fits the pods) and the pods it is for.
 *
 * @param nodePoolName      the Karpenter NodePool; the node is named {@code <nodePoolName>-<n>}
 * @param offering          what to launch
 * @param pods              the pending pods it was packed for
 * @param overheadCpu       DaemonSet CPU requests on the node, cores
 * @param overheadMemoryMiB DaemonSet memory requests on the node, MiB
 * @param fittingOfferings  how many offerings could have held these pods (Karpenter passes them all to the
 *                          cloud provider, which launches the cheapest)
 */
public record NodeLaunch(String nodePoolName, Offering offering, List<SchedulablePod> pods, double overheadCpu,
                         double overheadMemoryMiB, int fittingOfferings) {
    public NodeLaunch {
        pods = List.copyOf(pods);
    }
}
