package io.cloudmart.sim.model.finops;

/**
 * A node's resource prices, the unit prices allocation charges containers with.
 *
 * @param cpuPerCoreHour  price of one vCPU for one hour, currency; finite and >= 0
 * @param ramPerGiBHour   price of one GiB of memory for one hour, currency; finite and >= 0
 */
public record NodePrices(double cpuPerCoreHour, double ramPerGiBHour) {
    public NodePrices {
        if (!(cpuPerCoreHour >= 0) || Double.isInfinite(cpuPerCoreHour)) {
            throw new IllegalArgumentException("CPU price must be finite and >= 0 per vCPU-hour, got " + cpuPerCoreHour);
        }
        if (!(ramPerGiBHour >= 0) || Double.isInfinite(ramPerGiBHour)) {
            throw new IllegalArgumentException("RAM price must be finite and >= 0 per GiB-hour, got " + ramPerGiBHour);
        }
    }

    /** What the whole node costs per hour at these prices: vCPU × CPU price + GiB × RAM price. */
    public double nodePerHour(double vcpu, double memoryGiB) {
        return vcpu * cpuPerCoreHour + memoryGiB * ramPerGiBHour;
    }
}
