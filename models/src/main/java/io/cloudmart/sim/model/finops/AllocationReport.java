package io.cloudmart.sim.model.finops;

import java.util.List;
import java.util.Optional;

/**
 * The cost allocation of a run up to {@link #nowSeconds()}: what the nodes cost, and how that splits into
 * container, service and team costs plus idle. Invariant: Σ service totals + cluster idle = {@link #totalNodeCost()}
 * (and the same for teams and containers), up to rounding. Lists are sorted by name.
 *
 * @param nowSeconds     the end of the accounted window, seconds (the window starts at time 0)
 * @param totalNodeCost  what all nodes were billed up to now, currency
 * @param containers     one line per container identity ({@code pod/container})
 * @param services       one line per service
 * @param teams          one line per {@code team} label ({@value #UNALLOCATED} for pods without one)
 * @param idleByNode     idle per node, in the order nodes first started
 * @param clusterIdle    idle of the whole cluster, the sum over nodes
 */
public record AllocationReport(double nowSeconds, double totalNodeCost, List<CostLine> containers,
                               List<CostLine> services, List<CostLine> teams, List<IdleCost> idleByNode,
                               IdleCost clusterIdle) {
    /** OpenCost's name for allocations without the aggregated label ({@code UnallocatedSuffix}). */
    public static final String UNALLOCATED = "__unallocated__";
    /** The scope of {@link #clusterIdle()}. */
    public static final String CLUSTER = "cluster";

    public AllocationReport {
        containers = List.copyOf(containers);
        services = List.copyOf(services);
        teams = List.copyOf(teams);
        idleByNode = List.copyOf(idleByNode);
    }

    /** The line of service {@code name}, if it had any allocation. */
    public Optional<CostLine> service(String name) {
        return find(services, name);
    }

    /** The line of service {@code name}, or an empty line when none of its containers was ever charged. */
    public CostLine serviceOrEmpty(String name) {
        return service(name).orElse(CostLine.zero(name));
    }

    /** The line of team {@code name}, if it had any allocation. */
    public Optional<CostLine> team(String name) {
        return find(teams, name);
    }

    /** The line of container {@code pod/container}, if it was sampled. */
    public Optional<CostLine> container(String pod, String container) {
        return find(containers, pod + "/" + container);
    }

    /** The idle cost of node {@code nodeName}, if it ever started. */
    public Optional<IdleCost> idleOf(String nodeName) {
        return idleByNode.stream().filter(i -> i.scope().equals(nodeName)).findFirst();
    }

    /** Σ allocated cost over all services, currency. */
    public double allocatedCost() {
        return services.stream().mapToDouble(CostLine::totalCost).sum();
    }

    private static Optional<CostLine> find(List<CostLine> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
