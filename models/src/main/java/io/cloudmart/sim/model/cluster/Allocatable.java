package io.cloudmart.sim.model.cluster;

/**
 * A node's allocatable resources and how they come from its capacity:
 * {@code allocatable = capacity − kube-reserved − system-reserved − eviction threshold}, the kubelet's
 * Node Allocatable rule (the eviction threshold only applies to memory).
 *
 * <p>{@link #eksAmi(InstanceType)} gives the values the EKS-optimized AMI configures, read in
 * awslabs/amazon-eks-ami {@code nodeadm/internal/kubelet/config.go} @0137549 (and the same rules in the
 * AL2 {@code templates/al2/runtime/bootstrap.sh}):
 * <ul>
 *   <li>kube-reserved CPU ({@code getCPUMillicoresToReserve}): 6 % of the first core, 1 % of the second,
 *       0.5 % of cores 3–4 and 0.25 % of every core above 4, each range in integer millicores;</li>
 *   <li>kube-reserved memory ({@code GetMemoryMebibytesToReserve}): {@code 11 MiB × maxPods + 255 MiB};</li>
 *   <li>system-reserved: none (nodeadm only sets the {@code systemReservedCgroup}, no amounts);</li>
 *   <li>{@code evictionHard memory.available}: 100 Mi ([DEFAULT] {@code defaultKubeletSubConfig}).</li>
 * </ul>
 * Capacity is taken as the nominal size ({@code vcpu} cores, {@code memoryGiB × 1024} MiB); a real node
 * reports a somewhat smaller memory capacity (the kernel keeps some), so a real m5.large shows about
 * 0.4 GiB less allocatable memory than this model.
 *
 * @param capacityCpu             CPU capacity, cores
 * @param capacityMemoryMiB       memory capacity, MiB
 * @param kubeReservedCpu         {@code kubeReserved.cpu}, cores
 * @param kubeReservedMemoryMiB   {@code kubeReserved.memory}, MiB
 * @param systemReservedCpu       {@code systemReserved.cpu}, cores
 * @param systemReservedMemoryMiB {@code systemReserved.memory}, MiB
 * @param evictionHardMemoryMiB   {@code evictionHard["memory.available"]}, MiB
 * @param maxPods                 {@code maxPods}
 */
public record Allocatable(double capacityCpu, double capacityMemoryMiB, double kubeReservedCpu, double kubeReservedMemoryMiB,
                          double systemReservedCpu, double systemReservedMemoryMiB, double evictionHardMemoryMiB,
                          int maxPods) {
    /** EKS AMI {@code evictionHard memory.available}: 100 Mi. */
    public static final double EKS_EVICTION_HARD_MEMORY_MIB = 100.0;

    private static final int[] CPU_RANGE_STARTS_MILLI = {0, 1000, 2000, 4000};
    private static final int[] CPU_RANGE_ENDS_MILLI = {1000, 2000, 4000, Integer.MAX_VALUE};
    /** Per-range reservation in hundredths of a percent (600 = 6 %), as nodeadm writes them. */
    private static final int[] CPU_RANGE_BASIS_POINTS = {600, 100, 50, 25};

    public Allocatable {
        requireNonNegative("capacity cpu", capacityCpu);
        requireNonNegative("capacity memory", capacityMemoryMiB);
        requireNonNegative("kubeReserved.cpu", kubeReservedCpu);
        requireNonNegative("kubeReserved.memory", kubeReservedMemoryMiB);
        requireNonNegative("systemReserved.cpu", systemReservedCpu);
        requireNonNegative("systemReserved.memory", systemReservedMemoryMiB);
        requireNonNegative("evictionHard memory.available", evictionHardMemoryMiB);
        if (maxPods <= 0) {
            throw new IllegalArgumentException("maxPods must be > 0, got " + maxPods);
        }
        double cpu = capacityCpu - kubeReservedCpu - systemReservedCpu;
        double memory = capacityMemoryMiB - kubeReservedMemoryMiB - systemReservedMemoryMiB - evictionHardMemoryMiB;
        if (!(cpu > 0) || !(memory > 0)) {
            throw new IllegalArgumentException("reservations leave nothing allocatable: cpu " + cpu + " cores, memory "
                    + memory + " MiB");
        }
    }

    /** The allocatable resources the EKS-optimized AMI gives a node of {@code type}. */
    public static Allocatable eksAmi(InstanceType type) {
        return new Allocatable(type.vcpu(), type.memoryMiB(), eksKubeReservedCpuMillicores(type.vcpu()) / 1000.0,
                eksKubeReservedMemoryMiB(type.maxPods()), 0.0, 0.0, EKS_EVICTION_HARD_MEMORY_MIB, type.maxPods());
    }

    /** EKS AMI {@code kubeReserved.cpu} for a node with {@code vcpu} cores, in millicores (2 → 70, 4 → 80, 8 → 90). */
    public static int eksKubeReservedCpuMillicores(int vcpu) {
        long total = vcpu * 1000L;
        long reserved = 0;
        for (int i = 0; i < CPU_RANGE_BASIS_POINTS.length; i++) {
            if (total > CPU_RANGE_STARTS_MILLI[i]) {
                long inRange = Math.min(total, CPU_RANGE_ENDS_MILLI[i]) - CPU_RANGE_STARTS_MILLI[i];
                reserved += inRange * CPU_RANGE_BASIS_POINTS[i] / 10_000;
            }
        }
        return (int) reserved;
    }

    /** EKS AMI {@code kubeReserved.memory}: {@code 11 × maxPods + 255} MiB. */
    public static int eksKubeReservedMemoryMiB(int maxPods) {
        return 11 * maxPods + 255;
    }

    /** Allocatable CPU, cores. */
    public double cpu() {
        return capacityCpu - kubeReservedCpu - systemReservedCpu;
    }

    /** Allocatable memory, MiB. */
    public double memoryMiB() {
        return capacityMemoryMiB - kubeReservedMemoryMiB - systemReservedMemoryMiB - evictionHardMemoryMiB;
    }

    /** Allocatable as the scheduler counts it (millicores, bytes). */
    Resources resources() {
        return Resources.of(cpu(), memoryMiB());
    }

    private static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, got " + value);
        }
    }
}
