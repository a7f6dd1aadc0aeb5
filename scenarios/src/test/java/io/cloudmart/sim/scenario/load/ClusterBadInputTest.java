package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One mistake per cluster, FinOps, VPA, requests, labels and mesh-proxy field, made in a scenario that uses them
 * all (test resource {@code load/cluster.yaml}): exactly one issue, with its path, a line and column, and a key
 * phrase. (The command line turns such an issue into exit code 2, as for every bad input.)
 */
class ClusterBadInputTest {
    private static final String CLUSTER = TestScenarios.resource("/load/cluster.yaml");

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("cases")
    void oneIssueWithPathAndPhrase(String from, String to, String path, String phrase) {
        TestScenarios.assertOneIssue(CLUSTER, from, to, path, phrase);
    }

    @Test
    void spotInterruptionsAreJudgedAgainstTheFilesOwnDuration() throws Exception {
        // the file's 15m falls after its own 10m: reported at the time, naming the 10m
        String late = TestScenarios.edit(CLUSTER, "at: [2m, 5m]", "at: [2m, 15m]");
        Issue issue = TestScenarios.onlyIssue(late);
        assertThat(issue.path()).isEqualTo("cluster.spot.interruptions.at.1");
        assertThat(issue.line()).isPositive();
        assertThat(issue.column()).isPositive();
        assertThat(issue.message()).contains("the run's duration (10m), but 15m is not before the run ends");
        // a run shortened from the command line to look at its start keeps the file's times (5m never comes)
        assertThat(TestScenarios.load(CLUSTER, "duration=4m").capacity().cluster().spot().at()).containsExactly(120.0, 300.0);
        // and 15m is fine once the run lasts 20m
        assertThat(TestScenarios.load(late, "duration=20m").capacity().cluster().spot().at()).containsExactly(120.0, 900.0);
    }

    /** {@code checkout} of the test scenario with an HPA whose metric section is {@code metric}. */
    private static String withHpa(String scenario, String metric) {
        return TestScenarios.edit(scenario, "    replicas: 4\n", "    replicas: 4\n    hpa:\n      maxReplicas: 8\n" + metric);
    }

    @Test
    void aVpaSettingCpuIsRefusedBesideAnHpaOnCpu() throws Exception {
        String cpu = "      metrics:\n        - type: Resource\n          resource: { name: cpu, target: { type: Utilization,"
                + " averageUtilization: 60 } }\n";
        // the VPA's updateMode as written (Auto): reported there, with the VPA docs' advice
        Issue written = TestScenarios.onlyIssue(withHpa(CLUSTER, cpu));
        assertThat(written.path()).isEqualTo("services.checkout.vpa.updatePolicy.updateMode");
        assertThat(written.line()).isPositive();
        assertThat(written.column()).isPositive();
        assertThat(written.message()).contains("updateMode Auto) must not run beside an HPA that scales on CPU",
                "should not be used with the Horizontal Pod Autoscaler (HPA) on the same resource metric (CPU or memory)",
                "vertical-pod-autoscaler/docs/known-limitations.md", "updateMode Off");
        // no updateMode (Recreate by default) and an HPA without metrics (CPU by default): reported at the vpa
        String defaults = TestScenarios.edit(withHpa(CLUSTER, ""), "      updatePolicy: { updateMode: Auto }\n", "");
        Issue byDefault = TestScenarios.onlyIssue(defaults);
        assertThat(byDefault.path()).isEqualTo("services.checkout.vpa");
        assertThat(byDefault.message()).contains("updateMode Recreate, the default");
        // what the docs allow: the VPA only recommending, or the HPA on another metric
        assertThat(TestScenarios.load(TestScenarios.edit(withHpa(CLUSTER, cpu), "updateMode: Auto", "updateMode: Off"))
                .capacity().of("checkout").vpa()).isNotNull();
        String pods = "      metrics:\n        - type: Pods\n          pods: { metric: { name: requests_per_second },"
                + " target: { type: AverageValue, averageValue: 10 } }\n";
        assertThat(TestScenarios.load(withHpa(CLUSTER, pods)).capacity().of("checkout").hpa()).isNotNull();
    }

    static Stream<Arguments> cases() {
        String svc = "services.checkout.";
        String pool = "cluster.nodePools.0.";
        String spot = "cluster.nodePools.1.";
        String own = "cluster.nodePools.2.";
        String ca = "cluster.autoscaler.";
        return Stream.of(
                // requests, labels, mesh proxy
                bad("requests: { cpu: 250m,", "requests: { cpu: 2,", svc + "pod.requests.cpu", "at most the pod's cpu limit"),
                bad("memory: 512Mi } }", "memory: 2Gi } }", svc + "pod.requests.memory", "Kubernetes rejects requests above"),
                bad("requests: { cpu: 250m,", "requests: { cpu: fast,", svc + "pod.requests.cpu", "fast"),
                bad("requests: { cpu: 250m,", "requests: { cpus: 250m,", svc + "pod.requests.cpus", "did you mean 'cpu'?"),
                bad("team: payments", "team: -payments", svc + "labels.team", "not a valid label value"),
                bad("team: payments", "team: [payments]", svc + "labels.team", "list"),
                bad("requests: { cpu: 50m,", "requests: { cpu: -50m,", "mesh.proxy.resources.requests.cpu", ">= 0"),
                bad("memory: 64Mi } } }", "memory: lots } } }", "mesh.proxy.resources.requests.memory", "lots"),
                bad("proxy: { resources:", "proxy: { resource:", "mesh.proxy.resource", "did you mean 'resources'?"),
                // vpa
                bad("updateMode: Auto", "updateMode: InPlace", svc + "vpa.updatePolicy.updateMode", "InPlace"),
                bad("safetyMarginFraction: 0.2", "safetyMarginFraction: -0.2", svc + "vpa.recommender.safetyMarginFraction",
                        ">= 0"),
                bad("safetyMarginFraction: 0.2", "targetCpuPercentile: 0.4", svc + "vpa.recommender.targetCpuPercentile",
                        "lowerBoundCpuPercentile <= targetCpuPercentile"),
                bad("podMinCpuMillicores: 50", "podMinMemoryMb: 50", svc + "vpa.recommender.podMinMemoryMb", "Allowed:"),
                bad("minReplicas: 1, evictionTolerance", "minReplicas: 1.5, evictionTolerance",
                        svc + "vpa.updater.minReplicas", "whole number"),
                bad("evictionTolerance: 0.25", "evictionTolerance: 2", svc + "vpa.updater.evictionTolerance", "[0, 1]"),
                // node pools
                bad("{ name: general,", "{ name: General,", pool + "name", "not a valid node pool name"),
                bad("{ name: cheap,", "{ name: general,", spot + "name", "used twice"),
                bad("instanceType: m5.large, initialNodes: 2", "instanceType: m5.larg, initialNodes: 2", pool + "instanceType",
                        "did you mean 'm5.large'?"),
                bad("{ name: own, custom: { vcpu: 4, memory: 16Gi, pricePerHour: 0.2 },",
                        "{ name: own,", "cluster.nodePools.2", "'instanceType' or 'custom'"),
                bad("custom: { vcpu: 4,", "instanceType: m5.large, custom: { vcpu: 4,", own + "custom", "not both"),
                bad("memory: 16Gi, pricePerHour", "memory: 1Gi, pricePerHour", own + "custom.memory",
                        "leaves no allocatable memory"),
                bad("vcpu: 4,", "vcpu: 0,", own + "custom.vcpu", "at least 1"),
                bad("pricePerHour: 0.2 }", "pricePerHour: cheap }", own + "custom.pricePerHour", "cheap"),
                bad("capacityType: spot, spotDiscount: 0.6", "capacityType: preemptible, spotDiscount: 0.6",
                        spot + "capacityType", "preemptible"),
                bad("capacityType: spot, spotDiscount: 0.6,", "capacityType: spot,", "cluster.nodePools.1",
                        "'spotDiscount' or 'price'"),
                bad("spotDiscount: 0.6,", "spotDiscount: 1,", spot + "spotDiscount", "below 1"),
                bad("spotDiscount: 0.6,", "spotDiscount: 0.6, price: 0.03,", spot + "spotDiscount", "not both"),
                bad("capacityType: reserved, reservedDiscount: 0.4,", "reservedDiscount: 0.4,", own + "reservedDiscount",
                        "reserved nodes only"),
                bad("initialNodes: 2, minNodes: 1, maxNodes: 6", "initialNodes: 7, minNodes: 1, maxNodes: 6",
                        pool + "initialNodes", "within minNodes (1) and maxNodes (6)"),
                bad("minNodes: 1, maxNodes: 6", "minNodes: 3, maxNodes: 2", pool + "maxNodes", "at least minNodes"),
                bad("initialNodes: 0, maxNodes: 2 }", "maxNodes: 2 }", "cluster.nodePools.2", "initialNodes"),
                bad("daemonSetOverhead: { cpu: 100m,", "daemonSetOverhead: { cpu: 3,", pool + "daemonSetOverhead.cpu",
                        "do not fit m5.large's allocatable 1.93 cores"),
                bad("memory: 256Mi }, labels", "memory: 8Gi }, labels", pool + "daemonSetOverhead.memory",
                        "do not fit m5.large's allocatable"),
                bad("initialNodes: 2, minNodes: 1,", "initialNodes: 1, minNodes: 1,", "cluster.nodePools",
                        "the pods of the start do not fit the initial nodes"),
                bad("  nodePools:\n", "  nodePool:\n", "cluster.nodePool", "did you mean 'nodePools'?"),
                // scheduler, start-up, autoscaler
                bad("scoringStrategy: MostAllocated", "scoringStrategy: BinPack", "cluster.scheduler.scoringStrategy",
                        "BinPack"),
                bad("nodeStartup: 2m", "nodeStartup: 2", "cluster.nodeStartup", "unit"),
                bad("type: cluster-autoscaler", "type: autoscaler", ca + "type", "autoscaler"),
                bad("scanInterval: 20s", "scanInterval: 0s", ca + "scanInterval", "0s"),
                bad("scaleDownUnneededTime: 5m", "scaleDownUnneededTime: -5m", ca + "scaleDownUnneededTime", "-5m"),
                bad("scaleDownUtilizationThreshold: 0.6", "scaleDownUtilizationThreshold: 60", ca
                        + "scaleDownUtilizationThreshold", "[0, 1]"),
                bad("expander: price", "expander: most-pods", ca + "expander", "most-pods"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 0", ca + "maxEmptyBulkDelete", "at least 1"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 3\n    scaleDownDelayAfterAdd: soon", ca
                        + "scaleDownDelayAfterAdd", "soon"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 3\n    scaleDownDelayAfterDelete: 1x", ca
                        + "scaleDownDelayAfterDelete", "1x"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 3\n    maxNodeProvisionTime: 0s", ca
                        + "maxNodeProvisionTime", "0s"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 3\n    newPodScaleUpDelay: -1s", ca
                        + "newPodScaleUpDelay", "-1s"),
                bad("maxEmptyBulkDelete: 3", "maxEmptyBulkDelete: 3\n    batchIdleDuration: 1s", ca + "batchIdleDuration",
                        "needs 'type: karpenter'"),
                bad("type: cluster-autoscaler", "type: none", ca + "scanInterval", "need 'type: cluster-autoscaler'"),
                // spot
                bad("at: [2m, 5m]", "at: [5m, 2m]", "cluster.spot.interruptions.at.1", "ascending"),
                bad("at: [2m, 5m]", "at: [2m, later]", "cluster.spot.interruptions.at.1", "later"),
                bad("at: [2m, 5m]", "at: [2m, 15m]", "cluster.spot.interruptions.at.1",
                        "allowed from 0s up to, not including, the run's duration (10m), but 15m is not before the run ends"),
                bad("at: [2m, 5m]", "at: [10m]", "cluster.spot.interruptions.at.0", "10m is not before the run ends"),
                bad("at: [2m, 5m]", "at: [-1m, 5m]", "cluster.spot.interruptions.at.0", ">= 0"),
                bad("perNodeHour: 0.5", "perNodeHour: -1", "cluster.spot.interruptions.perNodeHour", ">= 0"),
                bad("notice: 90s", "notice: 0s", "cluster.spot.interruptions.notice", "0s"),
                bad("capacityType: spot, spotDiscount: 0.6,", "price: 0.04,", "cluster.spot.interruptions",
                        "spot interruptions need spot nodes"),
                // finops
                bad("finops:\n", "finops:\n  currency: EUR\n", "finops.currency", "takes its price from the table"),
                bad("finops:\n", "finops:\n  currency: euro\n", "finops.currency", "ISO 4217"),
                bad("amount: 50,", "amount: 0,", "finops.budget.amount", "> 0"),
                bad("period: week,", "period: quarter,", "finops.budget.period", "quarter"),
                bad("amount: 50, period: week,", "amount: 50,", "finops.budget", "period"),
                bad("thresholds: [25, 75]", "thresholds: [75, 25]", "finops.budget.thresholds.1", "strictly ascending"),
                bad("thresholds: [25, 75]", "thresholds: []", "finops.budget.thresholds", "at least one"),
                bad("basis: actual", "basis: projected", "finops.budget.basis", "projected"),
                bad("finops:\n", "finop:\n", "finop", "did you mean 'finops'?"));
    }

    private static Arguments bad(String from, String to, String path, String phrase) {
        return Arguments.of(from, to, path, phrase);
    }
}
