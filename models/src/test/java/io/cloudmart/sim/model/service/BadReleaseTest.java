package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ControlEvent;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;

/**
 * Bad releases: a memory leak ends in OOM kills and CrashLoopBackOff's restarts, as the kubelet times them; a slow
 * start delays Ready; a failing readiness probe keeps its pods out of the endpoints.
 */
class BadReleaseTest {
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");
    /** Limit 256 MiB, base working set 56 MiB: 200 MiB of room for the leak. */
    private static final PodShape LEAKY_POD = new PodShape(1, 256, 4, 1, 256, new MemoryUsage(56, 0));
    /** Defaults: containers 2 s, app 5 s, first probe at 0 s then every 10 s → Ready 12 s after a restart starts. */
    private static final StartupSpec STARTUP = StartupSpec.defaults();

    private final List<Outcome> outcomes = new ArrayList<>();

    private static Simulation sim(double duration) {
        return new Simulation(new RunSettings("bad-release", 1, 0, duration, 0, 10));
    }

    private static VersionConfig leaking(double mibPerRequest) {
        return new VersionConfig("v2", 1, 0, 1, new VersionFaults(mibPerRequest, STARTUP, Readiness.PASSING));
    }

    private static Service service(Simulation sim, PodShape pod, double workSeconds, VersionConfig... versions) {
        ServiceConfig config = new ServiceConfig("api", pod,
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(workSeconds))), 0.0)),
                List.of(versions), List.of(), 30);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        return service;
    }

    /** {@code count} requests from {@code from} on, one every {@code gap} s (the first at {@code from + gap}). */
    private void send(Simulation sim, Service service, double from, int count, double gap) {
        for (int i = 1; i <= count; i++) {
            sim.at(from + i * gap, "request", () -> service.handle(0, new Request(sim.now(), 0, CLIENT),
                    outcomes::add));
        }
    }

    /** One request every {@code gap} s from {@code from} until {@code until}, each scheduling the next. */
    private void stream(Simulation sim, Service service, double from, double until, double gap) {
        sim.at(from, "request", () -> {
            service.handle(0, new Request(sim.now(), 0, CLIENT), outcomes::add);
            if (sim.now() + gap < until) {
                stream(sim, service, sim.now() + gap, until, gap);
            }
        });
    }

    private static List<ControlEvent> journal(ReplicationResult result, String decision) {
        return result.controlEvents().stream().filter(e -> e.decision().equals(decision)).toList();
    }

    @Test
    void theKubeletsBackOffIsZeroThenTenSecondsDoublingToFiveMinutes() {
        CrashLoopBackOff backOff = new CrashLoopBackOff();
        List<Double> waits = new ArrayList<>();
        double t = 0;
        for (int exit = 0; exit < 9; exit++) {
            t += 30; // each container runs 30 s, then exits
            double wait = backOff.delayAfter(t);
            waits.add(wait);
            t += wait;
            backOff.restarting(t - wait, t);
        }
        assertThat(waits).containsExactly(0.0, 10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0, 300.0);
    }

    @Test
    void theBackOffResetsOnceAContainerRanMoreThanTenMinutes() {
        CrashLoopBackOff backOff = new CrashLoopBackOff();
        backOff.restarting(0, 0);           // first exit at 0: restarted at once, back-off now 10 s
        assertThat(backOff.delayAfter(100)).isEqualTo(10.0);
        backOff.restarting(100, 110);       // back-off 20 s
        assertThat(backOff.delayAfter(710)).isEqualTo(20.0);   // ran exactly 600 s: not yet "stable"
        assertThat(backOff.delayAfter(710.5)).isZero();        // ran 600.5 s > 2 × MaxContainerBackOff: reset
        backOff.restarting(710.5, 710.5);
        assertThat(backOff.delayAfter(720)).isEqualTo(CrashLoopBackOff.INITIAL_SECONDS);
    }

    @Test
    void theFirstOomKillComesWhenTheLeakHasFilledTheRoomUpToTheLimit() {
        Simulation sim = sim(100);
        // 0.5 MiB per request, 10 requests/s: (256 − 56) / 0.5 / 10 = 40 s; the 401st request (at 40.1 s) passes the limit
        Service service = service(sim, LEAKY_POD, 0.001, leaking(0.5));
        send(sim, service, 0, 500, 0.1);
        Pod pod = service.pods().get(0);
        sim.at(40.05, "before", () -> assertThat(pod.memoryWorkingSetMiB()).isCloseTo(256, within(1e-9)));
        ReplicationResult result = sim.run();
        List<ControlEvent> kills = journal(result, "OOMKilled");
        assertThat(kills).isNotEmpty();
        assertThat(kills.get(0).time()).isCloseTo(40.1, within(1e-9));
        assertThat(kills.get(0).controller()).isEqualTo("kubelet/api-v2-0");
        assertThat(kills.get(0).inputs()).containsEntry("requestsReceived", 401L).containsEntry("restartCount", 0);
        assertThat(result.metrics().counter(VersionMetrics.key("api", "v2", "oomKills"))).isEqualTo(kills.size());
    }

    @Test
    void theKilledPodLeavesTheEndpointsAndItsRestartedContainerStartsAgainAtItsBase() {
        Simulation sim = sim(100);
        Service service = service(sim, LEAKY_POD, 0.001, leaking(0.5));
        Pod pod = service.pods().get(0);
        send(sim, service, 0, 401, 0.01);      // the 401st request arrives at 4.01 s
        sim.at(4.01 + 1e-6, "after the kill", () -> {
            assertThat(pod.state()).isEqualTo(PodState.STARTING);
            assertThat(service.readyPods()).isEmpty();
            assertThat(pod.memoryWorkingSetMiB()).isEqualTo(56.0); // a new container, nothing leaked
            assertThat(pod.restartCount()).isEqualTo(1);           // the first restart is at once
        });
        sim.at(4.01 + 12 - 1e-6, "not yet", () -> assertThat(pod.state()).isEqualTo(PodState.STARTING));
        sim.at(4.01 + 12 + 1e-6, "ready again", () -> assertThat(pod.state()).isEqualTo(PodState.READY));
        ReplicationResult result = sim.run();
        assertThat(result.metrics().counter(VersionMetrics.key("api", "v2", "restarts"))).isEqualTo(1);
        assertThat(journal(result, "OOMKilled")).singleElement()
                .satisfies(e -> assertThat(e.time()).isCloseTo(4.01, within(1e-9)));
        assertThat(journal(result, "BackOff")).isEmpty(); // no back-off before the first restart
    }

    @Test
    void aRequestInFlightAtTheOomKillFailsWithAResetConnection() {
        Simulation sim = sim(100);
        // work 10 s per request, concurrency 4: at the 401st arrival (4.01 s) the last requests are still running
        Service service = service(sim, LEAKY_POD, 10, leaking(0.5));
        send(sim, service, 0, 401, 0.01);
        ReplicationResult result = sim.run();
        assertThat(journal(result, "OOMKilled")).singleElement();
        // nothing had finished by 4.01 s: all 401 requests were in the pod and fail with RESET
        assertThat(outcomes).hasSize(401).containsOnly(Outcome.RESET);
        assertThat(result.metrics().counter(ServiceMetrics.key("api", "killed"))).isEqualTo(401);
    }

    @Test
    void restartGapsFollowTheBackOffAndEachRestartIsReadyAfterItsStartUp() {
        Simulation sim = sim(1500);
        // 100 requests/s: each container fills its 200 MiB in 4.01 s of traffic, far less than the 10 min reset
        Service service = service(sim, LEAKY_POD, 0.0001, leaking(0.5));
        Pod pod = service.pods().get(0);
        List<Double> readyAt = new ArrayList<>();
        service.watch((p, previous) -> {
            if (p.state() == PodState.READY) {
                readyAt.add(sim.now());
            }
        });
        readyAt.clear(); // the watch's initial list
        stream(sim, service, 0, 1500, 0.01);
        ReplicationResult result = sim.run();
        List<ControlEvent> kills = journal(result, "OOMKilled");
        List<ControlEvent> backOffs = journal(result, "BackOff");
        assertThat(backOffs).extracting(e -> e.inputs().get("backOffSeconds"))
                .startsWith(10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0);
        // kill k (k ≥ 1) is followed by its back-off, then container start + probe (12 s), then Ready
        assertThat(readyAt.get(0)).isCloseTo(kills.get(0).time() + 12, within(1e-9));
        for (int k = 1; k < 8; k++) {
            double wait = (Double) backOffs.get(k - 1).inputs().get("backOffSeconds");
            assertThat(backOffs.get(k - 1).time()).isEqualTo(kills.get(k).time());
            assertThat(readyAt.get(k)).isCloseTo(kills.get(k).time() + wait + 12, within(1e-9));
        }
        // every kill but perhaps the last (still backing off at the end) was followed by a restart
        assertThat(pod.restartCount()).isBetween(kills.size() - 1, kills.size())
                .isEqualTo((int) result.metrics().counter(VersionMetrics.key("api", "v2", "restarts")));
    }

    @Test
    void aContainerThatRanTenMinutesRestartsAtOnceWithItsBackOffReset() {
        Simulation sim = sim(2000);
        Service service = service(sim, LEAKY_POD, 0.0001, leaking(0.5));
        send(sim, service, 0, 401, 0.001);       // kill 1 at 0.401 s: restarted at once, Ready at 12.401 s
        send(sim, service, 100, 401, 0.001);     // kill 2 at 100.401 s: back-off 10 s, Ready at 122.401 s
        // kill 3 at 800.401 s: 690 s after the last restart (110.401 s) > 600 s: at once again, back-off reset
        send(sim, service, 800, 401, 0.001);
        send(sim, service, 900, 401, 0.001);     // kill 4: back-off 10 s again (not 20 s)
        ReplicationResult result = sim.run();
        assertThat(journal(result, "OOMKilled")).extracting(e -> Math.round(e.time() * 1000) / 1000.0)
                .containsExactly(0.401, 100.401, 800.401, 900.401);
        assertThat(journal(result, "BackOff")).extracting(e -> Math.round(e.time() * 1000) / 1000.0)
                .containsExactly(100.401, 900.401);
        assertThat(journal(result, "BackOff")).extracting(e -> e.inputs().get("backOffSeconds"))
                .containsExactly(10.0, 10.0);
    }

    @Test
    void aPodOomKilledWhileBeingDeletedGoesAtOnceAndIsNotRestarted() {
        Simulation sim = sim(100);
        Service service = service(sim, LEAKY_POD, 5, leaking(0.5));
        Pod pod = service.pods().get(0);
        send(sim, service, 0, 10, 0.01);                     // 10 requests of 5 s each in the pod by 0.1 s
        sim.at(1, "delete", () -> service.terminate(pod));   // terminating, 30 s grace for what is in it
        for (int i = 1; i <= 391; i++) {                     // what still reaches it (a balancer's chosen host)
            sim.at(1 + i * 0.001, "late", () -> service.handleOn(pod, 0, new Request(sim.now(), 0, CLIENT),
                    outcomes::add));
        }
        ReplicationResult result = sim.run();
        assertThat(journal(result, "OOMKilled")).singleElement()
                .satisfies(e -> assertThat(e.time()).isCloseTo(1.391, within(1e-9)));
        assertThat(pod.state()).isEqualTo(PodState.GONE);
        assertThat(pod.restartCount()).isZero();
        assertThat(outcomes).hasSize(401).containsOnly(Outcome.RESET);
    }

    @Test
    void aFailingReadinessProbeKeepsItsRunningPodsOutOfTheEndpoints() {
        Simulation sim = sim(200);
        VersionConfig v1 = new VersionConfig("v1", 2, 0, 1);
        VersionConfig v2 = new VersionConfig("v2", 1, 0, 1, new VersionFaults(0, null, Readiness.FAILING));
        Service service = service(sim, new PodShape(1, 256, 4), 0.001, v1, v2);
        Deployment canary = new Deployment(service, v2, STARTUP, PodPlacer.UNLIMITED, sim);
        sim.at(10, "scale", () -> canary.scaleTo(3));
        send(sim, service, 0, 1000, 0.1);
        sim.run();
        List<Pod> bad = service.pods().stream().filter(p -> p.version().equals(v2)).toList();
        assertThat(bad).hasSize(3).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo(PodState.STARTING);
            assertThat(p.state().running()).isTrue();
            assertThat(p.requestsReceived()).isZero();
        });
        assertThat(service.readyPods()).extracting(p -> p.version().name()).containsOnly("v1");
        assertThat(outcomes).hasSize(1000).containsOnly(Outcome.OK);
    }

    @Test
    void aSlowStartDelaysReadyByTheDifferenceInStartUp() {
        Simulation sim = sim(300);
        // the version's app takes 45 s instead of 5 s: probes at 0, 10, … pass at 50 s instead of 10 s after start
        StartupSpec slow = new StartupSpec(10, 2, 45, 0, 10, 1, 0);
        VersionConfig v1 = new VersionConfig("v1", 1, 0, 1);
        VersionConfig v2 = new VersionConfig("v2", 0, 0, 1, new VersionFaults(0, slow, Readiness.PASSING));
        Service service = service(sim, new PodShape(1, 256, 4), 0.001, v1, v2);
        Deployment stable = new Deployment(service, v1, STARTUP, PodPlacer.UNLIMITED, sim);
        Deployment canary = new Deployment(service, v2, STARTUP, PodPlacer.UNLIMITED, sim);
        List<String> ready = new ArrayList<>();
        service.watch((p, previous) -> {
            if (p.state() == PodState.READY) {
                ready.add(p.name() + "@" + sim.now());
            }
        });
        ready.clear(); // the watch's initial list
        sim.at(100, "scale", () -> {
            stable.scaleTo(2);
            canary.scaleTo(1);
        });
        sim.run();
        // containers 2 s (the image is cached), then 10 s (healthy) or 50 s (slow): 40 s apart, the app's 40 s more
        assertThat(ready).containsExactly("api-v1-1@112.0", "api-v2-0@152.0");
    }

    @Test
    void aLeakNeedsTheMemoryUsageItGrowsFrom() {
        assertThatThrownBy(() -> new ServiceConfig("api", new PodShape(1, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(0.01))), 0.0)),
                List.of(leaking(0.5)), List.of(), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaks memory");
    }
}
