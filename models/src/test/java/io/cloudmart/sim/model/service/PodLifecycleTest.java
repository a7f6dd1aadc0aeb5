package io.cloudmart.sim.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;

/** Pods come and go while the run goes on; kube-proxy and the metrics follow the Ready ones. */
class PodLifecycleTest {
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");

    private static Service service(Simulation sim, int replicas, double workSeconds, double graceSeconds) {
        ServiceConfig config = new ServiceConfig("svc", new PodShape(1, 256, 1),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(workSeconds))), 0.0)),
                List.of(VersionConfig.stable(replicas)), List.of(), graceSeconds);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        return service;
    }

    private static Simulation sim(double duration) {
        return new Simulation(new RunSettings("pods", 1, 0, duration, 0, 10));
    }

    private static void send(Simulation sim, Service service, double at, List<String> log) {
        sim.at(at, "request", () -> service.handle(0, new Request(sim.now(), 0, CLIENT),
                outcome -> log.add(outcome + "@" + sim.now())));
    }

    @Test
    void aPodAddedLaterGetsRequestsOnlyOnceReady() {
        Simulation sim = sim(100);
        Service service = service(sim, 1, 1.0, 30);
        VersionConfig stable = service.config().versions().get(0);
        Pod[] added = new Pod[1];
        sim.at(1, "scale up", () -> added[0] = service.addPod(stable));
        sim.at(2, "started", () -> service.started(added[0]));
        sim.at(3, "ready", () -> service.ready(added[0]));
        List<String> log = new ArrayList<>();
        int[] servedByNew = new int[1];
        // while the new pod is pending or starting every request lands on the first pod: they queue there
        sim.at(1.5, "two requests", () -> {
            assertThat(service.readyPods()).hasSize(1);
            send(sim, service, 1.5, log);
            send(sim, service, 1.5, log);
        });
        sim.at(3, "check", () -> assertThat(service.readyPods()).containsExactly(service.pods().get(0), added[0]));
        for (int i = 0; i < 40; i++) {
            send(sim, service, 10 + i * 2, log);
            sim.at(10.5 + i * 2, "which pod", () -> servedByNew[0] += added[0].activeRequests());
        }
        sim.at(99, "state", () -> assertThat(added[0].state()).isEqualTo(PodState.READY));
        ReplicationResult result = sim.run();
        assertThat(log.subList(0, 2)).containsExactly("OK@2.5", "OK@3.5"); // one worker, 1 s each: queued
        assertThat(result.metrics().level(ServiceMetrics.key("svc", "replicas")).max()).isEqualTo(2.0);
        assertThat(log).hasSize(42).allMatch(entry -> entry.startsWith("OK@"));
        assertThat(servedByNew[0]).as("kube-proxy picks uniformly among the Ready pods").isBetween(10, 30);
    }

    @Test
    void aTerminatingPodLeavesTheEndpointsAtOnceAndFinishesItsWork() {
        Simulation sim = sim(100);
        Service service = service(sim, 2, 5.0, 30);
        List<String> log = new ArrayList<>();
        Pod[] first = new Pod[1];
        sim.at(0, "pick", () -> first[0] = service.pods().get(0));
        // requests at t = 1 land somewhere; put one on the first pod directly so it is in flight
        sim.at(1, "in flight", () -> service.handleOn(first[0], 0, new Request(1, 0, CLIENT),
                outcome -> log.add("inflight " + outcome + "@" + sim.now())));
        sim.at(2, "terminate", () -> {
            service.terminate(first[0]);
            assertThat(first[0].state()).isEqualTo(PodState.TERMINATING);
            assertThat(service.readyPods()).doesNotContain(first[0]).hasSize(1);
        });
        for (int i = 0; i < 10; i++) {
            sim.at(3 + i, "after", () -> service.handle(0, new Request(sim.now(), 0, CLIENT), outcome -> { }));
        }
        sim.at(5.9, "still there", () -> assertThat(first[0].state()).isEqualTo(PodState.TERMINATING));
        sim.at(6.1, "gone", () -> {
            assertThat(first[0].state()).isEqualTo(PodState.GONE);
            assertThat(service.pods()).doesNotContain(first[0]);
        });
        ReplicationResult result = sim.run();
        assertThat(log).containsExactly("inflight OK@6.0");
        assertThat(result.metrics().counter(ServiceMetrics.key("svc", "killed"))).isZero();
    }

    @Test
    void whatStillRunsWhenTheGracePeriodEndsFailsAndIsCounted() {
        Simulation sim = sim(200);
        Service service = service(sim, 1, 100.0, 30);
        List<String> log = new ArrayList<>();
        send(sim, service, 0, log); // runs 100 s
        send(sim, service, 0, log); // waits for the worker
        sim.at(10, "terminate", () -> service.terminate(service.pods().get(0)));
        ReplicationResult result = sim.run();
        assertThat(log).containsExactly("RESET@40.0", "RESET@40.0");
        assertThat(result.metrics().counter(ServiceMetrics.key("svc", "killed"))).isEqualTo(2);
        assertThat(result.metrics().counter(ServiceMetrics.key("svc", "errors"))).isEqualTo(2);
        // the core was busy 40 s of 200, but existed only for 40 s: busy over existing cores
        assertThat(result.metrics().level(ServiceMetrics.key("svc", "utilization")).mean())
                .isCloseTo(40.0 / 200.0, org.assertj.core.data.Offset.offset(1e-12));
        // with no pod left the Service refuses
        assertThat(result.metrics().level(ServiceMetrics.key("svc", "replicas")).min()).isZero();
    }

    @Test
    void utilizationIsBusyCoresOverTheCoresThatExistAtEachInstant() {
        Simulation sim = sim(20);
        Service service = service(sim, 1, 10.0, 30);
        List<String> log = new ArrayList<>();
        send(sim, service, 0, log); // the one core is busy 0..10
        VersionConfig stable = service.config().versions().get(0);
        sim.at(10, "second pod", () -> {
            Pod pod = service.addPod(stable);
            service.started(pod);
            service.ready(pod);
        });
        send(sim, service, 10, log); // one of two cores busy 10..20
        ReplicationResult result = sim.run();
        // 1.0 for 10 s, then 0.5 for 10 s
        assertThat(result.metrics().level(ServiceMetrics.key("svc", "utilization")).mean())
                .isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void withNoReadyPodTheConnectionIsRefused() {
        Simulation sim = sim(10);
        Service service = service(sim, 1, 1.0, 30);
        List<String> log = new ArrayList<>();
        sim.at(1, "terminate", () -> service.terminate(service.pods().get(0)));
        send(sim, service, 2, log);
        ReplicationResult result = sim.run();
        assertThat(log).containsExactly(Outcome.UNAVAILABLE + "@2.0");
        assertThat(result.metrics().counter(ServiceMetrics.key("svc", "refused"))).isEqualTo(1);
    }

    @Test
    void watchersHearEveryChangeAndPodNamesAreNeverReused() {
        Simulation sim = sim(10);
        Service service = service(sim, 1, 1.0, 0);
        List<String> heard = new ArrayList<>();
        service.watch((pod, previous) -> heard.add(pod.name() + " " + previous + "->" + pod.state()));
        VersionConfig stable = service.config().versions().get(0);
        sim.at(1, "churn", () -> {
            service.terminate(service.pods().get(0));
            Pod next = service.addPod(stable);
            service.started(next);
            service.ready(next);
        });
        sim.run();
        assertThat(heard).containsExactly("svc-stable-0 PENDING->READY", "svc-stable-0 READY->TERMINATING",
                "svc-stable-0 TERMINATING->GONE", "svc-stable-1 PENDING->STARTING", "svc-stable-1 STARTING->READY");
    }
}
