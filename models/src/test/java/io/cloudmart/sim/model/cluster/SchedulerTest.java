package io.cloudmart.sim.model.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.random.RandomStream;

/**
 * The scheduler against kube-scheduler's plugins: NodeResourcesFit reasons and message format, and the
 * LeastAllocated / MostAllocated integer scores computed by hand on m5.large nodes (allocatable 1930m,
 * 7518 MiB).
 */
class SchedulerTest {
    private final NodePoolSpec m5 = Pools.pool("m5", "m5.large", 0, 10);
    private Cluster cluster;
    private Node a;
    private Node b;

    @BeforeEach
    void twoNodes() {
        cluster = new Cluster();
        a = cluster.addReadyNode(m5, 0);
        b = cluster.addReadyNode(m5, 0);
        a.bind(new TestPod("resident", 1.0, 2048), 0);
    }

    @Test
    void leastAllocatedSpreadsWithTheHandComputedScores() {
        TestPod pod = new TestPod("web", 0.5, 1024);
        // a: cpu 1500m -> (1930-1500)*100/1930 = 22; memory 3072 MiB -> (7518-3072)*100/7518 = 59; (22+59)/2 = 40
        // b: cpu  500m -> 1430*100/1930 = 74;        memory 1024 MiB -> 6494*100/7518 = 86;        (74+86)/2 = 80
        assertThat(ScoringStrategy.LEAST_ALLOCATED.score(pod, a)).isEqualTo(40);
        assertThat(ScoringStrategy.LEAST_ALLOCATED.score(pod, b)).isEqualTo(80);
        ScheduleResult result = new Scheduler(ScoringStrategy.LEAST_ALLOCATED).schedule(pod, cluster.nodes(), 5);
        assertThat(result).isInstanceOfSatisfying(ScheduleResult.Scheduled.class, s -> {
            assertThat(s.node()).isSameAs(b);
            assertThat(s.score()).isEqualTo(80);
            assertThat(s.feasible()).isEqualTo(2);
            assertThat(s.tied()).as("no other node scored 80").isEqualTo(1);
        });
        assertThat(b.holds(pod)).isTrue();
        assertThat(b.lastPodEventAt()).isEqualTo(5.0);
    }

    @Test
    void mostAllocatedPacksWithTheHandComputedScores() {
        TestPod pod = new TestPod("web", 0.5, 1024);
        // a: cpu 1500*100/1930 = 77; memory 3072*100/7518 = 40; (77+40)/2 = 58
        // b: cpu  500*100/1930 = 25; memory 1024*100/7518 = 13; (25+13)/2 = 19
        assertThat(ScoringStrategy.MOST_ALLOCATED.score(pod, a)).isEqualTo(58);
        assertThat(ScoringStrategy.MOST_ALLOCATED.score(pod, b)).isEqualTo(19);
        ScheduleResult result = new Scheduler(ScoringStrategy.MOST_ALLOCATED).select(pod, cluster.nodes());
        assertThat(((ScheduleResult.Scheduled) result).node()).isSameAs(a);
        assertThat(a.holds(pod)).as("select does not bind").isFalse();
    }

    @Test
    void podWithoutRequestsIsScoredWithTheNonZeroStandIns() {
        TestPod none = new TestPod("best-effort", 0, 0);
        // b empty: counted as 100m and 200 MiB -> cpu 1830*100/1930 = 94, memory 7318*100/7518 = 97 -> 95
        assertThat(ScoringStrategy.LEAST_ALLOCATED.score(none, b)).isEqualTo(95);
        assertThat(b.requestedCpu()).isZero();
    }

    @Test
    void tiesGoToTheFirstNodeWithoutAStreamAndSpreadWithOne() {
        Node c = cluster.addReadyNode(m5, 0);
        TestPod pod = new TestPod("web", 0.5, 1024);
        assertThat(ScoringStrategy.LEAST_ALLOCATED.score(pod, c)).isEqualTo(ScoringStrategy.LEAST_ALLOCATED.score(pod, b));
        ScheduleResult.Scheduled first = (ScheduleResult.Scheduled) new Scheduler(ScoringStrategy.LEAST_ALLOCATED)
                .select(pod, cluster.nodes());
        assertThat(first.node()).isSameAs(b);
        assertThat(first.tied()).as("b and c score alike").isEqualTo(2);
        Set<Node> chosen = new HashSet<>();
        for (long seed = 0; seed < 32; seed++) {
            Scheduler random = new Scheduler(ScoringStrategy.LEAST_ALLOCATED, new RandomStream("test.tie", seed));
            chosen.add(((ScheduleResult.Scheduled) random.select(pod, cluster.nodes())).node());
        }
        assertThat(chosen).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void podThatFitsNowhereGetsTheSchedulersMessage() {
        Node c = cluster.addReadyNode(m5, 0);
        TestPod huge = new TestPod("batch", 2.0, 1024);
        ScheduleResult result = new Scheduler(ScoringStrategy.LEAST_ALLOCATED).schedule(huge, List.of(a, b, c), 0);
        assertThat(result).isInstanceOfSatisfying(Unschedulable.class, u -> {
            assertThat(u.numAllNodes()).isEqualTo(3);
            assertThat(u.reasonCounts()).containsExactly(Map.entry("Insufficient cpu", 3));
            assertThat(u.message()).isEqualTo("0/3 nodes are available: 3 Insufficient cpu.");
        });
    }

    @Test
    void reasonsAreSortedAsStringsAndProvisioningNodesAreNotCounted() {
        Cluster big = new Cluster();
        for (int i = 0; i < 10; i++) {
            big.addReadyNode(m5, 0).bind(new TestPod("resident-" + i, 1.5, 100), 0);
        }
        big.addReadyNode(m5, 0).cordon();
        big.addReadyNode(m5, 0).cordon();
        big.launch(new ScaleUp(m5, 1, List.of(), Expander.LEAST_WASTE, "test", List.of()), 0);
        Unschedulable u = (Unschedulable) new Scheduler(ScoringStrategy.LEAST_ALLOCATED)
                .select(new TestPod("web", 1.0, 256), big.nodes());
        // sort.Strings puts "10 ..." before "2 ...": the order is the strings', not the counts'
        assertThat(u.message()).isEqualTo("0/12 nodes are available: 10 Insufficient cpu, 2 node(s) were unschedulable.");
    }

    @Test
    void cordonedAndFullNodesGiveTheirOwnReasons() {
        b.bind(new TestPod("filler", 0.5, 6000), 0);
        Node c = cluster.addReadyNode(m5, 0);
        c.cordon();
        TestPod pod = new TestPod("web", 1.0, 2048);
        Unschedulable u = (Unschedulable) new Scheduler(ScoringStrategy.LEAST_ALLOCATED).select(pod, cluster.nodes());
        // a: 1000+1000 > 1930 cpu, 2048+2048 <= 7518 -> cpu only; b: 500+1000 fits cpu, 6000+2048 > 7518 -> memory only
        assertThat(u.message()).isEqualTo(
                "0/3 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 node(s) were unschedulable.");
    }

    @Test
    void everyShortResourceIsReportedAndPodCountToo() {
        NodePoolSpec micro = Pools.pool("micro", "t3.micro", 0, 3);
        Cluster small = new Cluster();
        Node n = small.addReadyNode(micro, 0);
        for (int i = 0; i < 4; i++) {
            n.bind(new TestPod("p" + i, 0.1, 10), 0);
        }
        Unschedulable u = (Unschedulable) new Scheduler(ScoringStrategy.LEAST_ALLOCATED)
                .select(new TestPod("big", 3.0, 4096), small.nodes());
        assertThat(u.message()).isEqualTo(
                "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 Too many pods.");
    }

    @Test
    void noNodeAtAllHasItsOwnMessage() {
        Unschedulable u = (Unschedulable) new Scheduler(ScoringStrategy.LEAST_ALLOCATED)
                .select(new TestPod("web", 0.1, 64), List.of());
        assertThat(u.message()).isEqualTo("no nodes available to schedule pods");
    }
}
