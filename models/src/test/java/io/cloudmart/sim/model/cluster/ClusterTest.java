package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Node identities and life cycle: names never reused, Ready after the startup delay, drain then remove; spec validation. */
class ClusterTest {
    private final NodePoolSpec m5 = Pools.pool("m5", "m5.large", 1, 5);

    @Test
    void nodesAreNamedPerPoolAndNumbersAreNeverReused() {
        Cluster cluster = new Cluster();
        List<Node> initial = cluster.bootstrap(List.of(m5.withBounds(0, 5, 2), Pools.pool("c5", "c5.large", 1, 3)), 0);
        assertThat(initial).extracting(Node::name).containsExactly("m5-1", "m5-2", "c5-1");
        assertThat(initial).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.READY));
        cluster.remove(initial.get(1));
        assertThat(cluster.addReadyNode(m5, 5).name()).isEqualTo("m5-3");
        assertThat(cluster.nodesOf("m5")).extracting(Node::name).containsExactly("m5-1", "m5-3");
    }

    @Test
    void launchedNodesBecomeReadyAfterTheStartupDelay() {
        Cluster cluster = new Cluster(90);
        List<Node> launched = cluster.launch(new ScaleUp(m5, 2, List.of(), Expander.LEAST_WASTE, "test", List.of()), 100);
        assertThat(launched).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo(NodeState.PROVISIONING);
            assertThat(n.acceptsPods()).isFalse();
        });
        assertThat(cluster.becomeReady(189.9)).isEmpty();
        assertThat(cluster.becomeReady(190)).containsExactlyElementsOf(launched);
        assertThat(launched.get(0).readyAt()).isEqualTo(190.0);
        assertThat(launched.get(0).lastPodEventAt()).isEqualTo(190.0);
    }

    @Test
    void drainEvictsThePodsAndOnlyEmptyNodesAreRemoved() {
        Cluster cluster = new Cluster();
        Node node = cluster.addReadyNode(m5, 0);
        TestPod pod = new TestPod("web", 0.5, 512);
        node.bind(pod, 1);
        assertThat(cluster.nodeOf(pod)).contains(node);
        assertThatThrownBy(() -> cluster.remove(node)).isInstanceOf(IllegalStateException.class).hasMessageContaining("drain");
        assertThat(cluster.drain(node, 2)).containsExactly(pod);
        assertThat(node.state()).isEqualTo(NodeState.DELETING);
        assertThatThrownBy(() -> node.bind(pod, 3)).isInstanceOf(IllegalStateException.class);
        cluster.remove(node);
        assertThat(cluster.nodes()).isEmpty();
    }

    @Test
    void requestsIncludeTheDaemonSetOverheadAndStayExact() {
        Cluster cluster = new Cluster();
        Node node = cluster.addReadyNode(Pools.pool("agents", "m5.large", 0, 3, 0.1, 256), 0);
        assertThat(node.requestedCpu()).isEqualTo(0.1);
        for (int i = 0; i < 1000; i++) {
            TestPod pod = new TestPod("p" + i, 0.1, 12.5);
            node.bind(pod, i);
            node.unbind(pod, i);
        }
        assertThat(node.requestedCpu()).isEqualTo(0.1);
        assertThat(node.requestedMemoryMiB()).isEqualTo(256.0);
    }

    @Test
    void specsRefuseImpossibleValues() {
        InstanceType m5large = InstanceTypes.byName("m5.large");
        assertThatThrownBy(() -> new NodePoolSpec("m5", m5large, CapacityType.ON_DEMAND, 3, 2, 2, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minNodes <= maxNodes");
        assertThatThrownBy(() -> new NodePoolSpec("m5", m5large, CapacityType.ON_DEMAND, 0, 2, 3, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialNodes");
        assertThatThrownBy(() -> new NodePoolSpec("m5", m5large, CapacityType.ON_DEMAND, 0, 2, 1, 2.0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DaemonSet overhead");
        assertThatThrownBy(() -> new NodePoolSpec("M5_pool", m5large, CapacityType.ON_DEMAND, 0, 2, 1, 0, 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DNS label");
        assertThatThrownBy(() -> new ClusterAutoscaler(ClusterAutoscalerSettings.defaults())
                .scan(10, List.of(), List.of(), List.of(m5, m5))).hasMessageContaining("two node groups");
        assertThat(new NodePoolSpec("spot", m5large, CapacityType.SPOT, 0, 2, 1, 0, 0, null).pricePerHour()).isEqualTo(0.096);
        assertThat(Expander.fromFlag("least-waste")).isEqualTo(Expander.LEAST_WASTE);
        assertThatThrownBy(() -> Expander.fromFlag("priority")).hasMessageContaining("least-waste, random, price");
    }
}
