package io.cloudmart.sim.model.autoscale.vpa;

import java.util.Locale;

/**
 * CPU and memory of one container, in the VPA recommender's integer units: CPU in millicores, memory in
 * bytes. Conversions from real numbers truncate toward zero and clamp to [0, {@link #MAX_AMOUNT}], as
 * upstream's {@code resourceAmountFromFloat} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/recommender/model/types.go}; this truncation is why recommendations
 * are whole millicores and bytes and why every estimator step may lose a unit.
 *
 * @param cpuMillicores CPU, millicores (1 core = 1000), in [0, MAX_AMOUNT]
 * @param memoryBytes   memory, bytes, in [0, MAX_AMOUNT]
 */
public record ResourceAmounts(long cpuMillicores, long memoryBytes) {
    /** [DEFAULT] {@code MaxResourceAmount} 1e14 in {@code pkg/recommender/model/types.go}: what "infinite" scales to. */
    public static final long MAX_AMOUNT = 100_000_000_000_000L;
    /** Bytes in a MiB. */
    public static final double MIB = 1024.0 * 1024.0;
    /** Bytes in a GiB. */
    public static final double GIB = 1024.0 * MIB;

    public ResourceAmounts {
        if (cpuMillicores < 0 || cpuMillicores > MAX_AMOUNT || memoryBytes < 0 || memoryBytes > MAX_AMOUNT) {
            throw new IllegalArgumentException("resource amounts must be in [0, " + MAX_AMOUNT + "], got cpu "
                    + cpuMillicores + " m, memory " + memoryBytes + " bytes");
        }
    }

    /** From cores and MiB (each truncated to whole millicores and bytes); for pod requests given in those units. */
    public static ResourceAmounts ofCoresAndMiB(double cpuCores, double memoryMiB) {
        return new ResourceAmounts(fromFloat(cpuCores * 1000.0), fromFloat(memoryMiB * MIB));
    }

    public double cpuCores() {
        return cpuMillicores / 1000.0;
    }

    public double memoryMiB() {
        return memoryBytes / MIB;
    }

    public double memoryGiB() {
        return memoryBytes / GIB;
    }

    /** For logs: {@code 476m/250.0Mi}. */
    public String describe() {
        return String.format(Locale.US, "%dm/%.1fMi", cpuMillicores, memoryMiB());
    }

    /**
     * Upstream's {@code resourceAmountFromFloat}: truncate toward zero, negative → 0, above MAX_AMOUNT (∞ included)
     * → MAX_AMOUNT. NaN (0 × ∞: an empty histogram with no history) → 0; Go's conversion of NaN is undefined, and
     * the recommender floors the result at the pod minimum either way.
     */
    static long fromFloat(double amount) {
        if (amount > MAX_AMOUNT) {
            return MAX_AMOUNT;
        }
        if (!(amount >= 0)) {
            return 0;
        }
        return (long) amount;
    }

    /** Upstream's {@code ScaleResource}: {@code fromFloat(amount × factor)}. */
    static long scale(long amount, double factor) {
        return fromFloat(amount * factor);
    }
}
