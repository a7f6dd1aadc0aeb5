package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.cluster.Node;
import io.cloudmart.sim.model.finops.AllocationReport;
import io.cloudmart.sim.model.finops.BudgetAlert;
import io.cloudmart.sim.model.finops.BudgetMonitor;
import io.cloudmart.sim.model.finops.ContainerRef;
import io.cloudmart.sim.model.finops.ContainerResources;
import io.cloudmart.sim.model.finops.CostAllocator;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.finops.NodeBilling;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.Requests;

/**
 * Keeps the bill as OpenCost would from the cluster's metrics: nodes are billed from launch to stop
 * ({@link NodeBilling}), and every scrape each container on a node is charged max(request, usage) over the
 * interval since the last one ({@link CostAllocator}). It costs per scrape and per pod, never per request: CPU
 * usage is the difference of the pod's cumulative counter.
 *
 * <p>Containers: the application ({@value #APP_CONTAINER}) and, in the mesh, {@value #PROXY_CONTAINER}. Where the
 * service models memory usage, the application's memory is charged the exact mean of max(request, working set(t))
 * over the interval (the working set changes with every request, so this is what OpenCost's per-sample
 * max(request, usage) averages to at a fine resolution) and its efficiency uses the mean working set; elsewhere
 * memory is charged at its request. The proxy's CPU and memory usage are not modelled (its latency is), so it is
 * charged at its requests.
 *
 * <p>A budget, when there is one, is checked at every scrape; each threshold crossed is journalled once.
 */
final class CostMeter implements ControlLoop, ClusterWatcher {
    /** The journal name of the bill's decisions (budget alerts). */
    static final String NAME = JournalNames.FINOPS;
    static final String APP_CONTAINER = "app";
    static final String PROXY_CONTAINER = "istio-proxy";
    /** Points of the cost curve: one a minute is enough for a chart of an hour or a day. */
    static final double CURVE_STEP_SECONDS = 60;

    private final Simulation simulation;
    private final FinopsConfig finops;
    private final double periodSeconds;
    private final List<String> serviceOrder;
    private final NodeBilling billing = new NodeBilling();
    private final CostAllocator allocator = new CostAllocator(billing);
    private final Map<Pod, OnNode> running = new LinkedHashMap<>();
    private final Map<String, String> poolOfNode = new LinkedHashMap<>();
    private final List<CostSummary.CostPoint> curve = new ArrayList<>();
    private final BudgetMonitor budget;
    private final ControlJournal journal;
    private double nextCurvePoint;

    /** Where a pod runs and what its CPU and memory counters read at the last charge. */
    private static final class OnNode {
        final String node;
        double since;
        double cpuSeconds;
        double memoryMiBSeconds;
        double memoryAboveRequestMiBSeconds;

        OnNode(String node, double since, Pod pod) {
            this.node = node;
            this.since = since;
            read(pod);
        }

        void read(Pod pod) {
            cpuSeconds = pod.cpuSecondsUsed();
            if (pod.memoryUsageModelled()) {
                memoryMiBSeconds = pod.appMemoryMiBSeconds();
                memoryAboveRequestMiBSeconds = pod.appMemoryAboveRequestMiBSeconds();
            }
        }
    }

    CostMeter(Simulation simulation, FinopsConfig finops, double periodSeconds, List<String> serviceOrder) {
        this.simulation = simulation;
        this.finops = finops;
        this.periodSeconds = periodSeconds;
        this.serviceOrder = List.copyOf(serviceOrder);
        this.budget = finops.budget() == null ? null : new BudgetMonitor(finops.budget(), finops.basis());
        this.journal = simulation.journal();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double periodSeconds() {
        return periodSeconds;
    }

    @Override
    public void nodeStarted(Node node, double now) {
        billing.start(new io.cloudmart.sim.model.finops.Node(node.name(), node.type().name(), node.type().vcpu(),
                node.type().memoryGiB(), node.pricePerHour()), now);
        poolOfNode.put(node.name(), node.poolName());
    }

    @Override
    public void nodeStopped(Node node, double now) {
        billing.stop(node.name(), now);
    }

    @Override
    public void podBound(Pod pod, Node node, double now) {
        running.put(pod, new OnNode(node.name(), now, pod));
    }

    @Override
    public void podUnbound(Pod pod, Node node, double now) {
        OnNode on = running.remove(pod);
        if (on != null) {
            charge(pod, on, now);
        }
    }

    @Override
    public void reconcile() {
        double now = simulation.now();
        chargeAll(now);
        if (budget != null) {
            for (BudgetAlert alert : budget.observe(now, billing)) {
                Map<String, Object> in = new LinkedHashMap<>();
                in.put("thresholdPercent", alert.thresholdPercent());
                in.put("basis", alert.basis().name());
                in.put("spentSoFar", alert.spentSoFar());
                in.put("amount", finops.budget().amount());
                in.put("period", finops.budget().period().name());
                in.put("describe", alert.describe());
                journal.record(NAME, "budgetAlert", in);
            }
        }
        if (now + 1e-9 >= nextCurvePoint) {
            curve.add(point(allocator.report(now)));
            nextCurvePoint = (Math.floor(now / CURVE_STEP_SECONDS + 1e-9) + 1) * CURVE_STEP_SECONDS;
        }
    }

    private void chargeAll(double now) {
        running.forEach((pod, on) -> charge(pod, on, now));
    }

    private void charge(Pod pod, OnNode on, double now) {
        double dt = now - on.since;
        if (dt <= 0) {
            return;
        }
        double cpu = pod.cpuSecondsUsed();
        double usage = (cpu - on.cpuSeconds) / dt;
        String team = finops.teams().getOrDefault(pod.service(), "");
        Requests app = pod.appRequests();
        allocator.sample(on.since, now, on.node, new ContainerRef(pod.name(), APP_CONTAINER, pod.service(), team),
                appResources(pod, on, app, usage, dt));
        Requests proxy = pod.sidecarRequests();
        if (proxy.cpuCores() > 0 || proxy.memoryMiB() > 0) {
            allocator.sample(on.since, now, on.node, new ContainerRef(pod.name(), PROXY_CONTAINER, pod.service(), team),
                    proxy.cpuCores(), proxy.cpuCores(), gib(proxy.memoryMiB()), gib(proxy.memoryMiB()));
        }
        on.since = now;
        on.read(pod);
    }

    /** The app container over the interval: CPU at its mean rate; memory at its request, or as modelled. */
    private static ContainerResources appResources(Pod pod, OnNode on, Requests app, double cpuUsage, double dt) {
        double request = gib(app.memoryMiB());
        if (!pod.memoryUsageModelled()) {
            return new ContainerResources(app.cpuCores(), cpuUsage, request, request);
        }
        double meanUsage = gib((pod.appMemoryMiBSeconds() - on.memoryMiBSeconds) / dt);
        double meanAbove = gib((pod.appMemoryAboveRequestMiBSeconds() - on.memoryAboveRequestMiBSeconds) / dt);
        return new ContainerResources(app.cpuCores(), cpuUsage, request, meanUsage,
                Math.max(request + meanAbove, Math.max(request, meanUsage)));
    }

    private static double gib(double mib) {
        return mib / 1024;
    }

    private CostSummary.CostPoint point(AllocationReport report) {
        Map<String, Double> perService = new LinkedHashMap<>();
        for (String service : serviceOrder) {
            perService.put(service, report.service(service).map(CostLine::totalCost).orElse(0.0));
        }
        return new CostSummary.CostPoint(report.nowSeconds(), perService, report.clusterIdle().totalCost());
    }

    /** The bill from 0 to {@code end}. */
    CostSummary summary(double end) {
        chargeAll(end);
        AllocationReport report = allocator.report(end);
        if (curve.isEmpty() || curve.get(curve.size() - 1).timeSeconds() < end) {
            curve.add(point(report));
        }
        Map<String, Double> byPool = new LinkedHashMap<>();
        double hours = 0;
        for (io.cloudmart.sim.model.finops.Node node : billing.nodes()) {
            double h = billing.billedSeconds(node.name(), end) / 3600;
            hours += h;
            byPool.merge(poolOfNode.get(node.name()), h, Double::sum);
        }
        double projected = budget == null ? Double.NaN : budget.projectedPeriodSpend();
        // a projection past the period's end means the period ends within budget: nothing is exceeded
        double exceed = budget == null ? Double.NaN : budget.projectedExceedTime()
                .stream().filter(t -> t <= budget.periodEndSeconds()).findFirst().orElse(Double.NaN);
        return new CostSummary(finops.currency(), report, hours, byPool, curve, finops.budget(),
                budget == null ? List.of() : budget.alerts(), projected, exceed);
    }
}
