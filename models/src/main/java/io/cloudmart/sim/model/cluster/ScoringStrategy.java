package io.cloudmart.sim.model.cluster;

/**
 * The NodeResourcesFit scoring strategies, computed exactly as kube-scheduler does: per resource (CPU and
 * memory, weight 1 each) an integer score 0–100 from the node's requested resources including the
 * incoming pod (with the non-zero stand-ins for pods that request nothing), then the integer mean.
 *
 * <ul>
 *   <li>{@link #LEAST_ALLOCATED} (the default strategy): {@code (allocatable − requested) × 100 /
 *       allocatable}, 0 if requested exceeds allocatable — prefers empty nodes, so it spreads
 *       ({@code noderesources/least_allocated.go}, {@code leastRequestedScore});</li>
 *   <li>{@link #MOST_ALLOCATED}: {@code min(requested, allocatable) × 100 / allocatable} — prefers full
 *       nodes, so it bin-packs ({@code noderesources/most_allocated.go}, {@code mostRequestedScore}).</li>
 * </ul>
 * Node score = {@code (cpuScore + memoryScore) / 2} in integer division (the plugin's
 * {@code nodeScore / weightSum}). The other default score plugins (BalancedAllocation, ImageLocality,
 * TaintToleration, topology spreading...) are not modelled.
 */
public enum ScoringStrategy {
    LEAST_ALLOCATED {
        @Override
        long resourceScore(long requested, long allocatable) {
            if (allocatable == 0 || requested > allocatable) {
                return 0;
            }
            return (allocatable - requested) * MAX_NODE_SCORE / allocatable;
        }
    },
    MOST_ALLOCATED {
        @Override
        long resourceScore(long requested, long allocatable) {
            if (allocatable == 0) {
                return 0;
            }
            return Math.min(requested, allocatable) * MAX_NODE_SCORE / allocatable;
        }
    };

    /** kube-scheduler {@code framework.MaxNodeScore}. */
    public static final int MAX_NODE_SCORE = 100;

    abstract long resourceScore(long requested, long allocatable);

    /** The score (0–100) of placing {@code pod} on {@code node}. */
    public int score(SchedulablePod pod, Node node) {
        Resources requested = node.nonZeroRequested().plus(Node.nonZero(Resources.ofPod(pod)));
        Resources allocatable = node.allocatable().resources();
        long cpu = resourceScore(requested.milliCpu(), allocatable.milliCpu());
        long memory = resourceScore(requested.memoryBytes(), allocatable.memoryBytes());
        return (int) ((cpu + memory) / 2);
    }
}
