package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Karpenter-like provisioner: the cheapest allowed offering that fits a batch (worked out by hand over
 * the 20 built-in on-demand types with the EKS AMI allocatable), batching by idle and max duration, and
 * consolidation (empty after consolidateAfter, underutilized delete, cheaper replacement, the 10 % budget).
 */
class KarpenterProvisionerTest {
    private static final double EPS = 1e-9;

    private Cluster cluster;

    @BeforeEach
    void setUp() {
        cluster = new Cluster();
    }

    private static KarpenterProvisioner provisioner(KarpenterSettings settings) {
        return new KarpenterProvisioner("default", KarpenterProvisioner.onDemand(InstanceTypes.all()), 0, 0, settings);
    }

    private static NodeLaunch solveNow(KarpenterProvisioner karpenter, List<? extends SchedulablePod> pods, List<Node> nodes) {
        karpenter.provision(0, pods, nodes);
        ProvisioningDecision decision = karpenter.provision(1, pods, nodes);
        assertThat(decision.status()).isEqualTo(ProvisioningDecision.Status.SOLVED);
        assertThat(decision.launches()).hasSize(1);
        return decision.launches().get(0);
    }

    /** A Ready node of the pool "default" of {@code type} holding {@code pods}: launched at -90, Ready and bound at 0. */
    private Node readyNode(String type, CapacityType capacity, TestPod... pods) {
        InstanceType it = InstanceTypes.byName(type);
        Offering offering = new Offering(it, capacity, capacity == CapacityType.SPOT ? it.onDemandPricePerHour() * 0.3
                : it.onDemandPricePerHour());
        Node node = cluster.launch(new NodeLaunch("default", offering, List.of(), 0, 0, 1), -Cluster.DEFAULT_NODE_STARTUP_SECONDS);
        assertThat(cluster.becomeReady(0)).containsExactly(node);
        for (TestPod pod : pods) {
            node.bind(pod, 0);
        }
        return node;
    }

    @Test
    void onePodGetsTheCheapestTypeItFits() {
        // 1.5 cores / 1 GiB: t3.micro ($0.0104) has 625 MiB allocatable, too little; t3.small ($0.0208) has 1930m / 1572 MiB
        NodeLaunch launch = solveNow(provisioner(KarpenterSettings.defaults()), List.of(new TestPod("web", 1.5, 1024)),
                cluster.nodes());
        assertThat(launch.offering().type().name()).isEqualTo("t3.small");
        assertThat(launch.offering().pricePerHour()).isEqualTo(0.0208);
        assertThat(launch.fittingOfferings()).isEqualTo(19);
    }

    @Test
    void threePodsOfOneAndAHalfCoresGoOnOneC5TwoXLarge() {
        // greedy packing keeps adding to the open claim while some type fits them all:
        // 3 x 1.5 = 4.5 cores needs 8 vCPU: c5.2xlarge 7910m $0.34, m5.2xlarge $0.384, m5.4xlarge $0.768 -> c5.2xlarge
        List<TestPod> pods = List.of(new TestPod("a", 1.5, 1024), new TestPod("b", 1.5, 1024), new TestPod("c", 1.5, 1024));
        NodeLaunch launch = solveNow(provisioner(KarpenterSettings.defaults()), pods, cluster.nodes());
        assertThat(launch.offering().type().name()).isEqualTo("c5.2xlarge");
        assertThat(launch.offering().pricePerHour()).isEqualTo(0.34);
        assertThat(launch.fittingOfferings()).isEqualTo(3);
        assertThat(launch.pods()).containsExactlyElementsOf(pods);
        // not the cost optimum: three t3.small would cost 3 x 0.0208 = 0.0624 $/h (Karpenter's greedy rule, kept)
        assertThat(3 * InstanceTypes.byName("t3.small").onDemandPricePerHour()).isLessThan(launch.offering().pricePerHour());
    }

    @Test
    void podsBeyondTheLargestTypeOpenMoreClaimsAndLargestPodsGoFirst() {
        // only m5.large (1930m) allowed: 1.2, 0.6, 1.2, 0.6 -> sorted 1.2, 1.2, 0.6, 0.6
        // claim 1 {1.2}; claim 2 {1.2}; 0.6 -> fewest pods first, tie -> claim 1 {1.2, 0.6}; 0.6 -> claim 2
        KarpenterProvisioner karpenter = new KarpenterProvisioner("default",
                List.of(Offering.onDemand(InstanceTypes.byName("m5.large"))), 0, 0, KarpenterSettings.defaults());
        List<TestPod> pods = List.of(new TestPod("s1", 0.6, 100), new TestPod("l1", 1.2, 100), new TestPod("s2", 0.6, 100),
                new TestPod("l2", 1.2, 100));
        karpenter.provision(0, pods, cluster.nodes());
        ProvisioningDecision decision = karpenter.provision(1, pods, cluster.nodes());
        assertThat(decision.launches()).extracting(l -> l.pods().stream().map(SchedulablePod::name).toList())
                .containsExactly(List.of("l1", "s1"), List.of("l2", "s2"));
    }

    @Test
    void podThatFitsAnExistingNodeGetsNoNewNodeAndTooBigAPodIsUnschedulable() {
        readyNode("m5.large", CapacityType.ON_DEMAND);
        TestPod fits = new TestPod("fits", 1.0, 1024);
        TestPod huge = new TestPod("huge", 32.0, 1024);
        KarpenterProvisioner karpenter = provisioner(KarpenterSettings.defaults());
        karpenter.provision(0, List.of(fits, huge), cluster.nodes());
        ProvisioningDecision decision = karpenter.provision(1, List.of(fits, huge), cluster.nodes());
        assertThat(decision.fitExisting()).containsExactly(fits);
        assertThat(decision.unschedulable()).containsExactly(huge);
        assertThat(decision.launches()).isEmpty();
    }

    @Test
    void batchClosesAfterOneIdleSecond() {
        KarpenterProvisioner karpenter = provisioner(KarpenterSettings.defaults());
        TestPod first = new TestPod("first", 0.5, 512);
        TestPod second = new TestPod("second", 0.5, 512);
        assertThat(karpenter.provision(0, List.of(), cluster.nodes()).status()).isEqualTo(ProvisioningDecision.Status.IDLE);
        assertThat(karpenter.provision(10, List.of(first), cluster.nodes()).status()).isEqualTo(ProvisioningDecision.Status.BATCHING);
        assertThat(karpenter.provision(10.5, List.of(first, second), cluster.nodes()).status())
                .isEqualTo(ProvisioningDecision.Status.BATCHING);
        assertThat(karpenter.provision(11.4, List.of(first, second), cluster.nodes()).status())
                .as("idle for 0.9 s only").isEqualTo(ProvisioningDecision.Status.BATCHING);
        ProvisioningDecision solved = karpenter.provision(11.5, List.of(first, second), cluster.nodes());
        assertThat(solved.status()).isEqualTo(ProvisioningDecision.Status.SOLVED);
        assertThat(solved.launches()).singleElement().satisfies(l -> assertThat(l.pods()).containsExactly(first, second));
        assertThat(karpenter.provision(12, List.of(first, second), cluster.nodes()).status())
                .as("pods already seen do not reopen a batch").isEqualTo(ProvisioningDecision.Status.IDLE);
    }

    @Test
    void batchClosesAfterTenSecondsEvenIfPodsKeepComing() {
        KarpenterProvisioner karpenter = provisioner(KarpenterSettings.defaults());
        List<TestPod> pending = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double now = 0.5 * i;
            pending.add(new TestPod("p" + i, 0.1, 64));
            assertThat(karpenter.provision(now, pending, cluster.nodes()).status()).as("at %s s", now)
                    .isEqualTo(ProvisioningDecision.Status.BATCHING);
        }
        pending.add(new TestPod("p20", 0.1, 64));
        ProvisioningDecision decision = karpenter.provision(10.0, pending, cluster.nodes());
        assertThat(decision.status()).isEqualTo(ProvisioningDecision.Status.SOLVED);
        assertThat(decision.launches()).flatExtracting(NodeLaunch::pods).hasSize(21);
    }

    @Test
    void emptyNodeIsDeletedOnceConsolidateAfterHasPassed() {
        // WhenEmpty: with the default policy the busy node would go first, its pod fitting on the idle one
        KarpenterProvisioner karpenter = provisioner(KarpenterSettings.defaults().withConsolidateAfterSeconds(30)
                .withConsolidationPolicy(ConsolidationPolicy.WHEN_EMPTY));
        readyNode("m5.large", CapacityType.ON_DEMAND, new TestPod("busy", 1.5, 1024));
        Node idle = readyNode("m5.large", CapacityType.ON_DEMAND);
        TestPod gone = new TestPod("gone", 0.5, 256);
        idle.bind(gone, 100);
        idle.unbind(gone, 200);
        assertThat(karpenter.consolidate(229, cluster.nodes(), List.of()).action()).isEqualTo(ConsolidationDecision.Action.NONE);
        ConsolidationDecision decision = karpenter.consolidate(230, cluster.nodes(), List.of());
        assertThat(decision.action()).isEqualTo(ConsolidationDecision.Action.DELETE);
        assertThat(decision.reason()).isEqualTo("Empty");
        assertThat(decision.nodes()).containsExactly(idle);
    }

    @Test
    void budgetOfTenPercentRoundsUpToOneNodeOfThree() {
        KarpenterProvisioner karpenter = provisioner(KarpenterSettings.defaults());
        for (int i = 0; i < 3; i++) {
            readyNode("m5.large", CapacityType.ON_DEMAND);
        }
        assertThat(KarpenterSettings.defaults().allowedDisruptions(3)).isEqualTo(1);
        assertThat(KarpenterSettings.defaults().allowedDisruptions(25)).isEqualTo(3);
        ConsolidationDecision first = karpenter.consolidate(10, cluster.nodes(), List.of());
        assertThat(first.nodes()).extracting(Node::name).containsExactly("default-1");
        cluster.drain(first.nodes().get(0), 10);
        assertThat(karpenter.consolidate(20, cluster.nodes(), List.of()).explanation())
                .as("the node being deleted uses the budget").contains("budget");
        assertThat(provisioner(KarpenterSettings.defaults().withBudgetNodes("2")).consolidate(20, cluster.nodes(), List.of())
                .nodes()).extracting(Node::name).containsExactly("default-2");
    }

    @Test
    void underutilizedNodeWhosePodsFitElsewhereIsDeleted() {
        Node one = readyNode("c5.xlarge", CapacityType.ON_DEMAND, new TestPod("a", 0.5, 512));
        readyNode("c5.xlarge", CapacityType.ON_DEMAND, new TestPod("b", 0.5, 512), new TestPod("c", 0.5, 512));
        ConsolidationDecision decision = provisioner(KarpenterSettings.defaults()).consolidate(10, cluster.nodes(), List.of());
        assertThat(decision.action()).isEqualTo(ConsolidationDecision.Action.DELETE);
        assertThat(decision.reason()).isEqualTo("Underutilized");
        assertThat(decision.nodes()).containsExactly(one);
    }

    /** The same node whose pods would fit only on a node still starting is kept (Karpenter's UninitializedNodeError). */
    @Test
    void podsAreNotMovedOntoANodeThatIsStillStarting() {
        Node one = readyNode("c5.xlarge", CapacityType.ON_DEMAND, new TestPod("a", 0.5, 512));
        InstanceType type = InstanceTypes.byName("c5.xlarge");
        Node starting = cluster.launch(new NodeLaunch("default", new Offering(type, CapacityType.ON_DEMAND,
                type.onDemandPricePerHour()), List.of(), 0, 0, 1), 0);
        assertThat(starting.state()).isEqualTo(NodeState.PROVISIONING);
        ConsolidationDecision decision = provisioner(KarpenterSettings.defaults()).consolidate(10, cluster.nodes(), List.of());
        assertThat(decision.nodes()).doesNotContain(one);
        assertThat(decision.action()).isNotEqualTo(ConsolidationDecision.Action.DELETE);
        // once it is Ready the pod may move there, and the first node goes
        cluster.becomeReady(Cluster.DEFAULT_NODE_STARTUP_SECONDS);
        ConsolidationDecision later = provisioner(KarpenterSettings.defaults()).consolidate(200, cluster.nodes(), List.of());
        assertThat(later.action()).isEqualTo(ConsolidationDecision.Action.DELETE);
    }

    @Test
    void nodeIsReplacedByTheCheapestTypeThatHoldsItsPods() {
        Node big = readyNode("c5.2xlarge", CapacityType.ON_DEMAND, new TestPod("web", 1.5, 1024));
        ConsolidationDecision decision = provisioner(KarpenterSettings.defaults()).consolidate(10, cluster.nodes(), List.of());
        assertThat(decision.action()).isEqualTo(ConsolidationDecision.Action.REPLACE);
        assertThat(decision.nodes()).containsExactly(big);
        Offering replacement = decision.replacement().orElseThrow().offering();
        assertThat(replacement.type().name()).isEqualTo("t3.small");
        assertThat(replacement.pricePerHour()).isCloseTo(0.0208, within(EPS));
        assertThat(decision.explanation()).isEqualTo("replace default-1 (c5.2xlarge, $0.3400/h) by t3.small ($0.0208/h)");
    }

    @Test
    void whenEmptyPolicyAndSpotNodesAreNotReplaced() {
        readyNode("c5.2xlarge", CapacityType.ON_DEMAND, new TestPod("web", 1.5, 1024));
        assertThat(provisioner(KarpenterSettings.defaults().withConsolidationPolicy(ConsolidationPolicy.WHEN_EMPTY))
                .consolidate(10, cluster.nodes(), List.of()).action()).isEqualTo(ConsolidationDecision.Action.NONE);
        Cluster spotCluster = new Cluster();
        cluster = spotCluster;
        readyNode("c5.2xlarge", CapacityType.SPOT, new TestPod("web", 1.5, 1024));
        assertThat(provisioner(KarpenterSettings.defaults()).consolidate(10, spotCluster.nodes(), List.of()).action())
                .isEqualTo(ConsolidationDecision.Action.NONE);
    }

    @Test
    void nodeThatIsAlreadyTheCheapestFitIsKept() {
        readyNode("t3.small", CapacityType.ON_DEMAND, new TestPod("web", 1.5, 1024));
        assertThat(provisioner(KarpenterSettings.defaults()).consolidate(10, cluster.nodes(), List.of()).action())
                .isEqualTo(ConsolidationDecision.Action.NONE);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> KarpenterSettings.defaults().withBudgetNodes("ten")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budgets.nodes");
        assertThatThrownBy(() -> new KarpenterProvisioner("Default", List.of(), 0, 0, KarpenterSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
