package io.cloudmart.sim.model.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.ReplicationResult;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.Unwired;
import io.cloudmart.sim.model.service.VersionConfig;

/** The mesh balances over the Ready pods as they come and go, and a killed pod's requests are retried. */
class MeshEndpointsTest {
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");

    private final Simulation sim = new Simulation(new RunSettings("mesh-pods", 3, 0, 200, 0, 10));
    private final List<String> log = new ArrayList<>();

    private Service service(double workSeconds, int replicas) {
        ServiceConfig config = new ServiceConfig("shop", new PodShape(4, 256, 4),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(workSeconds))), 0.0)),
                List.of(VersionConfig.stable(replicas)), List.of(), 30);
        Service service = new Service(config, sim);
        service.link(new Unwired("test"));
        return service;
    }

    private CallTarget mesh(Service service) {
        Map<String, Service> services = new LinkedHashMap<>();
        services.put(service.name(), service);
        return new ServiceMesh(new MeshConfig(SidecarSettings.defaults(), Map.of()), sim, services, text -> { })
                .target("gateway", service.name(), "op");
    }

    private void send(CallTarget target, double at) {
        sim.at(at, "request", () -> target.call(new Request(sim.now(), 0, CLIENT),
                outcome -> log.add(outcome.name())));
    }

    @Test
    void aPodThatLeftGetsNoNewRequestsAndANewOneDoes() {
        Service service = service(0.01, 2);
        CallTarget target = mesh(service);
        Pod[] leaving = new Pod[1];
        Pod[] joining = new Pod[1];
        int[] onLeaving = new int[1];
        int[] onJoining = new int[1];
        sim.at(0, "pick", () -> leaving[0] = service.pods().get(0));
        sim.at(50, "swap", () -> {
            service.terminate(leaving[0]);
            joining[0] = service.addPod(service.config().versions().get(0));
            service.started(joining[0]);
            service.ready(joining[0]);
        });
        for (int i = 0; i < 100; i++) {
            send(target, 51 + i);
            sim.at(51.005 + i, "where", () -> {
                onLeaving[0] += leaving[0].activeRequests();
                onJoining[0] += joining[0].activeRequests();
            });
        }
        sim.run();
        assertThat(onLeaving[0]).isZero();
        assertThat(onJoining[0]).isBetween(30, 70);
        assertThat(log).hasSize(100).containsOnly("OK");
    }

    @Test
    void requestsOnAPodKilledAtTheEndOfItsGraceFailAndAreCounted() {
        Service service = service(60.0, 2); // each request runs a minute; the grace period is 30 s
        CallTarget target = mesh(service);
        send(target, 1);
        send(target, 1);
        send(target, 1);
        send(target, 1);
        sim.at(2, "terminate one", () -> service.terminate(service.pods().get(0)));
        ReplicationResult result = sim.run();
        // Istio's default retryOn (connect-failure, refused-stream, unavailable, cancelled, retriable-status-codes)
        // has no reset: the reset try is not retried and Envoy answers the caller 503
        long killed = result.metrics().counter("svc.shop.killed");
        assertThat(killed).isPositive();
        assertThat(log.stream().filter("UNAVAILABLE"::equals).count()).isEqualTo(killed);
        assertThat(log).hasSize(4).filteredOn("OK"::equals).hasSize(4 - (int) killed);
    }
}
