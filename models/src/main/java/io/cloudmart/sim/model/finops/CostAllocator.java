package io.cloudmart.sim.model.finops;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.cloudmart.sim.model.finops.ContainerRef.ContainerId;

/**
 * OpenCost's cost allocation for the simulated cluster. Each container is charged, on the node it runs on, the
 * time integral of max(request, usage) for CPU (cores) and RAM (GiB), priced by that node's CPU and RAM prices
 * ({@link NodePricing}, by default {@link PriceSplit#OPENCOST_DEFAULT}); what a node was billed
 * ({@link NodeBilling}) and no container was charged is that node's idle cost, per resource.
 *
 * <p>Feeding: {@link #sample} says "from {@code t0} to {@code t1} this container ran on this node with these
 * requests and usage". Samples of one container must not overlap (gaps are fine: the container was not running)
 * and must lie inside one run of the node. OpenCost records max(request, usage) at each scrape and averages it over
 * the query window ([BEHAVIOR] {@code pkg/costmodel/costmodel.go} {@code getContainerAllocation}); the integral over
 * piecewise-constant samples computed here is that average times the window, without the scrape-interval error.
 *
 * <p>Over-allocation: Σ max(request, usage) can exceed a node's capacity (a container using more than it requests
 * beside others using less), so the allocated cost of a resource can exceed what the node was billed for it.
 * OpenCost then reports a negative idle ({@code computeIdleAllocations} subtracts without a floor). Here, per node
 * and per resource over the whole window, the containers' costs are scaled down in proportion so they add up to the
 * node's cost, idle is 0, and the excess is reported as {@link IdleCost#overAllocatedCpuCost()} /
 * {@link IdleCost#overAllocatedRamCost()}. So idle is never negative and allocated + idle = billed still holds.
 *
 * <p>Not modelled: GPUs, storage, network, shared-cost and idle distribution ({@code shareIdle}); idle stays its own
 * line. A node's minimum billed time (60 s) beyond its uptime is idle.
 */
public final class CostAllocator {
    private final NodeBilling billing;
    private final NodePricing pricing;
    private final Map<ContainerId, ContainerRef> containers = new LinkedHashMap<>();
    private final Map<ContainerId, Double> lastEnd = new LinkedHashMap<>();
    private final Map<Placement, Integrals> integrals = new LinkedHashMap<>();
    private double latestSampleEnd;

    /** Where a container ran. */
    private record Placement(ContainerId container, String node) {
    }

    /** Time integrals of one container on one node, resource-seconds. */
    private static final class Integrals {
        double cpuAllocated;
        double cpuRequest;
        double cpuUsage;
        double ramAllocated;
        double ramRequest;
        double ramUsage;
    }

    /** Allocation over {@code billing}'s nodes, priced by OpenCost's default split. */
    public CostAllocator(NodeBilling billing) {
        this(billing, PriceSplit.OPENCOST_DEFAULT);
    }

    /** Allocation over {@code billing}'s nodes, with node CPU/RAM prices from {@code pricing}. */
    public CostAllocator(NodeBilling billing, NodePricing pricing) {
        if (billing == null || pricing == null) {
            throw new IllegalArgumentException("billing and pricing must not be null");
        }
        this.billing = billing;
        this.pricing = pricing;
    }

    /**
     * From {@code t0} to {@code t1} (seconds, t0 <= t1) {@code container} ran on node {@code nodeName} with
     * {@code resources}. The node must have been running over the whole interval.
     */
    public void sample(double t0, double t1, String nodeName, ContainerRef container, ContainerResources resources) {
        requireInterval(t0, t1);
        if (container == null || resources == null) {
            throw new IllegalArgumentException("container and resources must not be null");
        }
        if (!billing.covers(nodeName, t0, t1)) {
            throw new IllegalArgumentException("container " + container.id() + ": node " + nodeName
                    + " was not running over the whole interval [" + t0 + ", " + t1 + "] s");
        }
        ContainerId id = container.id();
        ContainerRef known = containers.putIfAbsent(id, container);
        if (known != null && !known.equals(container)) {
            throw new IllegalArgumentException("container " + id + " was " + known + ", now " + container
                    + "; service and team must not change");
        }
        double previousEnd = lastEnd.getOrDefault(id, Double.NEGATIVE_INFINITY);
        if (t0 < previousEnd - NodeBilling.TIME_EPS) {
            throw new IllegalArgumentException("container " + id + ": sample [" + t0 + ", " + t1
                    + "] s overlaps the previous one, which ended at " + previousEnd + " s");
        }
        lastEnd.put(id, t1);
        latestSampleEnd = Math.max(latestSampleEnd, t1);
        accumulate(integrals.computeIfAbsent(new Placement(id, nodeName), p -> new Integrals()), t1 - t0, resources);
    }

    /** {@link #sample(double, double, String, ContainerRef, ContainerResources)} with the four amounts spelled out. */
    public void sample(double t0, double t1, String nodeName, ContainerRef container, double cpuRequestCores,
                       double cpuUsageCores, double memRequestGiB, double memUsageGiB) {
        sample(t0, t1, nodeName, container,
                new ContainerResources(cpuRequestCores, cpuUsageCores, memRequestGiB, memUsageGiB));
    }

    /** The end of the latest sample, seconds (0 before any). */
    public double latestSampleEnd() {
        return latestSampleEnd;
    }

    /**
     * The allocation from time 0 to {@code now}: node costs as billed up to now (running nodes included, with
     * their minimum), the containers' samples (all of which must end by {@code now}), and idle.
     *
     * @throws IllegalStateException if a node's CPU and RAM prices do not add up to its hourly rate
     */
    public AllocationReport report(double now) {
        if (!(now >= latestSampleEnd - NodeBilling.TIME_EPS) || Double.isInfinite(now)) {
            throw new IllegalArgumentException("report time " + now + " s is before the latest sample end "
                    + latestSampleEnd + " s");
        }
        Map<String, NodeAccount> accounts = new LinkedHashMap<>();
        for (Node node : billing.nodes()) {
            accounts.put(node.name(), NodeAccount.of(node, pricing.pricesOf(node), billing, now));
        }
        for (Map.Entry<Placement, Integrals> e : integrals.entrySet()) {
            accounts.get(e.getKey().node()).charge(e.getValue());
        }
        Map<ContainerId, CostLine> lines = new LinkedHashMap<>();
        for (Map.Entry<Placement, Integrals> e : integrals.entrySet()) {
            ContainerId id = e.getKey().container();
            CostLine line = accounts.get(e.getKey().node()).line(id.toString(), e.getValue());
            lines.merge(id, line, (a, b) -> a.plus(a.name(), b));
        }
        List<IdleCost> idle = accounts.values().stream().map(NodeAccount::idle).toList();
        IdleCost clusterIdle = idle.stream().reduce(new IdleCost(AllocationReport.CLUSTER, 0, 0, 0, 0),
                (a, b) -> a.plus(AllocationReport.CLUSTER, b));
        return new AllocationReport(now, billing.totalCost(now), sorted(lines.values()),
                group(lines, ContainerRef::service), group(lines, ContainerRef::teamOrUnallocated), idle, clusterIdle);
    }

    private List<CostLine> group(Map<ContainerId, CostLine> lines, Function<ContainerRef, String> key) {
        Map<String, CostLine> groups = new LinkedHashMap<>();
        lines.forEach((id, line) -> {
            String name = key.apply(containers.get(id));
            groups.merge(name, line.plus(name, CostLine.zero(name)), (a, b) -> a.plus(name, b));
        });
        return sorted(groups.values());
    }

    private static List<CostLine> sorted(Iterable<CostLine> lines) {
        List<CostLine> list = new ArrayList<>();
        lines.forEach(list::add);
        list.sort(Comparator.comparing(CostLine::name));
        return list;
    }

    private static void accumulate(Integrals sum, double dt, ContainerResources r) {
        sum.cpuAllocated += r.cpuAllocatedCores() * dt;
        sum.cpuRequest += r.cpuRequestCores() * dt;
        sum.cpuUsage += r.cpuUsageCores() * dt;
        sum.ramAllocated += r.memAllocatedGiB() * dt;
        sum.ramRequest += r.memRequestGiB() * dt;
        sum.ramUsage += r.memUsageGiB() * dt;
    }

    private static void requireInterval(double t0, double t1) {
        if (!(t0 >= 0) || !(t1 >= t0) || Double.isInfinite(t1)) {
            throw new IllegalArgumentException("sample interval must satisfy 0 <= t0 <= t1 < inf, got [" + t0 + ", "
                    + t1 + "] s");
        }
    }

    /** One node's billed CPU and RAM cost and what containers were charged of it. */
    private static final class NodeAccount {
        /** Relative tolerance when checking that CPU + RAM prices add up to the node's rate. */
        private static final double PRICE_REL_TOL = 1e-9;

        final Node node;
        final NodePrices prices;
        final double cpuCost;
        final double ramCost;
        double cpuCharged;
        double ramCharged;

        private NodeAccount(Node node, NodePrices prices, double billedHours) {
            this.node = node;
            this.prices = prices;
            this.cpuCost = billedHours * prices.cpuPerCoreHour() * node.vcpu();
            this.ramCost = billedHours * prices.ramPerGiBHour() * node.memoryGiB();
        }

        static NodeAccount of(Node node, NodePrices prices, NodeBilling billing, double now) {
            double perHour = prices.nodePerHour(node.vcpu(), node.memoryGiB());
            if (Math.abs(perHour - node.hourlyRate()) > PRICE_REL_TOL * Math.max(node.hourlyRate(), 1e-12)) {
                throw new IllegalStateException("node " + node.name() + ": CPU and RAM prices " + prices
                        + " add up to " + perHour + " per hour, not its hourly rate " + node.hourlyRate());
            }
            return new NodeAccount(node, prices, billing.billedSeconds(node.name(), now) / 3600.0);
        }

        void charge(Integrals sum) {
            cpuCharged += rawCpu(sum);
            ramCharged += rawRam(sum);
        }

        double rawCpu(Integrals sum) {
            return sum.cpuAllocated / 3600.0 * prices.cpuPerCoreHour();
        }

        double rawRam(Integrals sum) {
            return sum.ramAllocated / 3600.0 * prices.ramPerGiBHour();
        }

        /** Factor that brings the charged cost down to the node's cost (1 when it does not exceed it). */
        static double scale(double charged, double cost) {
            return charged > cost ? cost / charged : 1.0;
        }

        CostLine line(String name, Integrals sum) {
            return new CostLine(name, sum.cpuAllocated / 3600.0, sum.cpuRequest / 3600.0, sum.cpuUsage / 3600.0,
                    sum.ramAllocated / 3600.0, sum.ramRequest / 3600.0, sum.ramUsage / 3600.0,
                    rawCpu(sum) * scale(cpuCharged, cpuCost), rawRam(sum) * scale(ramCharged, ramCost));
        }

        IdleCost idle() {
            return new IdleCost(node.name(), Math.max(0, cpuCost - cpuCharged), Math.max(0, ramCost - ramCharged),
                    Math.max(0, cpuCharged - cpuCost), Math.max(0, ramCharged - ramCost));
        }
    }
}
