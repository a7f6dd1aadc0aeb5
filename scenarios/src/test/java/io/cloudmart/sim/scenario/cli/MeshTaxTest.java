package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mesh-tax story: every one of the 40 pods carries an istio-proxy requesting 100m, which the scheduler,
 * the Cluster Autoscaler and OpenCost count like the app's 250m. With the mesh 5 pods fill an m5.large and the
 * shop keeps 8 nodes; without it 7 do, and the autoscaler removes the 2 nodes left empty.
 */
class MeshTaxTest {
    private static final Map<String, Integer> PODS = Map.of("storefront", 10, "catalog", 12, "cart", 8, "checkout", 10);
    private static final double PROXY_CPU = 0.1;
    private static final double HOURS = 1;
    private static final double M5_LARGE = 0.096;
    private static StoryRun mesh;
    private static StoryRun noMesh;

    @BeforeAll
    static void run(@TempDir Path dir) {
        mesh = StoryRun.of(dir.resolve("mesh"), "mesh-tax");
        noMesh = StoryRun.of(dir.resolve("no-mesh"), "mesh-tax", "mesh=null");
    }

    @Test
    void eachPodRequests100mMoreWithItsSidecar() {
        PODS.forEach((service, pods) -> {
            String request = "/cost/allocation/" + service + "/cpuCoreHoursRequest";
            assertThat(mesh.figure(request) - noMesh.figure(request)).as(service)
                    .isCloseTo(pods * PROXY_CPU * HOURS, within(1e-9));
        });
    }

    @Test
    void theSidecarsCostTwoNodes() {
        // 40 pods × 350m, 5 to a node: 8 nodes, none of them below half requested
        assertThat(mesh.figure("/cluster/pools/general/min")).isEqualTo(8);
        assertThat(mesh.events("cluster-autoscaler", "scaleDown")).isEmpty();
        assertThat(mesh.figure("/cost/total")).isCloseTo(8 * HOURS * M5_LARGE, within(1e-9));
        // 40 pods × 250m, 7 to a node: 6 nodes; 40 × 100m = 4 cores are two m5.large's 1.93 allocatable cores
        List<JsonNode> removed = noMesh.events("cluster-autoscaler", "scaleDown");
        assertThat(removed).hasSize(2).allSatisfy(e -> {
            assertThat(e.at("/inputs/empty").asBoolean()).isTrue();
            // unneeded from the first scan and removed at a scan after scaleDownUnneededTime (10 min, scans 10 s)
            assertThat(e.get("timeSeconds").asDouble() - e.at("/inputs/unneededSince").asDouble())
                    .isBetween(600.0, 610.0);
        });
        assertThat(noMesh.lastValue("cluster.general.nodes")).isEqualTo(6);
        double removedAt = removed.get(0).get("timeSeconds").asDouble() / 3600;
        assertThat(noMesh.figure("/cost/nodeHours")).isCloseTo(6 * HOURS + 2 * removedAt, within(1e-9));
        assertThat(noMesh.figure("/cost/total")).isLessThan(mesh.figure("/cost/total"));
    }

    @Test
    void theSidecarsAddLatency() {
        // a browse passes one sidecar into storefront and two on its call to catalog
        assertThat(mesh.figure("/latencyMs/p50")).isGreaterThan(noMesh.figure("/latencyMs/p50") + 0.5);
        assertThat(mesh.figure("/latencyMs/mean")).isGreaterThan(noMesh.figure("/latencyMs/mean"));
    }
}
