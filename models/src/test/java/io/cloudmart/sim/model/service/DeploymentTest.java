package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.RunSettings;

/** A Deployment creates pods that go through their start-up, and deletes the ones the ReplicaSet would. */
class DeploymentTest {
    private final Simulation sim = new Simulation(new RunSettings("deploy", 1, 0, 500, 0, 10));
    private final List<String> heard = new ArrayList<>();

    private Deployment deployment(int replicas, StartupSpec startup, PodPlacer placer) {
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(VersionConfig.stable(replicas)), List.of(), 30);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        service.watch((pod, previous) -> heard.add(sim.now() + " " + pod.name() + " " + pod.state()));
        heard.clear();
        return new Deployment(service, config.versions().get(0), startup, placer, sim);
    }

    @Test
    void aNewPodIsReadyAtTheFirstProbeAfterItsAppIsUp() {
        // pull 20 s (node lacks the image), containers 2 s, app 25 s, probes at 5, 15, 25 s → Ready 25 s after start
        StartupSpec startup = new StartupSpec(20, 2, 25, 5, 10, 1, 0);
        assertThat(startup.readyAfterContainerStart()).isEqualTo(25.0);
        assertThat(new StartupSpec(20, 2, 26, 5, 10, 1, 0).readyAfterContainerStart()).isEqualTo(35.0);
        Deployment d = deployment(1, startup, (pod, placed) -> placed.onNode(false));
        sim.at(100, "scale", () -> d.scaleTo(2));
        sim.run();
        assertThat(heard).containsExactly("122.0 api-stable-1 STARTING", "147.0 api-stable-1 READY");
    }

    @Test
    void aProbeExactlyWhenTheAppIsUpPassesAndACachedImageIsNotPulled() {
        StartupSpec startup = new StartupSpec(20, 2, 10, 0, 10, 1, 0);
        assertThat(startup.readyAfterContainerStart()).isEqualTo(10.0);
        Deployment d = deployment(1, startup, PodPlacer.UNLIMITED);
        sim.at(100, "scale", () -> d.scaleTo(2));
        sim.run();
        assertThat(heard).containsExactly("102.0 api-stable-1 STARTING", "112.0 api-stable-1 READY");
    }

    @Test
    void scalingDownDeletesPendingThenStartingThenTheMostRecentlyReady() {
        List<PodPlacer.Placed> waiting = new ArrayList<>();
        Deployment d = deployment(2, StartupSpec.defaults(), (pod, placed) -> {
            if (waiting.size() < 1) {
                placed.onNode(true);
                waiting.add(null);
            } // the second new pod never gets a node
        });
        sim.at(10, "up", () -> d.scaleTo(4));   // api-stable-2 placed, api-stable-3 pending
        sim.at(12.5, "starting", () -> assertThat(d.service().pods().get(2).state()).isEqualTo(PodState.STARTING));
        sim.at(13, "down", () -> d.scaleTo(1)); // deletes -3 (pending), -2 (starting), then -1 (ready later than -0? same time: newer)
        sim.run();
        assertThat(d.service().pods()).extracting(Pod::name).containsExactly("api-stable-0");
        assertThat(heard).filteredOn(line -> line.endsWith("TERMINATING"))
                .containsExactly("13.0 api-stable-3 TERMINATING", "13.0 api-stable-2 TERMINATING",
                        "13.0 api-stable-1 TERMINATING");
    }

    @Test
    void aPodLostWithoutBeingDeletedIsReplaced() {
        Deployment d = deployment(2, StartupSpec.defaults(), PodPlacer.UNLIMITED);
        sim.at(50, "evict", () -> d.evict(d.service().pods().get(0)));
        sim.run();
        assertThat(d.replicas()).isEqualTo(2);
        assertThat(d.service().readyPods()).extracting(Pod::name).containsExactly("api-stable-1", "api-stable-2");
        assertThat(heard).contains("52.0 api-stable-2 STARTING", "62.0 api-stable-2 READY");
    }
}
