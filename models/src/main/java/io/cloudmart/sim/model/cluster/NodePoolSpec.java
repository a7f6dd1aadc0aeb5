package io.cloudmart.sim.model.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Cluster Autoscaler node group (an EKS managed node group / Auto Scaling group): identical nodes of
 * one instance type, sized between {@code minNodes} and {@code maxNodes}.
 *
 * <p>The DaemonSets every node runs (kube-proxy, the VPC CNI, log and metric agents...) are given as a
 * per-node overhead of requests; it counts for scheduling, for the Cluster Autoscaler's utilization
 * (as {@code --ignore-daemonsets-utilization=false}, the default, does) and for its template nodes.
 *
 * @param name              the group's name; nodes are named {@code <name>-<n>}
 * @param type              the instance type of every node
 * @param capacityType      how the instances are bought
 * @param minNodes          lower bound ({@code minSize}), &ge; 0
 * @param maxNodes          upper bound ({@code maxSize}), &ge; {@code minNodes}, &gt; 0
 * @param initialNodes      nodes at start, in [{@code minNodes}, {@code maxNodes}]
 * @param overheadCpu       DaemonSet CPU requests per node, cores
 * @param overheadMemoryMiB DaemonSet memory requests per node, MiB
 * @param labels            node labels (kept for reports; no selector matching is modelled)
 * @param pricePerHour      what one node costs, $/hour; the constructor without it uses the
 *                          type's on-demand list price whatever the capacity type
 */
public record NodePoolSpec(String name, InstanceType type, CapacityType capacityType, int minNodes, int maxNodes,
                           int initialNodes, double overheadCpu, double overheadMemoryMiB, Map<String, String> labels,
                           double pricePerHour) {
    public NodePoolSpec {
        if (name == null || !name.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")) {
            throw new IllegalArgumentException("node pool name must be a lower-case DNS label, got '" + name + "'");
        }
        if (type == null || capacityType == null) {
            throw new IllegalArgumentException("node pool " + name + " needs an instance type and a capacity type");
        }
        if (minNodes < 0 || maxNodes <= 0 || maxNodes < minNodes) {
            throw new IllegalArgumentException("node pool " + name + ": need 0 <= minNodes <= maxNodes and maxNodes > 0, got min "
                    + minNodes + ", max " + maxNodes);
        }
        if (initialNodes < minNodes || initialNodes > maxNodes) {
            throw new IllegalArgumentException("node pool " + name + ": initialNodes " + initialNodes + " outside ["
                    + minNodes + ", " + maxNodes + "]");
        }
        Allocatable allocatable = Allocatable.eksAmi(type);
        if (!(overheadCpu >= 0) || !(overheadMemoryMiB >= 0) || overheadCpu > allocatable.cpu()
                || overheadMemoryMiB > allocatable.memoryMiB()) {
            throw new IllegalArgumentException("node pool " + name + ": DaemonSet overhead " + overheadCpu + " cores / "
                    + overheadMemoryMiB + " MiB must be >= 0 and fit " + type.name() + "'s allocatable "
                    + allocatable.cpu() + " cores / " + allocatable.memoryMiB() + " MiB");
        }
        if (!(pricePerHour >= 0) || Double.isInfinite(pricePerHour)) {
            throw new IllegalArgumentException("node pool " + name + ": price must be finite and >= 0 $/h, got " + pricePerHour);
        }
        labels = labels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A pool priced at its type's on-demand list price. */
    public NodePoolSpec(String name, InstanceType type, CapacityType capacityType, int minNodes, int maxNodes,
                        int initialNodes, double overheadCpu, double overheadMemoryMiB, Map<String, String> labels) {
        this(name, type, capacityType, minNodes, maxNodes, initialNodes, overheadCpu, overheadMemoryMiB, labels,
                type == null ? 0.0 : type.onDemandPricePerHour());
    }

    /** What a node of this pool offers (EKS AMI reservations, see {@link Allocatable#eksAmi}). */
    public Allocatable allocatable() {
        return Allocatable.eksAmi(type);
    }

    /** The DaemonSet overhead in scheduler units. */
    Resources overhead() {
        return Resources.of(overheadCpu, overheadMemoryMiB);
    }

    public NodePoolSpec withBounds(int min, int max, int initial) {
        return new NodePoolSpec(name, type, capacityType, min, max, initial, overheadCpu, overheadMemoryMiB, labels, pricePerHour);
    }
}
