package io.cloudmart.sim.model.cluster;

/**
 * One EC2 instance type as the autoscalers see it: its size, its on-demand list price and how many
 * pods its kubelet admits.
 *
 * <p>{@code maxPods} is the EKS AMI's value for the type: the VPC CNI's ENI formula
 * {@code ENIs × (IPv4 addresses per ENI − 1) + 2} as tabulated in awslabs/amazon-eks-ami
 * {@code nodeadm/internal/kubelet/eni-max-pods.txt} (read at 2641205); for a type not in the table
 * the EKS AMI falls back to the kubelet default of 110 ({@code maxpods.DefaultMaxPods}), which is what
 * the four-argument constructor uses.
 *
 * @param name                 the API name, e.g. {@code m5.large}
 * @param vcpu                 vCPUs (the node's CPU capacity in cores), &gt; 0
 * @param memoryGiB            memory, GiB (the node's memory capacity is taken as {@code memoryGiB × 1024} MiB), &gt; 0
 * @param onDemandPricePerHour on-demand Linux list price, $/hour, &ge; 0
 * @param maxPods              pods the kubelet admits ({@code maxPods}), &gt; 0
 */
public record InstanceType(String name, int vcpu, double memoryGiB, double onDemandPricePerHour, int maxPods) {
    /** The kubelet's own default {@code maxPods} (KubeletConfiguration), used by the EKS AMI for unknown types. */
    public static final int KUBELET_DEFAULT_MAX_PODS = 110;

    public InstanceType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an instance type needs a name");
        }
        if (vcpu <= 0) {
            throw new IllegalArgumentException("instance type " + name + ": vcpu must be > 0, got " + vcpu);
        }
        if (!(memoryGiB > 0) || Double.isInfinite(memoryGiB)) {
            throw new IllegalArgumentException("instance type " + name + ": memoryGiB must be finite and > 0, got " + memoryGiB);
        }
        if (!(onDemandPricePerHour >= 0) || Double.isInfinite(onDemandPricePerHour)) {
            throw new IllegalArgumentException("instance type " + name + ": price must be finite and >= 0 $/h, got "
                    + onDemandPricePerHour);
        }
        if (maxPods <= 0) {
            throw new IllegalArgumentException("instance type " + name + ": maxPods must be > 0, got " + maxPods);
        }
    }

    /** A type with the kubelet default of {@value #KUBELET_DEFAULT_MAX_PODS} pods. */
    public InstanceType(String name, int vcpu, double memoryGiB, double onDemandPricePerHour) {
        this(name, vcpu, memoryGiB, onDemandPricePerHour, KUBELET_DEFAULT_MAX_PODS);
    }

    /** Memory capacity in MiB ({@code memoryGiB × 1024}). */
    public double memoryMiB() {
        return memoryGiB * 1024.0;
    }
}
