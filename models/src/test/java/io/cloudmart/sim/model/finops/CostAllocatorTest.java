package io.cloudmart.sim.model.finops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** OpenCost allocation: max(request, usage) priced per node, idle per node, groups, efficiency, oracle 11. */
class CostAllocatorTest {
    private static final double EPS = 1e-9;
    private static final double HOUR = 3600;
    private static final PriceBook AWS = PriceBook.awsUsEast1();
    private static final NodePrices M5 = PriceSplit.OPENCOST_DEFAULT.split(0.096, 2, 8);

    private static ContainerRef app(String pod, String service, String team) {
        return new ContainerRef(pod, "app", service, team);
    }

    private static NodeBilling oneM5(double start, double stop) {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("n1", "m5.large", PurchaseOption.onDemand()), start);
        billing.stop("n1", stop);
        return billing;
    }

    /** Oracle 11: request 1 CPU for 10 h at $0.031611/vCPU-h; usage 0.3 → $0.316, usage 1.5 → $0.474. */
    @Test
    void oracle11MaxOfRequestAndUsage() {
        NodeBilling billing = new NodeBilling();
        billing.start(new Node("n", "custom", 4, 16, 4 * 0.031611 + 16 * 0.004237), 0);
        CostAllocator allocator = new CostAllocator(billing, NodePricing.fixed(new NodePrices(0.031611, 0.004237)));
        allocator.sample(0, 10 * HOUR, "n", app("low", "svc", "t"), 1.0, 0.3, 0, 0);
        allocator.sample(0, 10 * HOUR, "n", app("high", "svc", "t"), 1.0, 1.5, 0, 0);
        AllocationReport report = allocator.report(10 * HOUR);

        CostLine low = report.container("low", "app").orElseThrow();
        CostLine high = report.container("high", "app").orElseThrow();
        assertThat(low.cpuCost()).isCloseTo(0.31611, within(EPS));
        assertThat(Math.round(low.cpuCost() * 1000) / 1000.0).isEqualTo(0.316);
        assertThat(high.cpuCost()).isCloseTo(0.474165, within(EPS));
        assertThat(Math.round(high.cpuCost() * 1000) / 1000.0).isEqualTo(0.474);
        assertThat(low.cpuCoreHours()).isCloseTo(10, within(EPS));
        assertThat(high.cpuCoreHours()).isCloseTo(15, within(EPS));
    }

    /** A service on two node prices pays their blend, weighted by its allocated core-hours on each. */
    @Test
    void cpuCostPerCoreHourBlendsTheNodesTheLineRanOn() {
        NodeBilling billing = new NodeBilling();
        billing.start(new Node("cheap", "custom", 4, 16, 0.144), 0);
        billing.start(new Node("dear", "custom", 4, 16, 0.288), 0);
        CostAllocator allocator = new CostAllocator(billing);
        allocator.sample(0, HOUR, "cheap", app("a", "svc", "t"), 1.0, 0.5, 0, 0);
        allocator.sample(0, HOUR, "dear", app("b", "svc", "t"), 3.0, 0.5, 0, 0);
        CostLine svc = allocator.report(HOUR).service("svc").orElseThrow();

        double cheap = PriceSplit.OPENCOST_DEFAULT.split(0.144, 4, 16).cpuPerCoreHour();
        double dear = PriceSplit.OPENCOST_DEFAULT.split(0.288, 4, 16).cpuPerCoreHour();
        assertThat(svc.cpuCostPerCoreHour()).isCloseTo((1 * cheap + 3 * dear) / 4, within(EPS));
        assertThat(CostLine.zero("none").cpuCostPerCoreHour()).isZero();
    }

    @Test
    void teamsAndServicesAddUpByHand() {
        CostAllocator allocator = new CostAllocator(oneM5(0, HOUR));
        allocator.sample(0, HOUR, "n1", app("a1", "s1", "A"), 0.5, 0.2, 2, 1);
        allocator.sample(0, HOUR, "n1", app("a2", "s2", "A"), 0.25, 0.5, 1, 1.5);
        allocator.sample(0, HOUR, "n1", app("b1", "s3", "B"), 0.5, 0.5, 1, 1);
        AllocationReport report = allocator.report(HOUR);

        CostLine teamA = report.team("A").orElseThrow();
        assertThat(teamA.cpuCost()).isCloseTo(1.0 * M5.cpuPerCoreHour(), within(EPS));
        assertThat(teamA.ramCost()).isCloseTo(3.5 * M5.ramPerGiBHour(), within(EPS));
        assertThat(teamA.totalCost()).isCloseTo(report.service("s1").orElseThrow().totalCost()
                + report.service("s2").orElseThrow().totalCost(), within(EPS));
        CostLine teamB = report.team("B").orElseThrow();
        assertThat(teamB.totalCost()).isCloseTo(0.5 * M5.cpuPerCoreHour() + 1.0 * M5.ramPerGiBHour(), within(EPS));
        assertThat(report.teams()).extracting(CostLine::name).containsExactly("A", "B");

        IdleCost idle = report.idleOf("n1").orElseThrow();
        assertThat(idle.cpuCost()).isCloseTo(0.5 * M5.cpuPerCoreHour(), within(EPS));
        assertThat(idle.ramCost()).isCloseTo(3.5 * M5.ramPerGiBHour(), within(EPS));
        assertThat(report.allocatedCost() + report.clusterIdle().totalCost()).isCloseTo(0.096, within(EPS));
    }

    /** Nodes come and go (on-demand, spot, reserved, a 20 s node), pods move: allocated + idle = billed. */
    @Test
    void allocationPlusIdleIsTheTotalNodeCost() {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("n1", "m5.large", PurchaseOption.onDemand()), 0);
        billing.start(AWS.node("n2", "c5.large", PurchaseOption.spotAtDiscount(0.7)), 1800);
        billing.start(AWS.node("n3", "r5.large", PurchaseOption.reserved(0.4)), 3600);
        billing.start(AWS.node("n4", "t3.small", PurchaseOption.onDemand()), 4000);
        billing.stop("n2", 3630);
        billing.stop("n4", 4020);
        CostAllocator allocator = new CostAllocator(billing);
        for (int k = 0; k < 90; k++) {
            double t0 = 60.0 * k;
            double t1 = t0 + 60;
            allocator.sample(t0, t1, "n1", app("cart-1", "cart", "shop"), 0.5, 0.1 + 0.2 * (k % 5), 1, 0.5 + 0.4 * (k % 3));
            allocator.sample(t0, t1, "n1", new ContainerRef("cart-1", "istio-proxy", "cart", "shop"), 0.1, 0.05, 0.125, 0.1);
            allocator.sample(t0, t1, "n1", app("search-1", "search", ""), 1.0, 1.5, 2, 1);
            if (t0 >= 1800 && t1 <= 3600) {
                allocator.sample(t0, t1, "n2", app("pay-1", "payments", "money"), 0.5, 0.3 * (k % 4), 1, 0.75);
            } else if (t0 >= 3600) {
                allocator.sample(t0, t1, "n3", app("pay-2", "payments", "money"), 0.5, 0.25, 1, 3);
                allocator.sample(t0, t1, "n3", app("pay-1", "payments", "money"), 0.25, 0.25, 1, 1);
            }
        }
        double now = 5400;
        AllocationReport report = allocator.report(now);
        double billed = billing.totalCost(now);
        assertThat(report.totalNodeCost()).isCloseTo(billed, within(EPS));
        assertThat(sum(report.services()) + report.clusterIdle().totalCost()).isCloseTo(billed, within(EPS));
        assertThat(sum(report.teams()) + report.clusterIdle().totalCost()).isCloseTo(billed, within(EPS));
        assertThat(sum(report.containers()) + report.clusterIdle().totalCost()).isCloseTo(billed, within(EPS));
        assertThat(report.idleByNode().stream().mapToDouble(IdleCost::totalCost).sum())
                .isCloseTo(report.clusterIdle().totalCost(), within(EPS));
        assertThat(report.idleByNode()).allSatisfy(i -> {
            assertThat(i.cpuCost()).isGreaterThanOrEqualTo(0);
            assertThat(i.ramCost()).isGreaterThanOrEqualTo(0);
        });
        assertThat(report.idleOf("n4").orElseThrow().totalCost()).as("a node without pods is all idle")
                .isCloseTo(billing.cost("n4", now), within(EPS));
        assertThat(report.team(AllocationReport.UNALLOCATED)).as("pods without a team label").isPresent();
        assertThat(report.teams()).extracting(CostLine::name).containsExactly("__unallocated__", "money", "shop");
        assertThat(report.containers()).hasSize(5);
    }

    /**
     * A working set that varies within the interval, above the request part of the time: 1 GiB requested, usage 0.5
     * GiB for half the hour and 2.5 GiB for the other half. OpenCost charges the mean of max(request, usage(t)) =
     * (1 + 2.5) / 2 = 1.75 GiB, more than max(request, mean usage 1.5) = 1.5; efficiency is the mean usage over
     * the request, 1.5.
     */
    @Test
    void memoryAboveTheRequestIsChargedAtTheMeanOfMaxRequestUsage() {
        CostAllocator allocator = new CostAllocator(oneM5(0, HOUR));
        allocator.sample(0, HOUR, "n1", app("a", "svc", "t"), new ContainerResources(1, 1, 1, 1.5, 1.75));
        CostLine line = allocator.report(HOUR).container("a", "app").orElseThrow();
        assertThat(line.ramGiBHours()).isCloseTo(1.75, within(EPS));
        assertThat(line.ramCost()).isCloseTo(1.75 * M5.ramPerGiBHour(), within(EPS));
        assertThat(line.ramEfficiency()).isCloseTo(1.5, within(EPS));
        assertThatThrownBy(() -> new ContainerResources(1, 1, 1, 1.5, 1.2))
                .hasMessageContaining("at least max(request, usage)");
    }

    @Test
    void efficiencyIsUsageOverRequestOfTheTimeIntegrals() {
        CostAllocator allocator = new CostAllocator(oneM5(0, 2 * HOUR));
        ContainerRef a = app("a", "svc", "t");
        allocator.sample(0, HOUR, "n1", a, 1, 0.25, 2, 1);
        allocator.sample(HOUR, 2 * HOUR, "n1", a, 1, 0.75, 2, 1);
        allocator.sample(0, 2 * HOUR, "n1", app("b", "svc", "t"), 1, 1, 2, 2);
        AllocationReport report = allocator.report(2 * HOUR);

        CostLine lineA = report.container("a", "app").orElseThrow();
        assertThat(lineA.cpuEfficiency()).isCloseTo(0.5, within(EPS));
        assertThat(lineA.ramEfficiency()).isCloseTo(0.5, within(EPS));
        CostLine service = report.service("svc").orElseThrow();
        assertThat(service.cpuEfficiency()).isCloseTo((0.25 + 0.75 + 2) / 4, within(EPS));
        assertThat(service.ramEfficiency()).isCloseTo((2 + 4) / 8.0, within(EPS));
        double expectedTotal = (0.75 * service.cpuCost() + 0.75 * service.ramCost()) / service.totalCost();
        assertThat(service.totalEfficiency()).isCloseTo(expectedTotal, within(EPS));
    }

    @Test
    void efficiencyWithoutRequestFollowsOpenCost() {
        CostAllocator allocator = new CostAllocator(oneM5(0, HOUR));
        allocator.sample(0, HOUR, "n1", app("greedy", "g", "t"), 0, 0.5, 0, 0);
        AllocationReport report = allocator.report(HOUR);
        CostLine line = report.container("greedy", "app").orElseThrow();
        assertThat(line.cpuEfficiency()).as("usage without request").isEqualTo(1.0);
        assertThat(line.ramEfficiency()).as("no usage, no request").isEqualTo(0.0);
    }

    @Test
    void overAllocationIsScaledToTheNodeAndIdleStaysZero() {
        CostAllocator allocator = new CostAllocator(oneM5(0, HOUR));
        allocator.sample(0, HOUR, "n1", app("a", "sa", "t"), 1.5, 0.1, 0, 0);
        allocator.sample(0, HOUR, "n1", app("b", "sb", "t"), 0.5, 1.5, 0, 0);
        AllocationReport report = allocator.report(HOUR);

        double nodeCpu = 2 * M5.cpuPerCoreHour();
        assertThat(report.service("sa").orElseThrow().cpuCost()).isCloseTo(nodeCpu / 2, within(EPS));
        assertThat(report.service("sb").orElseThrow().cpuCost()).isCloseTo(nodeCpu / 2, within(EPS));
        assertThat(report.service("sa").orElseThrow().cpuCoreHours()).as("amounts stay as measured")
                .isCloseTo(1.5, within(EPS));
        IdleCost idle = report.idleOf("n1").orElseThrow();
        assertThat(idle.cpuCost()).isZero();
        assertThat(idle.overAllocatedCpuCost()).isCloseTo(M5.cpuPerCoreHour(), within(EPS));
        assertThat(idle.ramCost()).isCloseTo(8 * M5.ramPerGiBHour(), within(EPS));
        assertThat(report.allocatedCost() + report.clusterIdle().totalCost()).isCloseTo(0.096, within(EPS));
    }

    @Test
    void theBillingMinimumBeyondUptimeIsIdle() {
        CostAllocator allocator = new CostAllocator(oneM5(0, 20));
        allocator.sample(0, 20, "n1", app("a", "s", "t"), 2, 2, 8, 8);
        AllocationReport report = allocator.report(20);
        assertThat(report.totalNodeCost()).isCloseTo(60 / HOUR * 0.096, within(EPS));
        assertThat(report.allocatedCost()).isCloseTo(20 / HOUR * 0.096, within(EPS));
        assertThat(report.clusterIdle().totalCost()).isCloseTo(40 / HOUR * 0.096, within(EPS));
    }

    @Test
    void aRunningNodeIsAccountedUpToTheReportTime() {
        NodeBilling billing = new NodeBilling();
        billing.start(AWS.node("n1", "m5.large", PurchaseOption.onDemand()), 0);
        CostAllocator allocator = new CostAllocator(billing);
        allocator.sample(0, HOUR, "n1", app("a", "s", "t"), 1, 1, 4, 4);
        AllocationReport report = allocator.report(2 * HOUR);
        assertThat(report.totalNodeCost()).isCloseTo(0.192, within(EPS));
        assertThat(report.allocatedCost() + report.clusterIdle().totalCost()).isCloseTo(0.192, within(EPS));
        assertThat(report.allocatedCost()).isCloseTo(0.048, within(EPS));
    }

    @Test
    void badSamplesAreRejected() {
        CostAllocator allocator = new CostAllocator(oneM5(100, 200));
        ContainerRef a = app("a", "s", "t");
        assertThatThrownBy(() -> allocator.sample(0, 10, "nx", a, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node nx");
        assertThatThrownBy(() -> allocator.sample(50, 150, "n1", a, 1, 1, 1, 1))
                .hasMessageContaining("was not running over the whole interval");
        assertThatThrownBy(() -> allocator.sample(150, 250, "n1", a, 1, 1, 1, 1))
                .hasMessageContaining("was not running");
        allocator.sample(100, 150, "n1", a, 1, 1, 1, 1);
        assertThatThrownBy(() -> allocator.sample(140, 160, "n1", a, 1, 1, 1, 1))
                .hasMessageContaining("overlaps the previous one");
        assertThatThrownBy(() -> allocator.sample(150, 160, "n1", app("a", "other", "t"), 1, 1, 1, 1))
                .hasMessageContaining("service and team must not change");
        assertThatThrownBy(() -> allocator.sample(160, 150, "n1", a, 1, 1, 1, 1)).hasMessageContaining("t0 <= t1");
        assertThatThrownBy(() -> allocator.sample(150, 160, "n1", a, -1, 1, 1, 1)).hasMessageContaining("CPU request");
        assertThatThrownBy(() -> allocator.report(120)).hasMessageContaining("before the latest sample end");
    }

    @Test
    void fixedPricesMustAddUpToTheNodeRate() {
        CostAllocator allocator = new CostAllocator(oneM5(0, HOUR), NodePricing.fixed(new NodePrices(0.031611, 0.004237)));
        assertThatThrownBy(() -> allocator.report(HOUR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not its hourly rate");
    }

    private static double sum(java.util.List<CostLine> lines) {
        return lines.stream().mapToDouble(CostLine::totalCost).sum();
    }
}
