package io.cloudmart.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Exponential;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.InstanceTypes;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.ScoringStrategy;
import io.cloudmart.sim.model.control.CapacityConfig;
import io.cloudmart.sim.model.control.ClusterConfig;
import io.cloudmart.sim.model.control.ClusterSummary;
import io.cloudmart.sim.model.control.CostSummary;
import io.cloudmart.sim.model.control.FinopsConfig;
import io.cloudmart.sim.model.control.MetricsServer;
import io.cloudmart.sim.model.control.NodeProvisioner;
import io.cloudmart.sim.model.control.SpotInterruptions;
import io.cloudmart.sim.model.finops.CostLine;
import io.cloudmart.sim.model.load.Journey;
import io.cloudmart.sim.model.load.LoadConfig;
import io.cloudmart.sim.model.load.Stage;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.ServiceConfig;

/** A whole shop on a cluster: the bill of fixed nodes, and a spot interruption whose pods are rescheduled. */
class ClusterShopTest {
    private static final double M5_LARGE = 0.096;

    private static Shop shop(ClusterConfig cluster, double loadSeconds, double cores) {
        ServiceConfig api = new ServiceConfig("api", 3, new PodShape(cores, 512, 4),
                List.of(Endpoint.ofWork("get", new Exponential(0.05))));
        LoadConfig load = new LoadConfig(List.of(new Stage(loadSeconds, 20), new Stage(1e9, 1e-9)),
                List.of(new Journey("browse", 1, "api", "get")));
        CapacityConfig capacity = new CapacityConfig(Map.of(), Map.of(), MetricsServer.DEFAULT_RESOLUTION_SECONDS,
                HpaControllerSettings.defaults(), Map.of(), cluster, FinopsConfig.DEFAULT);
        return new Shop(load, List.of(api), Backends.NONE, null, null, capacity);
    }

    private static ReplicationResult run(Shop shop, double seconds) {
        Simulation sim = new Simulation(new RunSettings("cluster", 7, 0, seconds, 0, 10));
        shop.assemble(sim);
        return sim.run();
    }

    private static NodePoolSpec pool(String name, CapacityType type, int min, int max, int initial) {
        return new NodePoolSpec(name, InstanceTypes.byName("m5.large"), type, min, max, initial, 0, 0, Map.of());
    }

    /** Two spot m5.large (1 to 4) under the Cluster Autoscaler, one interrupted at {@code atSeconds}. */
    private static ClusterConfig spotPoolInterruptedAt(double atSeconds) {
        return new ClusterConfig(List.of(pool("spot", CapacityType.SPOT, 1, 4, 2)), ScoringStrategy.LEAST_ALLOCATED,
                NodeProvisioner.CLUSTER_AUTOSCALER, ClusterAutoscalerSettings.defaults(), null, 90,
                new SpotInterruptions(List.of(atSeconds), 0, SpotInterruptions.DEFAULT_NOTICE_SECONDS));
    }

    @Test
    void threeM5LargeNodesForTwoHoursCostThreeTimesTwoTimesTheirHourlyPrice() {
        ClusterConfig cluster = new ClusterConfig(List.of(pool("general", CapacityType.ON_DEMAND, 3, 3, 3)),
                ScoringStrategy.LEAST_ALLOCATED, NodeProvisioner.NONE, ClusterAutoscalerSettings.defaults(), null, 90,
                SpotInterruptions.NONE);
        ReplicationResult result = run(shop(cluster, 7200, 1), 7200);
        CostSummary bill = result.attachments().get(CostSummary.class).orElseThrow();
        assertThat(bill.total()).isCloseTo(3 * 2 * M5_LARGE, within(1e-12));
        assertThat(bill.billedNodeHours()).isCloseTo(6, within(1e-12));
        double allocated = bill.allocation().services().stream().mapToDouble(CostLine::totalCost).sum();
        assertThat(allocated + bill.idle()).isCloseTo(bill.total(), within(1e-12));
        // each pod requests 1 of a node's 2 vCPU and 512 MiB of its 8 GiB, so most of the bill is idle
        assertThat(bill.idle()).isGreaterThan(allocated);
        CostLine api = bill.allocation().service("api").orElseThrow();
        assertThat(api.cpuCoreHoursRequest()).isCloseTo(3 * 2.0, within(1e-9));
        // usage: 20 req/s × 50 ms = 1 core on average over the three pods
        assertThat(api.cpuCoreHoursUsage()).isCloseTo(2.0, within(0.1));
        assertThat(bill.curve()).hasSizeGreaterThan(100);
    }

    @Test
    void aSpotInterruptionReschedulesThePodsAndEveryRequestIsAccountedFor() {
        ClusterConfig cluster = spotPoolInterruptedAt(600);
        ReplicationResult result = run(shop(cluster, 1500, 0.9), 1800);
        ClusterSummary story = result.attachments().get(ClusterSummary.class).orElseThrow();
        assertThat(story.interruptions()).isEqualTo(1);
        // two pods of 0.9 cores fit an m5.large (1.93 allocatable): the interrupted node's pods need a new node
        assertThat(story.pools().get(0).added()).isGreaterThanOrEqualTo(1);
        // of the two evicted pods one fits beside the pod on the other node, one waits; the scan at 600 s (it runs
        // after the interruption at that instant) adds a node, Ready 90 s later
        assertThat(story.pendingPodSeconds()).isEqualTo(90.0);
        assertThat(story.unschedulable()).isEmpty();
        long answered = 0;
        for (Outcome outcome : Outcome.values()) {
            answered += result.metrics().counter("client.outcome." + outcome.status()
                    + (outcome.flag().isEmpty() ? "" : "_" + outcome.flag()));
        }
        long sent = result.metrics().counter("client.arrivals");
        assertThat(sent).isGreaterThan(25_000);
        assertThat(answered).isEqualTo(sent); // the load stopped at 1500 s: nothing is in flight at 1800 s
        assertThat(result.controlEvents()).anySatisfy(e -> assertThat(e.decision()).isEqualTo("interruption"));
        assertThat(result.controlEvents()).anySatisfy(e -> assertThat(e.decision()).isEqualTo("scaleUp"));
    }

    /**
     * A drained node whose pods are idle: each leaves at once (nothing to finish), while the drain is still going
     * through the node's pods. The replacements are placed as with busy pods.
     */
    @Test
    void aNodeDrainedWhileItsPodsAreIdleLetsThemGoAndReplacesThem() {
        ClusterConfig cluster = spotPoolInterruptedAt(600);
        ReplicationResult result = run(shop(cluster, 300, 0.9), 1200);
        ClusterSummary story = result.attachments().get(ClusterSummary.class).orElseThrow();
        assertThat(story.interruptions()).isEqualTo(1);
        assertThat(story.pendingPodSeconds()).isEqualTo(90.0);
        assertThat(story.unschedulable()).isEmpty();
    }
}
