package io.cloudmart.sim.model.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.cluster.CapacityType;
import io.cloudmart.sim.model.cluster.ClusterAutoscaler;
import io.cloudmart.sim.model.cluster.ClusterAutoscalerSettings;
import io.cloudmart.sim.model.cluster.InstanceTypes;
import io.cloudmart.sim.model.cluster.NodePoolSpec;
import io.cloudmart.sim.model.cluster.ScoringStrategy;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * The Cluster Autoscaler acting on a running cluster: pods that fit nowhere wait until the nodes it adds are Ready
 * (scan interval, then the node start-up), and an empty node goes after {@code scale-down-unneeded-time}, not
 * within {@code scale-down-delay-after-add}, and not before.
 */
class ClusterAutoscalerRunTest {
    /** One m5.large holds one pod of 1 core: 2 vCPU less the EKS AMI's 70m kube-reserved is 1.93 cores. */
    private static final NodePoolSpec POOL = new NodePoolSpec("general", InstanceTypes.byName("m5.large"),
            CapacityType.ON_DEMAND, 1, 5, 1, 0, 0, Map.of());
    private final Simulation sim = new Simulation(new RunSettings("ca", 1, 0, 2000, 0, 10));
    private final List<String> nodesSeen = new ArrayList<>();

    private Deployment deployment(ClusterRuntime[] runtimeOut) {
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 512, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(VersionConfig.stable(1)), List.of(), 30);
        Service service = new Service(config, sim);
        ClusterConfig cluster = new ClusterConfig(List.of(POOL), ScoringStrategy.LEAST_ALLOCATED,
                NodeProvisioner.CLUSTER_AUTOSCALER, ClusterAutoscalerSettings.defaults(), null, 90, SpotInterruptions.NONE);
        ClusterRuntime runtime = new ClusterRuntime(cluster, Map.of("api", service), sim);
        ControlPlane plane = new ControlPlane(sim);
        plane.add(new ClusterAutoscalerLoop(new ClusterAutoscaler(cluster.clusterAutoscaler()), runtime, cluster.pools()));
        runtimeOut[0] = runtime;
        return new Deployment(service, config.versions().get(0), new StartupSpec(10, 2, 5, 0, 10, 1, 0), runtime, sim);
    }

    private void watchNodes(ClusterRuntime runtime, double... times) {
        for (double t : times) {
            sim.at(t, "look", () -> nodesSeen.add(t + ": " + runtime.cluster().nodes().size() + " nodes, "
                    + runtime.pendingPods().size() + " pending"));
        }
    }

    @Test
    void pendingPodsGetNodesAfterTheScanAndTheNodeStartup() {
        ClusterRuntime[] runtime = new ClusterRuntime[1];
        Deployment d = deployment(runtime);
        sim.at(5, "scale up", () -> d.scaleTo(3));
        watchNodes(runtime[0], 6, 10.5, 99.5, 100.5);
        sim.run();
        // first scan at 10 s sees two pending pods and adds two nodes; Ready at 10 + 90 = 100 s, pods bound then
        assertThat(nodesSeen).containsExactly("6.0: 1 nodes, 2 pending", "10.5: 3 nodes, 2 pending",
                "99.5: 3 nodes, 2 pending", "100.5: 3 nodes, 0 pending");
        // bound at 100, image pulled on the new node (10 s), containers 2 s, app 5 s, probe every 10 s from 0 → 120 s
        assertThat(d.service().readyPods()).hasSize(3);
        Pod last = d.service().readyPods().get(2);
        assertThat(last.stateSince()).isEqualTo(122.0);
        assertThat(runtime[0].summary(2000).pendingPodSeconds()).isEqualTo(2 * 95.0);
    }

    @Test
    void anEmptyNodeGoesAfterTheUnneededTimeAndNotBefore() {
        ClusterRuntime[] runtime = new ClusterRuntime[1];
        Deployment d = deployment(runtime);
        sim.at(5, "scale up", () -> d.scaleTo(3));
        sim.at(200, "scale down", () -> d.scaleTo(1));
        // the two new nodes are empty from 200 s (the newest pods go first); the first scan that sees it is at
        // 210 s, so they are unneeded from 210 and may go at 210 + 600 = 810 s (scale-down-delay-after-add ended
        // at 10 + 600 = 610 s); the pool's minimum is 1
        watchNodes(runtime[0], 805, 809.5, 810.5);
        sim.run();
        assertThat(nodesSeen).containsExactly("805.0: 3 nodes, 0 pending", "809.5: 3 nodes, 0 pending",
                "810.5: 1 nodes, 0 pending");
        assertThat(d.service().pods()).extracting(Pod::state).containsExactly(PodState.READY);
        ClusterSummary.Pool pool = runtime[0].summary(2000).pools().get(0);
        assertThat(pool.max()).isEqualTo(3);
        assertThat(pool.added()).isEqualTo(2);
        assertThat(pool.removed()).isEqualTo(2);
        // node-hours: 1 node for 2000 s and 2 nodes from 10 to 810 s
        assertThat(pool.nodeHours()).isCloseTo((2000 + 2 * 800) / 3600.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
