package io.cloudmart.sim.scenario.load;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudmart.sim.scenario.catalog.Catalog;

/**
 * One message for a wrong value of each controller flag the other bad-input tests do not reach: the VPA
 * recommender's and updater's, the HPA controller's ({@code controlPlane.hpa}), Karpenter's batching and disruption,
 * and a custom instance type's pod limit.
 */
class ControllerFlagsBadInputTest {
    private static final String CLUSTER = TestScenarios.resource("/load/cluster.yaml")
            .replace("      recommender: { safetyMarginFraction: 0.2, podMinCpuMillicores: 50 }\n",
                    "      recommender: { safetyMarginFraction: 0.2, podMinCpuMillicores: 50, recommenderInterval: 1m,"
                            + " confidenceIntervalCpu: 24h, cpuHistogramDecayHalfLife: 24h, upperBoundCpuPercentile: 0.95 }\n")
            .replace("      updater: { minReplicas: 1, evictionTolerance: 0.25 }\n",
                    "      updater: { minReplicas: 1, evictionTolerance: 0.25, updaterInterval: 1m, podUpdateThreshold: 0.1,"
                            + " podLifetimeUpdateThreshold: 12h }\n")
            .replace("custom: { vcpu: 4, memory: 16Gi, pricePerHour: 0.2 }",
                    "custom: { vcpu: 4, memory: 16Gi, pricePerHour: 0.2, maxPods: 58 }")
            + "controlPlane:\n  hpa: { cpuInitializationPeriod: 5m, initialReadinessDelay: 30s, downscaleStabilization: 5m }\n";
    private static final String KARPENTER = new Catalog().text("karpenter-vs-cluster-autoscaler").orElseThrow()
            .replace("    type: karpenter\n", "    type: karpenter\n    batchMaxDuration: 10s\n")
            .replace("disruption: { consolidationPolicy: WhenEmptyOrUnderutilized }",
                    "disruption: { consolidationPolicy: WhenEmptyOrUnderutilized, consolidateAfter: 0s }");

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("cluster")
    void oneIssueInTheClusterScenario(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(CLUSTER, from, to, path, phrase);
    }

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("karpenter")
    void oneIssueInTheKarpenterScenario(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(KARPENTER, from, to, path, phrase);
    }

    static Stream<Arguments> cluster() {
        String rec = "services.checkout.vpa.recommender.";
        String upd = "services.checkout.vpa.updater.";
        String hpa = "controlPlane.hpa.";
        return Stream.of(
                Arguments.of("recommenderInterval: 1m", "recommenderInterval: 0s", rec + "recommenderInterval", "must be > 0 (got '0s')"),
                Arguments.of("confidenceIntervalCpu: 24h", "confidenceIntervalCpu: -1h", rec + "confidenceIntervalCpu", "must be > 0 (got '-1h')"),
                Arguments.of("cpuHistogramDecayHalfLife: 24h", "cpuHistogramDecayHalfLife: often", rec + "cpuHistogramDecayHalfLife", "expected a duration like 250ms"),
                Arguments.of("upperBoundCpuPercentile: 0.95", "upperBoundCpuPercentile: 1.5", rec + "upperBoundCpuPercentile", "must be in [0, 1] (got 1.5)"),
                Arguments.of("updaterInterval: 1m", "updaterInterval: 0s", upd + "updaterInterval", "must be > 0 (got '0s')"),
                Arguments.of("podUpdateThreshold: 0.1", "podUpdateThreshold: -0.1", upd + "podUpdateThreshold", "must be >= 0 (got -0.1)"),
                Arguments.of("podLifetimeUpdateThreshold: 12h", "podLifetimeUpdateThreshold: 12", upd + "podLifetimeUpdateThreshold", "a duration needs a unit: write 12s"),
                Arguments.of("maxPods: 58", "maxPods: 0", "cluster.nodePools.2.custom.maxPods", "must be at least 1 (got 0)"),
                Arguments.of("cpuInitializationPeriod: 5m", "cpuInitializationPeriod: -5m", hpa + "cpuInitializationPeriod", "must be >= 0 (got '-5m')"),
                Arguments.of("initialReadinessDelay: 30s", "initialReadinessDelay: soon", hpa + "initialReadinessDelay", "expected a duration like 250ms"),
                Arguments.of("downscaleStabilization: 5m", "downscaleStabilization: -1s", hpa + "downscaleStabilization", "must be >= 0 (got '-1s')"));
    }

    static Stream<Arguments> karpenter() {
        String pool = "cluster.autoscaler.nodePool.disruption.";
        return Stream.of(
                Arguments.of("batchMaxDuration: 10s", "batchMaxDuration: 0s", "cluster.autoscaler.batchMaxDuration", "must be > 0 (got '0s')"),
                Arguments.of("consolidationPolicy: WhenEmptyOrUnderutilized,", "consolidationPolicy: WhenIdle,",
                        pool + "consolidationPolicy", "Allowed: WhenEmptyOrUnderutilized, WhenEmpty"),
                Arguments.of("consolidateAfter: 0s", "consolidateAfter: -30s", pool + "consolidateAfter", "must be >= 0 (got '-30s')"));
    }
}
