package io.cloudmart.sim.model.finops;

/**
 * The idle cost of one node or of the cluster: what the node was billed for a resource minus what containers were
 * allocated of it, never negative. When allocations exceed the node's cost for a resource, idle is 0 and the excess
 * (before the allocations were scaled down to the node's cost) is kept in the {@code overAllocated…} fields.
 *
 * @param scope                 the node's name, or {@value AllocationReport#CLUSTER} for the whole cluster
 * @param cpuCost               idle CPU cost, currency, >= 0
 * @param ramCost               idle RAM cost, currency, >= 0
 * @param overAllocatedCpuCost  Σ allocated CPU cost beyond the node's CPU cost, before scaling, currency, >= 0
 * @param overAllocatedRamCost  the same for RAM, currency, >= 0
 */
public record IdleCost(String scope, double cpuCost, double ramCost, double overAllocatedCpuCost,
                       double overAllocatedRamCost) {

    /** CPU plus RAM idle cost, currency. */
    public double totalCost() {
        return cpuCost + ramCost;
    }

    IdleCost plus(String scope, IdleCost other) {
        return new IdleCost(scope, cpuCost + other.cpuCost, ramCost + other.ramCost,
                overAllocatedCpuCost + other.overAllocatedCpuCost, overAllocatedRamCost + other.overAllocatedRamCost);
    }
}
