package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStreams;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.InstanceTypes;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.SchedulablePod;
import io.cloudmart.sim.model.cluster.ScoringStrategy;

/**
 * The t = 0 placement every run starts from and scenario checking asks: pods bound in order, stopping at the first
 * that fits nowhere, ties broken by the replication's {@code cluster.scheduler} stream, and whether any tie was drawn.
 */
class StartPlacementTest {
    private record Pod(String name, double cpuRequest, double memoryRequestMiB) implements SchedulablePod {
    }

    /** m5.large: 1.93 allocatable cores, so one pod of 1 core per node. */
    private static ClusterConfig pools(int m5Nodes) {
        return new ClusterConfig(List.of(new NodePoolSpec("general", InstanceTypes.byName("m5.large"),
                CapacityType.ON_DEMAND, m5Nodes, m5Nodes, m5Nodes, 0, 0, Map.of())), ScoringStrategy.LEAST_ALLOCATED,
                NodeProvisioner.NONE, ClusterAutoscalerSettings.defaults(), null, 90, SpotInterruptions.NONE);
    }

    private static List<Pod> pods(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Pod("api-" + i, 1.0, 512)).toList();
    }

    @Test
    void bindingStopsAtTheFirstPodThatFitsNowhere() {
        StartPlacement start = StartPlacement.place(pools(2), new RandomStreams(7, 0), pods(3));
        assertThat(start.placed()).isEqualTo(2);
        assertThat(start.misfit().pod().name()).isEqualTo("api-2");
        assertThat(start.misfit().message()).isEqualTo("0/2 nodes are available: 2 Insufficient cpu.");
        assertThat(start.cluster().nodes()).allSatisfy(node -> assertThat(node.pods()).hasSize(1));
    }

    @Test
    void withOneNodeThereIsNoTieAndEverySeedPlacesAlike() {
        for (long seed = 0; seed < 8; seed++) {
            StartPlacement start = StartPlacement.place(pools(1), new RandomStreams(seed, 0), pods(1));
            assertThat(start.firstMisfit()).isEmpty();
            assertThat(start.drewTies()).isFalse();
        }
    }

    @Test
    void tiesAreDrawnFromTheReplicationsStream() {
        // two empty m5.large score alike for the first pod: which one takes it depends on the stream
        Set<String> firstNodes = new HashSet<>();
        for (int replication = 0; replication < 16; replication++) {
            StartPlacement start = StartPlacement.place(pools(2), new RandomStreams(7, replication), pods(1));
            assertThat(start.drewTies()).isTrue();
            firstNodes.add(start.cluster().nodes().stream().filter(n -> !n.pods().isEmpty()).findFirst()
                    .orElseThrow().name());
            // the same replication's streams give the same start
            StartPlacement again = StartPlacement.place(pools(2), new RandomStreams(7, replication), pods(1));
            assertThat(again.cluster().nodes().stream().map(n -> n.pods().size()).toList())
                    .isEqualTo(start.cluster().nodes().stream().map(n -> n.pods().size()).toList());
        }
        assertThat(firstNodes).containsExactlyInAnyOrder("general-1", "general-2");
    }
}
