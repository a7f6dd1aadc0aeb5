package io.cloudmart.sim.model.finops;

/**
 * The allocated cost of one container, service or team over the run, with the resource-hours behind it.
 * Amounts are time integrals (core-hours, GiB-hours); "allocated" is the integral of max(request, usage).
 * Costs are the allocated amounts priced by each node's CPU and RAM prices (scaled down on a node whose
 * allocations exceed its cost, see {@link CostAllocator}).
 *
 * @param name                 the container ({@code pod/container}), service or team
 * @param cpuCoreHours         ∫ max(CPU request, usage) dt, core-hours
 * @param cpuCoreHoursRequest  ∫ CPU request dt, core-hours
 * @param cpuCoreHoursUsage    ∫ CPU usage dt, core-hours
 * @param ramGiBHours          ∫ max(memory request, usage) dt, GiB-hours
 * @param ramGiBHoursRequest   ∫ memory request dt, GiB-hours
 * @param ramGiBHoursUsage     ∫ memory usage dt, GiB-hours
 * @param cpuCost              allocated CPU cost, currency
 * @param ramCost              allocated RAM cost, currency
 */
public record CostLine(String name, double cpuCoreHours, double cpuCoreHoursRequest, double cpuCoreHoursUsage,
                       double ramGiBHours, double ramGiBHoursRequest, double ramGiBHoursUsage, double cpuCost,
                       double ramCost) {

    /** An empty line called {@code name}. */
    static CostLine zero(String name) {
        return new CostLine(name, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** This line and {@code other} added, under {@code name}. */
    CostLine plus(String name, CostLine other) {
        return new CostLine(name, cpuCoreHours + other.cpuCoreHours, cpuCoreHoursRequest + other.cpuCoreHoursRequest,
                cpuCoreHoursUsage + other.cpuCoreHoursUsage, ramGiBHours + other.ramGiBHours,
                ramGiBHoursRequest + other.ramGiBHoursRequest, ramGiBHoursUsage + other.ramGiBHoursUsage,
                cpuCost + other.cpuCost, ramCost + other.ramCost);
    }

    /**
     * What one allocated CPU core-hour of this line cost on average, currency per core-hour: its CPU cost over its
     * allocated core-hours (0 when it had none). Nodes of different prices blend by where the line ran, so this is
     * the price a change in this line's CPU request would have been charged at.
     */
    public double cpuCostPerCoreHour() {
        return cpuCoreHours > 0 ? cpuCost / cpuCoreHours : 0.0;
    }

    /** CPU plus RAM cost, currency. */
    public double totalCost() {
        return cpuCost + ramCost;
    }

    /**
     * CPU efficiency, usage / request of the time integrals; with no request, 1 if there was usage and cost, else 0
     * [BEHAVIOR] opencost {@code core/pkg/opencost/allocation.go} {@code CPUEfficiency}. Can exceed 1.
     */
    public double cpuEfficiency() {
        return efficiency(cpuCoreHoursUsage, cpuCoreHoursRequest, cpuCost);
    }

    /** Memory efficiency, by the same rule as {@link #cpuEfficiency()} ({@code RAMEfficiency}). */
    public double ramEfficiency() {
        return efficiency(ramGiBHoursUsage, ramGiBHoursRequest, ramCost);
    }

    /** Cost-weighted mean of CPU and RAM efficiency; 0 without cost ({@code TotalEfficiency}). */
    public double totalEfficiency() {
        double total = totalCost();
        return total > 0 ? (cpuEfficiency() * cpuCost + ramEfficiency() * ramCost) / total : 0.0;
    }

    private static double efficiency(double usage, double request, double cost) {
        if (request > 0) {
            return usage / request;
        }
        return usage == 0 || cost == 0 ? 0.0 : 1.0;
    }
}
