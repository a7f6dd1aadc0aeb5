package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Cluster Autoscaler's scale-down: utilization = max(cpu, memory) requests over allocatable (oracle 12),
 * threshold exclusive, unneeded for strictly more than scale-down-unneeded-time, nothing within
 * scale-down-delay-after-add of a scale-up, empty nodes in bulk (at most 10), a node with pods one at a time
 * and only if its pods fit elsewhere, minNodes kept. Nodes are m5.large (1930m, 7518 MiB allocatable).
 */
class ClusterAutoscalerScaleDownTest {
    private static final double EPS = 1e-9;
    private static final double SCAN = ClusterAutoscalerSettings.DEFAULT_SCAN_INTERVAL_SECONDS;

    private final NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 20);
    private Cluster cluster;
    private ClusterAutoscaler ca;

    @BeforeEach
    void setUp() {
        cluster = new Cluster();
        ca = new ClusterAutoscaler(ClusterAutoscalerSettings.defaults());
    }

    private ScanDecision scan(double now, List<NodePoolSpec> pools) {
        return ca.scan(now, List.of(), cluster.nodes(), pools);
    }

    @Test
    void oracle12NodeAt45PercentCpuAnd55PercentMemoryIsNotUnneeded() {
        Node node = cluster.addReadyNode(m5, 0);
        cluster.addReadyNode(m5, 0);
        node.bind(new TestPod("app", 0.45 * 1.930, 0.55 * 7518), 0);
        assertThat(node.cpuUtilization()).isCloseTo(0.45, within(1e-3));
        assertThat(node.memoryUtilization()).isCloseTo(0.55, within(1e-6));
        assertThat(node.utilization()).isCloseTo(0.55, within(1e-6));
        ScanDecision decision = scan(0, List.of(m5));
        assertThat(decision.unneeded()).extracting(UnneededNode::node).doesNotContain(node);
    }

    @Test
    void thresholdIsExclusiveAndLowNodesAreUnneededWithTheirUtilization() {
        Node half = cluster.addReadyNode(m5, 0);
        Node low = cluster.addReadyNode(m5, 0);
        cluster.addReadyNode(m5, 0);
        half.bind(new TestPod("half", 0.965, 100), 0);   // 965 / 1930 = 0.5 exactly
        low.bind(new TestPod("low", 0.45 * 1.930, 0.45 * 7518), 0);
        ScanDecision decision = scan(0, List.of(m5));
        assertThat(half.utilization()).isEqualTo(0.5);
        assertThat(decision.unneeded()).extracting(UnneededNode::node).doesNotContain(half).contains(low);
        UnneededNode entry = decision.newlyUnneeded().stream().filter(u -> u.node() == low).findFirst().orElseThrow();
        assertThat(entry.utilization()).isCloseTo(0.45, within(1e-3));
        assertThat(entry.since()).isZero();
    }

    @Test
    void nodeIsRemovableOnlyAfterMoreThan600SecondsUnneeded() {
        Node low = cluster.addReadyNode(m5, 0);
        Node busy = cluster.addReadyNode(m5, 0);
        TestPod small = new TestPod("small", 0.2, 256);
        low.bind(small, 0);
        busy.bind(new TestPod("big", 1.0, 4096), 0);   // max(1000/1930, 4096/7518) = 0.545: needed
        for (double t = 0; t <= 600; t += SCAN) {
            ScanDecision decision = scan(t, List.of(m5));
            assertThat(decision.removals()).as("at %s s", t).isEmpty();
            assertThat(decision.unneeded()).extracting(UnneededNode::node).containsExactly(low);
            assertThat(ca.unneededSince(low)).contains(0.0);
        }
        ScanDecision decision = scan(610, List.of(m5));
        assertThat(decision.removals()).singleElement().satisfies(r -> {
            assertThat(r.node()).isSameAs(low);
            assertThat(r.empty()).isFalse();
            assertThat(r.podsToEvict()).containsExactly(small);
            assertThat(r.since()).isZero();
        });
        assertThat(ca.lastScaleDownDeleteTime()).isEqualTo(610.0);
    }

    @Test
    void unneededClockRestartsWhenTheNodeIsNeededAgain() {
        Node low = cluster.addReadyNode(m5, 0);
        cluster.addReadyNode(m5, 0).bind(new TestPod("big", 1.0, 4096), 0);
        scan(0, List.of(m5));
        TestPod burst = new TestPod("burst", 1.5, 512);
        low.bind(burst, 300);
        assertThat(scan(300, List.of(m5)).unneeded()).isEmpty();
        low.unbind(burst, 310);
        assertThat(scan(310, List.of(m5)).newlyUnneeded()).extracting(UnneededNode::since).containsExactly(310.0);
        assertThat(scan(910, List.of(m5)).removals()).as("310 + 600 is not before 910").isEmpty();
        assertThat(scan(920, List.of(m5)).removals()).extracting(NodeRemoval::node).containsExactly(low);
    }

    @Test
    void nothingIsRemovedWithin600SecondsOfAScaleUpNorInTheScanThatScaledUp() {
        NodePoolSpec big = Pools.pool("big", "m5.xlarge", 0, 3);
        List<NodePoolSpec> pools = List.of(m5, big);
        Node low = cluster.addReadyNode(m5, 0);
        cluster.addReadyNode(m5, 0);
        low.bind(new TestPod("small", 0.2, 256), 0);
        scan(0, pools);
        TestPod batch = new TestPod("batch", 3.0, 1024);   // fits no m5.large (1930m), fits an m5.xlarge (3920m)
        ScanDecision up = ca.scan(1000, List.of(batch), cluster.nodes(), pools);
        assertThat(up.scaleUp()).hasValueSatisfying(s -> assertThat(s.pool()).isEqualTo(big));
        assertThat(up.removals()).as("low has been unneeded 1000 s, but this scan scaled up").isEmpty();
        assertThat(up.scaleDownInCooldown()).isTrue();
        assertThat(ca.unneededSince(low)).contains(0.0);
        Node bigNode = cluster.launch(up.scaleUp().orElseThrow(), 1000).get(0);
        for (double t = 1010; t < 1600; t += SCAN) {
            cluster.becomeReady(t);
            if (bigNode.acceptsPods() && !bigNode.holds(batch)) {
                bigNode.bind(batch, t);
            }
            ScanDecision decision = scan(t, pools);
            assertThat(decision.removals()).as("at %s s", t).isEmpty();
            assertThat(decision.scaleDownInCooldown()).isTrue();
            assertThat(decision.unneeded()).extracting(UnneededNode::node).contains(low);
        }
        ScanDecision after = scan(1600, pools);
        assertThat(after.scaleDownInCooldown()).isFalse();
        assertThat(after.removals()).extracting(NodeRemoval::node).containsExactly(low);
    }

    @Test
    void nodeWhosePodsFitNowhereElseIsNotUnneeded() {
        Node a = cluster.addReadyNode(m5, 0);
        Node b = cluster.addReadyNode(m5, 0);
        a.bind(new TestPod("a", 0.9, 512), 0);   // 0.466: below the threshold
        b.bind(new TestPod("b", 1.1, 512), 0);   // 0.570; free 830m < 900m
        assertThat(a.utilization()).isLessThan(0.5);
        assertThat(scan(0, List.of(m5)).unneeded()).isEmpty();
        assertThat(scan(700, List.of(m5)).removals()).isEmpty();
    }

    @Test
    void emptyNodesGoInBulkOfAtMostTen() {
        for (int i = 0; i < 12; i++) {
            cluster.addReadyNode(m5, 0);
        }
        assertThat(scan(0, List.of(m5)).newlyUnneeded()).hasSize(12);
        ScanDecision first = scan(610, List.of(m5));
        assertThat(first.removals()).hasSize(10).allSatisfy(r -> assertThat(r.empty()).isTrue());
        assertThat(first.removals()).extracting(r -> r.node().name()).startsWith("m5-1", "m5-2").endsWith("m5-10");
        first.removals().forEach(r -> cluster.remove(r.node()));
        ScanDecision second = scan(620, List.of(m5));
        assertThat(second.removals()).extracting(r -> r.node().name()).containsExactly("m5-11", "m5-12");
    }

    @Test
    void minNodesIsKept() {
        NodePoolSpec keepTwo = Pools.pool("keep", "m5.large", 2, 5);
        for (int i = 0; i < 3; i++) {
            cluster.addReadyNode(keepTwo, 0);
        }
        scan(0, List.of(keepTwo));
        ScanDecision decision = scan(610, List.of(keepTwo));
        assertThat(decision.removals()).hasSize(1);
        decision.removals().forEach(r -> cluster.remove(r.node()));
        assertThat(scan(620, List.of(keepTwo)).removals()).isEmpty();
    }

    @Test
    void nodesWithPodsAreDrainedOneAtATime() {
        Node a = cluster.addReadyNode(m5, 0);
        Node b = cluster.addReadyNode(m5, 0);
        Node c = cluster.addReadyNode(m5, 0);
        a.bind(new TestPod("a", 0.2, 256), 0);
        b.bind(new TestPod("b", 0.2, 256), 0);
        c.bind(new TestPod("c", 1.0, 4096), 0);
        // a's pod would go to b, then b's two to c: both unneeded, but only one is drained per scan
        assertThat(scan(0, List.of(m5)).unneeded()).extracting(UnneededNode::node).containsExactly(a, b);
        ScanDecision decision = scan(610, List.of(m5));
        assertThat(decision.removals()).extracting(NodeRemoval::node).containsExactly(a);
        List<SchedulablePod> evicted = new ArrayList<>(cluster.drain(a, 610));
        assertThat(evicted).extracting(SchedulablePod::name).containsExactly("a");
        new Scheduler(ScoringStrategy.LEAST_ALLOCATED).schedule(evicted.get(0), cluster.nodes(), 611);
        cluster.remove(a);
        assertThat(scan(620, List.of(m5)).removals()).extracting(NodeRemoval::node).containsExactly(b);
    }

    @Test
    void nodesOfPoolsNotGivenAreLeftAlone() {
        cluster.addReadyNode(m5, 0);
        NodePoolSpec other = Pools.pool("other", "m5.large", 0, 5);
        scan(0, List.of(other));
        assertThat(scan(610, List.of(other)).removals()).isEmpty();
    }

    @Test
    void scaleDownDelayAfterDeleteHoldsBackTheNextRemovals() {
        ca = new ClusterAutoscaler(ClusterAutoscalerSettings.defaults().withScaleDownDelayAfterDeleteSeconds(60));
        for (int i = 0; i < 11; i++) {
            cluster.addReadyNode(m5, 0);
        }
        scan(0, List.of(m5));
        scan(610, List.of(m5)).removals().forEach(r -> cluster.remove(r.node()));
        ScanDecision held = scan(660, List.of(m5));
        assertThat(held.scaleDownInCooldown()).isTrue();
        assertThat(held.removals()).isEmpty();
        assertThat(scan(670, List.of(m5)).removals()).hasSize(1);
        assertThat(ca.lastScaleDownDeleteTime()).isCloseTo(670, within(EPS));
    }
}
