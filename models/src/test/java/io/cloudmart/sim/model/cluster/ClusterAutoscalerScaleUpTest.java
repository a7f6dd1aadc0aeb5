package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The Cluster Autoscaler's scale-up: which group the expander picks (least-waste as {@code waste.go} adds the
 * CPU and memory idle fractions of node capacity; price per pod; random from a stream), how many nodes the
 * first-fit-decreasing estimate asks for, maxNodes, upcoming nodes and new-pod-scale-up-delay.
 */
class ClusterAutoscalerScaleUpTest {
    private static final double EPS = 1e-9;

    private Cluster cluster;

    @BeforeEach
    void setUp() {
        cluster = new Cluster();
    }

    private static ClusterAutoscaler ca(Expander expander) {
        return new ClusterAutoscaler(ClusterAutoscalerSettings.defaults().withExpander(expander));
    }

    @Test
    void pendingPodScalesUpOneNodeOfTheLeastWastefulGroup() {
        NodePoolSpec c5 = Pools.pool("c5", "c5.xlarge", 0, 5);
        NodePoolSpec m5 = Pools.pool("m5", "m5.xlarge", 0, 5);
        TestPod pod = new TestPod("web", 1.5, 2048);
        // both 4 vCPU: cpu idle (4000-1500)/4000 = 0.625 each; memory idle c5 (8192-2048)/8192 = 0.75, m5 0.875
        ScanDecision decision = ca(Expander.LEAST_WASTE).scan(0, List.of(pod), cluster.nodes(), List.of(m5, c5));
        ScaleUp up = decision.scaleUp().orElseThrow();
        assertThat(up.pool()).isEqualTo(c5);
        assertThat(up.count()).isEqualTo(1);
        assertThat(up.pods()).containsExactly(pod);
        assertThat(up.expander()).isEqualTo(Expander.LEAST_WASTE);
        assertThat(up.options()).extracting(ExpansionOption::wasteScore)
                .containsExactly(0.625 + 0.875, 0.625 + 0.75);
        assertThat(up.reason()).startsWith("least-waste").contains("c5 1 node(s) 1.3750");
        assertThat(decision.unneeded()).isEmpty();
    }

    @Test
    void leastWasteAddsCpuAndMemoryIdleFractionsAsTheSourceDoes() {
        // pod 1.5 cores / 6.5 GiB. r5.large (2/16): 0.25 + 9728/16384 = 0.84375.
        // c5.xlarge (4/8): 0.625 + 1536/8192 = 0.8125. "Least idle CPU first" would take r5; waste.go's sum takes c5.
        NodePoolSpec r5 = Pools.pool("r5", "r5.large", 0, 5);
        NodePoolSpec c5 = Pools.pool("c5", "c5.xlarge", 0, 5);
        ScaleUp up = ca(Expander.LEAST_WASTE).scan(0, List.of(new TestPod("cache", 1.5, 6656)), cluster.nodes(), List.of(r5, c5))
                .scaleUp().orElseThrow();
        assertThat(up.options()).extracting(ExpansionOption::wasteScore).containsExactly(0.84375, 0.8125);
        assertThat(up.options().get(0).wastedCpu()).isLessThan(up.options().get(1).wastedCpu());
        assertThat(up.pool()).isEqualTo(c5);
    }

    @Test
    void priceAndLeastWasteDisagreeOnTheSamePods() {
        NodePoolSpec t3 = Pools.pool("t3", "t3.large", 0, 5);     // $0.0832, 1930m allocatable: 2 pods of 0.9
        NodePoolSpec c5 = Pools.pool("c5", "c5.xlarge", 0, 5);    // $0.17, 3920m allocatable: 4 pods of 0.9
        List<TestPod> pods = List.of(new TestPod("w1", 0.9, 1024), new TestPod("w2", 0.9, 1024), new TestPod("w3", 0.9, 1024));
        ScaleUp byPrice = ca(Expander.PRICE).scan(0, pods, cluster.nodes(), List.of(t3, c5)).scaleUp().orElseThrow();
        // t3: 2 nodes x 0.0832 / 3 pods = 0.05547 $/h per pod; c5: 1 x 0.17 / 3 = 0.05667
        assertThat(byPrice.options()).extracting(ExpansionOption::nodeCount).containsExactly(2, 1);
        assertThat(byPrice.options().get(0).pricePerPod()).isCloseTo(2 * 0.0832 / 3, within(EPS));
        assertThat(byPrice.pool()).isEqualTo(t3);
        assertThat(byPrice.count()).isEqualTo(2);
        // least-waste: t3 0.325 + 0.8125 = 1.1375; c5 0.325 + 0.625 = 0.95
        ScaleUp byWaste = ca(Expander.LEAST_WASTE).scan(0, pods, cluster.nodes(), List.of(t3, c5)).scaleUp().orElseThrow();
        assertThat(byWaste.options()).extracting(ExpansionOption::wasteScore).containsExactly(1.1375, 0.95);
        assertThat(byWaste.pool()).isEqualTo(c5);
        assertThat(byWaste.count()).isEqualTo(1);
    }

    @Test
    void randomExpanderDrawsFromItsStream() {
        NodePoolSpec a = Pools.pool("a", "m5.large", 0, 5);
        NodePoolSpec b = Pools.pool("b", "c5.large", 0, 5);
        TestPod pod = new TestPod("web", 0.5, 512);
        Set<String> chosen = new HashSet<>();
        for (long seed = 0; seed < 32; seed++) {
            ClusterAutoscaler random = new ClusterAutoscaler(ClusterAutoscalerSettings.defaults().withExpander(Expander.RANDOM),
                    new RandomStream("test.expander", seed));
            String first = random.scan(0, List.of(pod), cluster.nodes(), List.of(a, b)).scaleUp().orElseThrow().pool().name();
            ClusterAutoscaler again = new ClusterAutoscaler(ClusterAutoscalerSettings.defaults().withExpander(Expander.RANDOM),
                    new RandomStream("test.expander", seed));
            assertThat(again.scan(0, List.of(pod), cluster.nodes(), List.of(a, b)).scaleUp().orElseThrow().pool().name())
                    .as("same seed, same draw").isEqualTo(first);
            chosen.add(first);
        }
        assertThat(chosen).containsExactlyInAnyOrder("a", "b");
        assertThatThrownBy(() -> ca(Expander.RANDOM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RandomStream");
    }

    @Test
    void groupAtMaxSizeIsNotGrown() {
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 2);
        cluster.addReadyNode(m5, 0).bind(new TestPod("full-1", 1.9, 100), 0);
        cluster.addReadyNode(m5, 0).bind(new TestPod("full-2", 1.9, 100), 0);
        ScanDecision decision = ca(Expander.LEAST_WASTE).scan(0, List.of(new TestPod("web", 0.5, 512)), cluster.nodes(), List.of(m5));
        assertThat(decision.scaleUp()).isEmpty();
        assertThat(decision.notes()).contains("node group m5: max size 2 reached", "1 pending pod(s) did not trigger a scale-up");
    }

    @Test
    void scaleUpIsCappedAtMaxSizeWithThePodsThoseNodesTake() {
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 3);
        cluster.addReadyNode(m5, 0).bind(new TestPod("full", 1.9, 100), 0);
        List<TestPod> pods = List.of(new TestPod("p1", 1.5, 512), new TestPod("p2", 1.5, 512), new TestPod("p3", 1.5, 512),
                new TestPod("p4", 1.5, 512), new TestPod("p5", 1.5, 512));
        ScaleUp up = ca(Expander.LEAST_WASTE).scan(0, pods, cluster.nodes(), List.of(m5)).scaleUp().orElseThrow();
        assertThat(up.count()).isEqualTo(2);
        assertThat(up.pods()).extracting(SchedulablePod::name).containsExactly("p1", "p2");
    }

    @Test
    void estimatePacksLargestPodsFirst() {
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 10);
        // given order 0.5, 0.5, 1.4, 1.4 cores on 1930m nodes: plain first fit needs 3 nodes ({0.5, 0.5}, {1.4}, {1.4});
        // decreasing order 1.4, 1.4, 0.5, 0.5 needs 2 ({1.4, 0.5}, {1.4, 0.5})
        List<TestPod> pods = List.of(new TestPod("s1", 0.5, 100), new TestPod("s2", 0.5, 100), new TestPod("l1", 1.4, 100),
                new TestPod("l2", 1.4, 100));
        ScaleUp up = ca(Expander.LEAST_WASTE).scan(0, pods, cluster.nodes(), List.of(m5)).scaleUp().orElseThrow();
        assertThat(up.count()).isEqualTo(2);
        assertThat(up.pods()).extracting(SchedulablePod::name).containsExactly("l1", "l2", "s1", "s2");
    }

    @Test
    void podsThatFitAnUpcomingNodeTriggerNoSecondScaleUp() {
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 10);
        ClusterAutoscaler ca = ca(Expander.LEAST_WASTE);
        TestPod pod = new TestPod("web", 1.0, 512);
        ScanDecision first = ca.scan(0, List.of(pod), cluster.nodes(), List.of(m5));
        cluster.launch(first.scaleUp().orElseThrow(), 0);
        ScanDecision second = ca.scan(10, List.of(pod), cluster.nodes(), List.of(m5));
        assertThat(second.scaleUp()).isEmpty();
        assertThat(cluster.nodes()).singleElement().satisfies(n -> {
            assertThat(n.state()).isEqualTo(NodeState.PROVISIONING);
            assertThat(n.readyAt()).isEqualTo(Cluster.DEFAULT_NODE_STARTUP_SECONDS);
        });
    }

    @Test
    void podsYoungerThanNewPodScaleUpDelayWait() {
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 10);
        ClusterAutoscaler ca = new ClusterAutoscaler(ClusterAutoscalerSettings.defaults().withNewPodScaleUpDelaySeconds(30));
        TestPod pod = new TestPod("web", 1.0, 512);
        assertThat(ca.scan(0, List.of(pod), cluster.nodes(), List.of(m5)).scaleUp()).isEmpty();
        assertThat(ca.scan(20, List.of(pod), cluster.nodes(), List.of(m5)).scaleUp()).isEmpty();
        assertThat(ca.scan(30, List.of(pod), cluster.nodes(), List.of(m5)).scaleUp()).isPresent();
        assertThat(ca.lastScaleUpTime()).isEqualTo(30.0);
    }

    @Test
    void nodesNotReadyWithinMaxNodeProvisionTimeAreGivenUp() {
        Cluster slow = new Cluster(2000);
        NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 10);
        ClusterAutoscaler ca = ca(Expander.LEAST_WASTE);
        Node stuck = slow.launch(ca.scan(0, List.of(new TestPod("web", 1.0, 512)), slow.nodes(), List.of(m5))
                .scaleUp().orElseThrow(), 0).get(0);
        assertThat(ca.scan(900, List.of(), slow.nodes(), List.of(m5)).provisioningTimedOut()).isEmpty();
        assertThat(ca.scan(910, List.of(), slow.nodes(), List.of(m5)).provisioningTimedOut()).containsExactly(stuck);
    }

    @Test
    void daemonSetOverheadShrinksTheTemplateNode() {
        // 1.9 cores fit an empty m5.large (1930m) but not one whose DaemonSets already request 100m
        NodePoolSpec bare = Pools.pool("bare", "m5.large", 0, 5);
        NodePoolSpec withAgents = Pools.pool("agents", "m5.large", 0, 5, 0.1, 256);
        ScanDecision decision = ca(Expander.LEAST_WASTE).scan(0, List.of(new TestPod("wide", 1.9, 512)), cluster.nodes(),
                List.of(withAgents, bare));
        assertThat(decision.scaleUp().orElseThrow().pool()).isEqualTo(bare);
        assertThat(decision.notes()).contains("node group agents: no pending pod fits a m5.large node");
    }
}
