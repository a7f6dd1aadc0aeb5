package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.RunSettings;

/** A Deployment creates pods that go through their start-up, and deletes the ones the ReplicaSet would. */
class DeploymentTest {
    private final Simulation sim = new Simulation(new RunSettings("deploy", 1, 0, 500, 0, 10));
    private final List<String> heard = new ArrayList<>();

    private Deployment deployment(int replicas, StartupSpec startup, PodPlacer placer) {
        return deployment(VersionConfig.stable(replicas), startup, placer);
    }

    private Deployment deployment(VersionConfig version, StartupSpec startup, PodPlacer placer) {
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(version), List.of(), 30);
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

    /** The journal's Ready lines of the run, as "time pod". */
    private List<ControlEvent> readyLines() {
        return sim.journal().events().stream().filter(e -> e.decision().equals(PodReady.DECISION)).toList();
    }

    @Test
    void eachNewPodThatPassesItsProbeIsOneReadyLineWithTheWayThereInParts() {
        // pull 20 s, containers 2 s, app 25 s probed at 5, 15, 25 s; the second new pod waits 30 s for a node and
        // 7 s in an init container; the pod of the start is Ready at t = 0 and has no line
        StartupSpec startup = new StartupSpec(20, 2, 25, 5, 10, 1, 0);
        List<PodPlacer.Placed> late = new ArrayList<>();
        Deployment d = deployment(1, startup, (pod, placed) -> {
            if (pod.name().equals("api-stable-2")) {
                late.add(placed);
            } else {
                placed.onNode(false);
            }
        });
        d.holdStartsWith((pod, start) -> sim.after(pod.name().equals("api-stable-2") ? 7 : 0, "init", start));
        sim.at(100, "scale", () -> d.scaleTo(3));
        sim.at(130, "node ready", () -> late.get(0).onNode(false));
        sim.run();

        List<ControlEvent> ready = readyLines();
        assertThat(ready).extracting(ControlEvent::time, ControlEvent::controller)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(147.0, "kubelet/api-stable-1"),
                        org.assertj.core.groups.Tuple.tuple(184.0, "kubelet/api-stable-2"));
        assertThat(ready.get(0).inputs()).containsExactly(java.util.Map.entry("service", "api"),
                java.util.Map.entry("version", "stable"), java.util.Map.entry("secondsToReady", 47.0),
                java.util.Map.entry("waitForNodeSeconds", 0.0), java.util.Map.entry("imagePullSeconds", 20.0),
                java.util.Map.entry("containerStartSeconds", 2.0), java.util.Map.entry("initSeconds", 0.0),
                java.util.Map.entry("readinessSeconds", 25.0));
        assertThat(ready.get(1).inputs()).containsEntry("secondsToReady", 84.0)
                .containsEntry("waitForNodeSeconds", 30.0).containsEntry("imagePullSeconds", 20.0)
                .containsEntry("initSeconds", 7.0).containsEntry("readinessSeconds", 25.0);
        // the probe runs on the app's schedule after its start, so an init container delays Ready by its own length
        assertThat(heard).contains("184.0 api-stable-2 READY");
    }

    @Test
    void aPodDeletedBeforeItIsReadyOrOneWhoseProbeNeverPassesHasNoReadyLine() {
        Deployment d = deployment(1, StartupSpec.defaults(), PodPlacer.UNLIMITED);
        sim.at(10, "up", () -> d.scaleTo(2));
        sim.at(11, "down", () -> d.scaleTo(1)); // the new pod goes while its containers start
        sim.run();
        assertThat(readyLines()).isEmpty();

        Simulation failing = new Simulation(new RunSettings("deploy", 1, 0, 500, 0, 10));
        VersionConfig bad = new VersionConfig("v2", 0, 0, 1, new VersionFaults(0, null, Readiness.FAILING));
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(new VersionConfig("v1", 1, 0, 1), bad), List.of(), 30);
        Service service = new Service(config, failing);
        service.link(new Unwired("test"));
        Deployment never = new Deployment(service, bad, StartupSpec.defaults(), PodPlacer.UNLIMITED, failing);
        failing.at(10, "up", () -> never.scaleTo(3));
        failing.run();
        assertThat(never.pods()).hasSize(3).allMatch(p -> p.state() == PodState.STARTING);
        assertThat(failing.journal().events()).noneMatch(e -> e.decision().equals(PodReady.DECISION));
    }
}
