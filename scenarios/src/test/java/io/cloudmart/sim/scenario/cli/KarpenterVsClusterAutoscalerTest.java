package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * the batch, and consolidates with its default policy (WhenEmptyOrUnderutilized) as soon as the HPA scales down:
 * it deletes empty nodes and nodes whose pods fit elsewhere, and replaces a node by a cheaper one; the Cluster
 * Autoscaler acts at its 10 s scans, grows its one m5.large pool and removes a node only after 10 minutes
 * unneeded. So Karpenter pays less. Moving pods has a price of its own here: the moved pods have no metrics yet,
 * the HPA keeps its replicas and its 5-minute scale-down window holds them, so WhenEmpty is cheaper in this run.
 */
class KarpenterVsClusterAutoscalerTest {
    private static final List<String> NODE_POOL_TYPES = List.of("m5.large", "m5.xlarge", "m5.2xlarge", "c5.large",
            "c5.xlarge", "c5.2xlarge");
    private static final double POD_CPU = 0.5;
    private static final double POD_MEMORY_MIB = 512;
    /** [DEFAULT] kubernetes HPA --horizontal-pod-autoscaler-downscale-stabilization: 5 minutes. */
    private static final double HPA_SCALE_DOWN_WINDOW_SECONDS = 300;
    /** [BEHAVIOR] karpenter pkg/controllers/disruption controller.go: pollingPeriod = 10 s. */
    private static final double DISRUPTION_POLL_SECONDS = 10;
    /** [DEFAULT] cluster-autoscaler FAQ: scaleDownUnneededTime = 10 minutes. */
    private static final double CA_UNNEEDED_SECONDS = 600;
    private static StoryRun karpenter;
    private static StoryRun whenEmpty;
    private static StoryRun clusterAutoscaler;

    @BeforeAll
    static void run(@TempDir Path dir) {
        karpenter = StoryRun.of(dir.resolve("karpenter"), "karpenter-vs-cluster-autoscaler");
        whenEmpty = StoryRun.of(dir.resolve("when-empty"), "karpenter-vs-cluster-autoscaler",
                "cluster.autoscaler.nodePool.disruption.consolidationPolicy=WhenEmpty");
        clusterAutoscaler = StoryRun.of(dir.resolve("ca"), "karpenter-vs-cluster-autoscaler",
                "cluster.autoscaler.type=cluster-autoscaler", "cluster.autoscaler.nodePool=null");
    }

    @Test
    void bothServeTheSpike() {
        for (StoryRun run : List.of(karpenter, whenEmpty, clusterAutoscaler)) {
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
    void karpenterConsolidatesAsSoonAsTheHpaScalesDownTheClusterAutoscalerTenMinutesLater() {
        for (StoryRun run : List.of(karpenter, whenEmpty)) { // consolidateAfter 0 s: at the next disruption poll
            double firstPodsGone = firstTime(run.events("hpa/checkout", "scaleDown"));
            assertThat(firstTime(run.events("karpenter", "consolidateDelete")) - firstPodsGone)
                    .isBetween(0.0, DISRUPTION_POLL_SECONDS);
        }
        // the Cluster Autoscaler waits scaleDownUnneededTime (10 min) for each node
        List<JsonNode> caRemovals = clusterAutoscaler.events("cluster-autoscaler", "scaleDown");
        assertThat(caRemovals).isNotEmpty().allSatisfy(e -> assertThat(e.get("timeSeconds").asDouble()
                - e.at("/inputs/unneededSince").asDouble()).isGreaterThanOrEqualTo(CA_UNNEEDED_SECONDS));
        assertThat(firstTime(caRemovals) - firstTime(clusterAutoscaler.events("hpa/checkout", "scaleDown")))
                .isGreaterThanOrEqualTo(CA_UNNEEDED_SECONDS);
        assertThat(last(karpenter.events("karpenter", "consolidateDelete"))).isLessThan(last(caRemovals));
    }

    @Test
    void theDefaultPolicyDeletesUnderutilizedNodesAndReplacesOneByACheaperNode() {
        assertThat(karpenter.events("karpenter", "consolidateDelete"))
                .extracting(e -> e.at("/inputs/reason").asText()).contains("Empty", "Underutilized");
        // nodes are <nodePool>-<n> in launch order; a replaced node leaves without a delete line of its own
        Map<String, Double> launchedPrice = new LinkedHashMap<>();
        List<JsonNode> replacements = new ArrayList<>();
        for (JsonNode e : karpenter.events()) {
            String decision = e.get("decision").asText();
            if (e.get("controller").asText().equals("karpenter")
                    && (decision.equals("provision") || decision.equals("consolidateReplace"))) {
                launchedPrice.put("karpenter-" + (launchedPrice.size() + 1), e.at("/inputs/pricePerHour").asDouble());
                if (decision.equals("consolidateReplace")) {
                    replacements.add(e);
                }
            }
        }
        Set<String> replaced = new LinkedHashSet<>(launchedPrice.keySet());
        karpenter.events("karpenter", "consolidateDelete").forEach(e -> replaced.remove(e.at("/inputs/node").asText()));
        assertThat(replacements).isNotEmpty().hasSameSizeAs(replaced);
        double dearestReplacement = replacements.stream().mapToDouble(e -> e.at("/inputs/pricePerHour").asDouble())
                .max().orElseThrow();
        assertThat(replaced).allSatisfy(node -> assertThat(launchedPrice.get(node)).isGreaterThan(dearestReplacement));
        // each replacement names the node it replaces, at the price that node was launched at, dearer than its own
        assertThat(replacements).allSatisfy(e -> {
            String old = e.at("/inputs/replaces").asText();
            assertThat(replaced).contains(old);
            assertThat(e.at("/inputs/replacesPricePerHour").asDouble()).isEqualTo(launchedPrice.get(old))
                    .isGreaterThan(e.at("/inputs/pricePerHour").asDouble());
        });
        // WhenEmpty deletes empty nodes only
        assertThat(whenEmpty.events("karpenter", "consolidateReplace")).isEmpty();
        assertThat(whenEmpty.events("karpenter", "consolidateDelete")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.at("/inputs/reason").asText()).isEqualTo("Empty"));
    }

    @Test
    void movedPodsHoldTheHpaForItsScaleDownWindowSoWhenEmptyIsCheaperHere() {
        // the pods the default policy moves have no metrics yet; the HPA counts them as 100 % busy on a scale-down
        // and keeps its replicas, which its 5-minute window then holds
        double lastMove = last(karpenter.events("karpenter", "consolidateDelete").stream()
                .filter(e -> e.at("/inputs/reason").asText().equals("Underutilized")).toList());
        assertThat(lastScaleDown(karpenter) - lastMove).isGreaterThanOrEqualTo(HPA_SCALE_DOWN_WINDOW_SECONDS);
        assertThat(lastScaleDown(whenEmpty)).isLessThan(lastScaleDown(karpenter) - HPA_SCALE_DOWN_WINDOW_SECONDS / 2);
        assertThat(whenEmpty.figure("/cost/total")).isLessThan(karpenter.figure("/cost/total"));
    }

    /** When the HPA reached the pods it keeps after the sale. */
    private static double lastScaleDown(StoryRun run) {
        return last(run.events("hpa/checkout", "scaleDown"));
    }

    @Test
    void karpenterLetsItsNodesGoAndCostsLess() {
        assertThat(karpenter.lastValue("cluster.karpenter.nodes")).isZero();
        assertThat(clusterAutoscaler.lastValue("cluster.burst.nodes")).isZero();
        assertThat(karpenter.figure("/cost/nodeHours")).isLessThan(clusterAutoscaler.figure("/cost/nodeHours"));
        assertThat(karpenter.figure("/cost/total")).isLessThan(0.8 * clusterAutoscaler.figure("/cost/total"));
    }

    private static double firstTime(List<JsonNode> events) {
        assertThat(events).isNotEmpty();
        return events.get(0).get("timeSeconds").asDouble();
    }

    private static double last(List<JsonNode> events) {
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).get("timeSeconds").asDouble();
    }
}
