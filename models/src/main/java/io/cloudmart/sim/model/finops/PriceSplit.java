package io.cloudmart.sim.model.finops;

/**
 * OpenCost's split of a node's hourly price into a CPU and a RAM price, used when the provider prices only the
 * whole node. The ratio of the default prices is kept and both are scaled so the node's resources add up to its
 * price:
 * <pre>
 * r        = defaultCPU / defaultRAM                 (per vCPU-hour / per GiB-hour)
 * ramPrice = nodePrice / (vCPU × r + GiB)
 * cpuPrice = ramPrice × r
 * </pre>
 * [BEHAVIOR] opencost {@code pkg/costmodel/costmodel.go} (the "No RAM cost found" branch; {@code cpuToRAMRatio},
 * {@code ramMultiple}), the same rule as spec Appendix A. With the {@link #OPENCOST_DEFAULT} ratio 0.031611 /
 * 0.004237 ≈ 7.46, an m5.large ($0.096/h, 2 vCPU, 8 GiB) gets ≈ $0.00419/GiB-h and ≈ $0.0312/vCPU-h.
 *
 * <p>OpenCost falls back to a ratio of 10 when the ratio is NaN (both defaults 0) and gives the whole price to CPU
 * when the default RAM price is 0; here the default RAM price must be > 0, so neither case arises. GPUs are not
 * modelled.
 *
 * @param defaultCpuPerCoreHour the default CPU price, currency per vCPU-hour, finite and >= 0
 * @param defaultRamPerGiBHour  the default RAM price, currency per GiB-hour, finite and > 0
 */
public record PriceSplit(double defaultCpuPerCoreHour, double defaultRamPerGiBHour) implements NodePricing {
    /** [DEFAULT] opencost {@code configs/default.json} ("GCP us-central1"; same CPU/RAM in {@code configs/aws.json}). */
    public static final PriceSplit OPENCOST_DEFAULT = new PriceSplit(0.031611, 0.004237);

    public PriceSplit {
        if (!(defaultCpuPerCoreHour >= 0) || Double.isInfinite(defaultCpuPerCoreHour)) {
            throw new IllegalArgumentException("default CPU price must be finite and >= 0 per vCPU-hour, got "
                    + defaultCpuPerCoreHour);
        }
        if (!(defaultRamPerGiBHour > 0) || Double.isInfinite(defaultRamPerGiBHour)) {
            throw new IllegalArgumentException("default RAM price must be finite and > 0 per GiB-hour, got "
                    + defaultRamPerGiBHour);
        }
    }

    /** r = default CPU price / default RAM price. */
    public double cpuToRamRatio() {
        return defaultCpuPerCoreHour / defaultRamPerGiBHour;
    }

    /** The CPU and RAM prices of a node priced {@code nodePerHour} with {@code vcpu} vCPUs and {@code memoryGiB} GiB. */
    public NodePrices split(double nodePerHour, double vcpu, double memoryGiB) {
        if (!(nodePerHour >= 0) || Double.isInfinite(nodePerHour)) {
            throw new IllegalArgumentException("node price must be finite and >= 0 per hour, got " + nodePerHour);
        }
        Node.requireSize("node", vcpu, memoryGiB);
        double ratio = cpuToRamRatio();
        double ramPrice = nodePerHour / (vcpu * ratio + memoryGiB);
        return new NodePrices(ramPrice * ratio, ramPrice);
    }

    @Override
    public NodePrices pricesOf(Node node) {
        return split(node.hourlyRate(), node.vcpu(), node.memoryGiB());
    }
}
