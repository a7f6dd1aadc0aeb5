package io.cloudmart.sim.model.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One node of the cluster: an instance of a type, in a pool, with the pods bound to it and the requests
 * they hold. Nodes are identities: two nodes are the same only if they are the same object; the name
 * ({@code <pool>-<n>}, never reused) is for messages.
 *
 * <p>Requested resources are kept as exact integer sums (millicores, bytes) and include the pool's
 * DaemonSet overhead. The scheduler's scoring also needs the "non-zero" sums, in which a pod without a
 * CPU or memory request counts as 100m / 200 MiB (kube-scheduler {@code schedutil.DefaultMilliCPURequest},
 * {@code DefaultMemoryRequest}; applied here per pod, where the scheduler applies it per container); they
 * are kept too.
 *
 * <p>Created by {@link Cluster}. Mutable and not thread-safe, like everything inside one replication.
 */
public final class Node {
    /** kube-scheduler's stand-in CPU request for a pod that sets none, millicores. */
    static final long NON_ZERO_DEFAULT_MILLI_CPU = 100;
    /** kube-scheduler's stand-in memory request for a pod that sets none, bytes (200 MiB). */
    static final long NON_ZERO_DEFAULT_MEMORY_BYTES = 200L * Resources.BYTES_PER_MIB;

    private final String name;
    private final String poolName;
    private final InstanceType type;
    private final CapacityType capacityType;
    private final double pricePerHour;
    private final Allocatable allocatable;
    private final Resources overhead;
    private final Map<String, String> labels;
    private final double createdAt;
    private final List<SchedulablePod> pods = new ArrayList<>();
    private NodeState state;
    private double readyAt;
    private double lastPodEventAt;
    private boolean podEventSeen;
    private Resources podRequests = Resources.ZERO;
    private Resources nonZeroPodRequests = Resources.ZERO;

    Node(String name, String poolName, InstanceType type, CapacityType capacityType, double pricePerHour,
         Resources overhead, Map<String, String> labels, double createdAt, NodeState state, double readyAt) {
        this.name = name;
        this.poolName = poolName;
        this.type = type;
        this.capacityType = capacityType;
        this.pricePerHour = pricePerHour;
        this.allocatable = Allocatable.eksAmi(type);
        this.overhead = overhead;
        this.labels = labels;
        this.createdAt = createdAt;
        this.state = state;
        this.readyAt = readyAt;
        this.lastPodEventAt = createdAt;
    }

    public String name() {
        return name;
    }

    /** The node pool (Cluster Autoscaler node group or Karpenter NodePool) the node belongs to. */
    public String poolName() {
        return poolName;
    }

    public InstanceType type() {
        return type;
    }

    public CapacityType capacityType() {
        return capacityType;
    }

    /** What the node costs while it exists, $/hour. */
    public double pricePerHour() {
        return pricePerHour;
    }

    public Allocatable allocatable() {
        return allocatable;
    }

    public Map<String, String> labels() {
        return labels;
    }

    /** When the instance was asked for, seconds. */
    public double createdAt() {
        return createdAt;
    }

    /** When the node is (or was, or will be) Ready, seconds. */
    public double readyAt() {
        return readyAt;
    }

    /**
     * The last time a pod was bound to or removed from the node, seconds; before any, the time it became Ready
     * (its creation time while provisioning), as Karpenter's Consolidatable condition counts.
     */
    public double lastPodEventAt() {
        return lastPodEventAt;
    }

    public NodeState state() {
        return state;
    }

    /** The pods bound to the node, in binding order (unmodifiable view). */
    public List<SchedulablePod> pods() {
        return Collections.unmodifiableList(pods);
    }

    public boolean isEmpty() {
        return pods.isEmpty();
    }

    /** True if the scheduler may bind new pods here: Ready and neither cordoned nor being deleted. */
    public boolean acceptsPods() {
        return state == NodeState.READY;
    }

    /** CPU requested by the pods plus the DaemonSet overhead, cores. */
    public double requestedCpu() {
        return requested().cores();
    }

    /** Memory requested by the pods plus the DaemonSet overhead, MiB. */
    public double requestedMemoryMiB() {
        return requested().memoryMiB();
    }

    /** The DaemonSet overhead alone: CPU cores. */
    public double overheadCpu() {
        return overhead.cores();
    }

    /** The DaemonSet overhead alone: memory MiB. */
    public double overheadMemoryMiB() {
        return overhead.memoryMiB();
    }

    /** CPU requests over allocatable CPU (overhead included), a fraction. */
    public double cpuUtilization() {
        return requested().milliCpu() / (double) allocatable.resources().milliCpu();
    }

    /** Memory requests over allocatable memory (overhead included), a fraction. */
    public double memoryUtilization() {
        return requested().memoryBytes() / (double) allocatable.resources().memoryBytes();
    }

    /**
     * The Cluster Autoscaler's utilization: {@code max(cpu requests / allocatable cpu, memory requests /
     * allocatable memory)}, DaemonSet requests included (cluster-autoscaler {@code simulator/utilization}).
     */
    public double utilization() {
        return Math.max(cpuUtilization(), memoryUtilization());
    }

    /**
     * Binds {@code pod} here without checking that it fits (the {@link Scheduler} checks).
     *
     * @throws IllegalStateException if the node is not Ready or the pod is already here
     */
    public void bind(SchedulablePod pod, double now) {
        if (!acceptsPods()) {
            throw new IllegalStateException("node " + name + " is " + state + " and takes no pods (pod " + pod.name() + ")");
        }
        if (holds(pod)) {
            throw new IllegalStateException("pod " + pod.name() + " is already bound to node " + name);
        }
        pods.add(pod);
        Resources request = Resources.ofPod(pod);
        podRequests = podRequests.plus(request);
        nonZeroPodRequests = nonZeroPodRequests.plus(nonZero(request));
        lastPodEventAt = now;
        podEventSeen = true;
    }

    /**
     * Removes {@code pod} from the node (it ended, or was evicted).
     *
     * @throws IllegalStateException if the pod is not bound here
     */
    public void unbind(SchedulablePod pod, double now) {
        int index = indexOf(pod);
        if (index < 0) {
            throw new IllegalStateException("pod " + pod.name() + " is not bound to node " + name);
        }
        pods.remove(index);
        Resources request = Resources.ofPod(pod);
        podRequests = podRequests.minus(request);
        nonZeroPodRequests = nonZeroPodRequests.minus(nonZero(request));
        lastPodEventAt = now;
        podEventSeen = true;
    }

    /** True if this very pod object is bound here. */
    public boolean holds(SchedulablePod pod) {
        return indexOf(pod) >= 0;
    }

    /** Cordons the node ({@code kubectl cordon}): it keeps its pods and takes no new ones. */
    public void cordon() {
        requireState(NodeState.READY, "cordon");
        state = NodeState.CORDONED;
    }

    /** Undoes {@link #cordon()}. */
    public void uncordon() {
        requireState(NodeState.CORDONED, "uncordon");
        state = NodeState.READY;
    }

    void markReady(double now) {
        requireState(NodeState.PROVISIONING, "mark Ready");
        state = NodeState.READY;
        readyAt = now;
        if (!podEventSeen) {
            lastPodEventAt = now;
        }
    }

    void markDeleting() {
        state = NodeState.DELETING;
    }

    /** Requests of the pods plus the overhead, scheduler units. */
    Resources requested() {
        return podRequests.plus(overhead);
    }

    /** As {@link #requested()}, with kube-scheduler's non-zero stand-ins for pods that request nothing. */
    Resources nonZeroRequested() {
        return nonZeroPodRequests.plus(overhead);
    }

    Resources overhead() {
        return overhead;
    }

    static Resources nonZero(Resources request) {
        return new Resources(request.milliCpu() == 0 ? NON_ZERO_DEFAULT_MILLI_CPU : request.milliCpu(),
                request.memoryBytes() == 0 ? NON_ZERO_DEFAULT_MEMORY_BYTES : request.memoryBytes());
    }

    private int indexOf(SchedulablePod pod) {
        for (int i = 0; i < pods.size(); i++) {
            if (pods.get(i) == pod) {
                return i;
            }
        }
        return -1;
    }

    private void requireState(NodeState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " node " + name + ": it is " + state);
        }
    }

    @Override
    public String toString() {
        return name + " (" + type.name() + ", " + state + ", " + pods.size() + " pods)";
    }
}
