package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.model.cluster.Allocatable;
import io.cloudmart.sim.model.cluster.InstanceType;
import io.cloudmart.sim.model.cluster.InstanceTypes;

/**
 * The karpenter-vs-cluster-autoscaler story: both serve the same spike with the same pods; Karpenter answers a
 * batch of Pending pods 1 s after the last one came (batchIdleDuration) with the cheapest listed type that holds
 * the batch, and deletes a node once it is empty; the Cluster Autoscaler acts at its 10 s scans, grows its one
 * m5.large pool and removes a node only after 10 minutes unneeded. So Karpenter runs fewer node-hours, for less.
 */
class KarpenterVsClusterAutoscalerTest {
    private static final List<String> NODE_POOL_TYPES = List.of("m5.large", "m5.xlarge", "m5.2xlarge", "c5.large",
            "c5.xlarge", "c5.2xlarge");
    private static final double POD_CPU = 0.5;
    private static final double POD_MEMORY_MIB = 512;
    private static StoryRun karpenter;
    private static StoryRun clusterAutoscaler;

    @BeforeAll
    static void run(@TempDir Path dir) {
        karpenter = StoryRun.of(dir.resolve("karpenter"), "karpenter-vs-cluster-autoscaler");
        clusterAutoscaler = StoryRun.of(dir.resolve("ca"), "karpenter-vs-cluster-autoscaler",
                "cluster.autoscaler.type=cluster-autoscaler", "cluster.autoscaler.nodePool=null");
    }

    @Test
    void bothServeTheSpike() {
        for (StoryRun run : List.of(karpenter, clusterAutoscaler)) {
            assertThat(run.figure("/requests/ok")).isEqualTo(run.figure("/requests/total"));
            assertThat(run.figure("/services/checkout/replicas/max")).isEqualTo(40);
            assertThat(run.figure("/cluster/maxPendingPods")).isPositive();
            assertThat(run.lastValue("cluster.pending")).isZero();
        }
        assertThat(karpenter.figure("/cluster/pools/burst/added")).isZero(); // Karpenter launches beside the pools
        assertThat(clusterAutoscaler.figure("/cluster/pools/burst/added")).isPositive();
    }

    @Test
    void karpenterAnswersABatchOneSecondAfterItsPodsTheClusterAutoscalerAtItsScans() {
        List<Double> podsAdded = karpenter.events("hpa/checkout", "scaleUp").stream()
                .map(e -> e.get("timeSeconds").asDouble()).toList();
        List<JsonNode> launches = karpenter.events("karpenter", "provision");
        assertThat(launches).isNotEmpty().allSatisfy(e ->
                assertThat(podsAdded).contains(e.get("timeSeconds").asDouble() - 1)); // batchIdleDuration 1 s
        assertThat(clusterAutoscaler.events("cluster-autoscaler", "scaleUp")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble() % 10).isZero()); // scanInterval 10 s
    }

    @Test
    void karpenterLaunchesTheCheapestTypeThatHoldsTheBatch() {
        for (JsonNode launch : karpenter.events("karpenter", "provision")) {
            int pods = launch.at("/inputs/pods").asInt();
            List<InstanceType> fitting = NODE_POOL_TYPES.stream().map(InstanceTypes::byName)
                    .filter(t -> holds(t, pods)).toList();
            InstanceType cheapest = fitting.stream()
                    .min(Comparator.comparingDouble(InstanceType::onDemandPricePerHour)).orElseThrow();
            assertThat(launch.at("/inputs/instanceType").asText()).as(pods + " pods").isEqualTo(cheapest.name());
            assertThat(launch.at("/inputs/fittingOfferings").asInt()).isEqualTo(fitting.size());
        }
        // these pods need CPU more than memory: a c5 is cheaper than the m5 of the same vCPU
        assertThat(karpenter.events("karpenter", "provision"))
                .allSatisfy(e -> assertThat(e.at("/inputs/instanceType").asText()).startsWith("c5."));
    }

    private static boolean holds(InstanceType type, int pods) {
        Allocatable allocatable = Allocatable.eksAmi(type);
        return allocatable.cpu() >= pods * POD_CPU && allocatable.memoryMiB() >= pods * POD_MEMORY_MIB
                && allocatable.maxPods() >= pods;
    }

    @Test
    void karpenterLetsItsNodesGoSoonerAndCostsLess() {
        // the Cluster Autoscaler waits scaleDownUnneededTime (10 min) for each node
        List<JsonNode> caRemovals = clusterAutoscaler.events("cluster-autoscaler", "scaleDown");
        assertThat(caRemovals).isNotEmpty().allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble()
                - e.at("/inputs/unneededSince").asDouble()).isGreaterThanOrEqualTo(600));
        List<JsonNode> karpenterRemovals = karpenter.events("karpenter", "consolidateDelete");
        assertThat(karpenterRemovals).isNotEmpty()
                .allSatisfy(e -> assertThat(e.at("/inputs/reason").asText()).isEqualTo("Empty"));
        assertThat(last(karpenterRemovals)).isLessThan(last(caRemovals) - 300);
        assertThat(karpenter.lastValue("cluster.karpenter.nodes")).isZero();
        assertThat(clusterAutoscaler.lastValue("cluster.burst.nodes")).isZero();
        assertThat(karpenter.figure("/cost/nodeHours")).isLessThan(clusterAutoscaler.figure("/cost/nodeHours"));
        assertThat(karpenter.figure("/cost/total")).isLessThan(0.8 * clusterAutoscaler.figure("/cost/total"));
    }

    private static double last(List<JsonNode> events) {
        return events.get(events.size() - 1).get("timeSeconds").asDouble();
    }
}
