package io.cloudmart.sim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.model.Shop;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ConsolidationPolicy;
import io.cloudmart.sim.model.cluster.Expander;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.ScoringStrategy;
import io.cloudmart.sim.model.control.CapacityConfig;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.control.KarpenterPool;
import io.cloudmart.sim.model.control.NodeProvisioner;
import io.cloudmart.sim.model.control.VpaConfig;
import io.cloudmart.sim.model.finops.BudgetBasis;
import io.cloudmart.sim.model.finops.BudgetPeriod;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.scenario.build.ShopAssembler;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;

/**
 * A scenario with a cluster, FinOps, a VPA, pod requests and mesh proxy requests binds to the model's
 * configs with the values written, and the prices the table and the discounts give.
 */
class ClusterBindingTest {
    private static final String CLUSTER = TestScenarios.resource("/load/cluster.yaml");

    private static CapacityConfig capacity(String yaml) throws ScenarioException {
        return shop(yaml).capacity();
    }

    private static Shop shop(String yaml) throws ScenarioException {
        return ShopAssembler.shop(TestScenarios.load(yaml));
    }

    @Test
    void poolsArePricedFromTheTableAndTheirPurchaseOption() throws ScenarioException {
        ClusterConfig cluster = capacity(CLUSTER).cluster();
        assertThat(cluster.pools()).extracting(NodePoolSpec::name).containsExactly("general", "cheap", "own");
        NodePoolSpec general = cluster.pools().get(0);
        assertThat(general.type().name()).isEqualTo("m5.large");
        assertThat(general.capacityType()).isEqualTo(CapacityType.ON_DEMAND);
        assertThat(general.pricePerHour()).isEqualTo(0.096); // the table's on-demand price
        assertThat(List.of(general.minNodes(), general.maxNodes(), general.initialNodes())).containsExactly(1, 6, 2);
        assertThat(general.overheadCpu()).isEqualTo(0.1);
        assertThat(general.overheadMemoryMiB()).isEqualTo(256.0);
        assertThat(general.labels()).isEqualTo(Map.of("tier", "app"));
        NodePoolSpec cheap = cluster.pools().get(1);
        assertThat(cheap.capacityType()).isEqualTo(CapacityType.SPOT);
        assertThat(cheap.pricePerHour()).isCloseTo(0.0384, within(1e-12)); // 0.096 × (1 − 0.6)
        assertThat(List.of(cheap.minNodes(), cheap.maxNodes(), cheap.initialNodes())).containsExactly(1, 4, 1);
        NodePoolSpec own = cluster.pools().get(2);
        assertThat(own.type().vcpu()).isEqualTo(4);
        assertThat(own.type().memoryGiB()).isEqualTo(16.0);
        assertThat(own.capacityType()).isEqualTo(CapacityType.RESERVED);
        assertThat(own.pricePerHour()).isCloseTo(0.12, within(1e-12)); // 0.2 × (1 − 0.4)
        assertThat(own.minNodes()).isZero();
    }

    @Test
    void schedulerAutoscalerAndSpotCarryTheirValues() throws ScenarioException {
        ClusterConfig cluster = capacity(CLUSTER).cluster();
        assertThat(cluster.scoring()).isEqualTo(ScoringStrategy.MOST_ALLOCATED);
        assertThat(cluster.nodeStartupSeconds()).isEqualTo(120.0);
        assertThat(cluster.provisioner()).isEqualTo(NodeProvisioner.CLUSTER_AUTOSCALER);
        var ca = cluster.clusterAutoscaler();
        assertThat(ca.scanIntervalSeconds()).isEqualTo(20.0);
        assertThat(ca.scaleDownUnneededTimeSeconds()).isEqualTo(300.0);
        assertThat(ca.scaleDownUtilizationThreshold()).isEqualTo(0.6);
        assertThat(ca.expander()).isEqualTo(Expander.PRICE);
        assertThat(ca.maxEmptyBulkDelete()).isEqualTo(3);
        assertThat(ca.scaleDownDelayAfterAddSeconds()).isEqualTo(600.0); // not written: the flag's default
        assertThat(ca.maxNodeProvisionTimeSeconds()).isEqualTo(900.0);
        assertThat(cluster.karpenter()).isNull();
        assertThat(cluster.spot().at()).containsExactly(120.0, 300.0);
        assertThat(cluster.spot().perNodeHour()).isEqualTo(0.5);
        assertThat(cluster.spot().noticeSeconds()).isEqualTo(90.0);
    }

    @Test
    void finopsTakesTheBudgetAndTheTeamLabels() throws ScenarioException {
        FinopsConfig finops = capacity(CLUSTER).finops();
        assertThat(finops.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(finops.teams()).isEqualTo(Map.of("checkout", "payments"));
        assertThat(finops.budget().amount()).isEqualTo(50.0);
        assertThat(finops.budget().period()).isEqualTo(BudgetPeriod.WEEK);
        assertThat(finops.budget().thresholdsPercent()).containsExactly(25.0, 75.0);
        assertThat(finops.basis()).isEqualTo(BudgetBasis.ACTUAL);
    }

    @Test
    void vpaReadsAutoAsRecreateAndKeepsTheDefaultsNotWritten() throws ScenarioException {
        Map<String, VpaConfig> vpas = capacity(CLUSTER).vpas();
        assertThat(vpas).containsOnlyKeys("checkout");
        VpaConfig vpa = vpas.get("checkout");
        assertThat(vpa.mode()).isEqualTo(UpdateMode.RECREATE);
        assertThat(vpa.recommender().safetyMarginFraction()).isEqualTo(0.2);
        assertThat(vpa.recommender().podMinCpuMillicores()).isEqualTo(50.0);
        assertThat(vpa.recommender().targetCpuPercentile()).isEqualTo(0.9);
        assertThat(vpa.recommender().recommenderIntervalSeconds()).isEqualTo(60.0);
        assertThat(vpa.updater().minReplicas()).isEqualTo(1);
        assertThat(vpa.updater().evictionToleranceFraction()).isEqualTo(0.25);
        assertThat(vpa.updater().updaterIntervalSeconds()).isEqualTo(60.0);
    }

    @Test
    void podsCarryTheirRequestsAndTheMeshProxysOwn() throws ScenarioException {
        Map<String, ServiceConfig> services = new java.util.LinkedHashMap<>();
        shop(CLUSTER).services().forEach(s -> services.put(s.name(), s));
        assertThat(services.get("checkout").pod()).isEqualTo(new PodShape(1, 1024, 16, 0.25, 512));
        assertThat(services.get("checkout").podRequests()).isEqualTo(new Requests(0.3, 576));
        assertThat(services.get("catalog").pod()).isEqualTo(new PodShape(1, 512, 200)); // requests = limits
        assertThat(services.get("catalog").podRequests()).isEqualTo(new Requests(1.05, 576));
    }

    @Test
    void withoutTheSectionsThereIsNoClusterAndTheMeshProxyRequestsIstiosDefaults() throws ScenarioException {
        String plain = TestScenarios.edit(CLUSTER.substring(0, CLUSTER.indexOf("cluster:\n")),
                "  proxy: { resources: { requests: { cpu: 50m, memory: 64Mi } } }\n", "  mtls: STRICT\n");
        CapacityConfig capacity = capacity(plain);
        assertThat(capacity.cluster()).isNull();
        assertThat(capacity.finops().budget()).isNull();
        assertThat(shop(plain).services().get(1).podRequests()).isEqualTo(new Requests(1, 512).plus(Requests.ISTIO_PROXY));
    }

    @Test
    void onlyHpasCountAsHpas() throws ScenarioException {
        // a VPA, the Cluster Autoscaler and a Karpenter NodePool run control loops, but the results' autoscaling
        // block and the per-service "HPA min–max" describe HorizontalPodAutoscalers
        assertThat(TestScenarios.load(CLUSTER).capacity().hasHpas()).isFalse();
        String karpenter = TestScenarios.edit(CLUSTER, "    type: cluster-autoscaler\n    scanInterval: 20s\n"
                + "    scaleDownUnneededTime: 5m\n    scaleDownUtilizationThreshold: 0.6\n    expander: price\n"
                + "    maxEmptyBulkDelete: 3\n", "    type: karpenter\n    nodePool: { name: flex, instanceTypes: [m5.large],"
                + " maxNodes: 4 }\n");
        assertThat(TestScenarios.load(karpenter).capacity().cluster().provisioner()).isEqualTo(NodeProvisioner.KARPENTER);
        assertThat(TestScenarios.load(karpenter).capacity().hasHpas()).isFalse();
        String hpa = TestScenarios.edit(CLUSTER, "  catalog:\n    replicas: 2\n", "  catalog:\n    replicas: 2\n"
                + "    hpa: { maxReplicas: 4 }\n");
        assertThat(TestScenarios.load(hpa).capacity().hasHpas()).isTrue();
    }

    @Test
    void aKarpenterNodePoolOffersEachTypeWithEachCapacityType() throws ScenarioException {
        String yaml = TestScenarios.edit(CLUSTER, CLUSTER.substring(CLUSTER.indexOf("  autoscaler:"),
                CLUSTER.indexOf("  spot:")), """
                  autoscaler:
                    type: karpenter
                    batchIdleDuration: 2s
                    nodePool:
                      name: flex
                      instanceTypes: [m5.large, c5.xlarge]
                      capacityTypes: [on-demand, spot]
                      spotDiscount: 0.7
                      maxNodes: 8
                      disruption: { consolidationPolicy: WhenEmpty, consolidateAfter: 30s, budgets: [ { nodes: "2" } ] }
                """);
        ClusterConfig cluster = capacity(yaml).cluster();
        assertThat(cluster.provisioner()).isEqualTo(NodeProvisioner.KARPENTER);
        KarpenterPool pool = cluster.karpenter();
        assertThat(pool.name()).isEqualTo("flex");
        assertThat(pool.maxNodes()).isEqualTo(8);
        assertThat(pool.offerings()).hasSize(4);
        assertThat(pool.offerings().get(0).pricePerHour()).isEqualTo(0.096);
        assertThat(pool.offerings().get(1).capacityType()).isEqualTo(CapacityType.SPOT);
        assertThat(pool.offerings().get(1).pricePerHour()).isCloseTo(0.0288, within(1e-12)); // 0.096 × 0.3
        assertThat(pool.offerings().get(2).type().name()).isEqualTo("c5.xlarge");
        assertThat(pool.offerings().get(3).pricePerHour()).isCloseTo(0.051, within(1e-12)); // 0.17 × 0.3
        assertThat(pool.settings().batchIdleDurationSeconds()).isEqualTo(2.0);
        assertThat(pool.settings().batchMaxDurationSeconds()).isEqualTo(10.0);
        assertThat(pool.settings().consolidationPolicy()).isEqualTo(ConsolidationPolicy.WHEN_EMPTY);
        assertThat(pool.settings().consolidateAfterSeconds()).isEqualTo(30.0);
        assertThat(pool.settings().allowedDisruptions(10)).isEqualTo(2);
    }

    @Test
    void theInitialPodsArePlacedByTheScoringStrategyAndMustFit() throws ScenarioException {
        // Two "general" m5.large nodes: 2 cores less 70m kube-reserved less 100m DaemonSets = 1.83 cores each.
        // checkout pods request 0.25 + 0.05 (proxy) = 0.3 cores, catalog pods 1 + 0.05 = 1.05, placed in file order.
        String twoNodes = TestScenarios.edit(CLUSTER, "spotDiscount: 0.6, initialNodes: 1",
                "spotDiscount: 0.6, initialNodes: 0, minNodes: 0");
        // MostAllocated packs the four checkout pods on node 1 (0.63 left), the first catalog pod takes node 2
        // (0.78 left), and the second catalog pod fits neither.
        Issue issue = TestScenarios.onlyIssue(twoNodes, "cluster.spot.interruptions.perNodeHour=0",
                "cluster.spot.interruptions.at=[]");
        assertThat(issue.path()).isEqualTo("cluster.nodePools");
        assertThat(issue.message()).contains("pod catalog-stable-1 (requests 1.05 cores and 576Mi with the mesh's proxy)",
                "after 5 pod(s) were placed", "0/2 nodes are available: 2 Insufficient cpu.", "raise initialNodes",
                "services.catalog.pod.requests");
        // LeastAllocated spreads them: 0.6 on each node leaves 1.23, room for one catalog pod each.
        ScenarioSpec spread = TestScenarios.load(TestScenarios.edit(twoNodes, "scoringStrategy: MostAllocated",
                "scoringStrategy: LeastAllocated"), "cluster.spot.interruptions.perNodeHour=0",
                "cluster.spot.interruptions.at=[]");
        assertThat(spread.capacity().cluster().scoring()).isEqualTo(ScoringStrategy.LEAST_ALLOCATED);
    }
}
