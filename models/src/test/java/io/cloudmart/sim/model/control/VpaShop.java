package io.cloudmart.sim.model.control;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.dist.Constant;
import io.cloudmart.sim.core.run.RunSettings;
import io.cloudmart.sim.model.autoscale.vpa.RecommenderSettings;
import io.cloudmart.sim.model.autoscale.vpa.UpdateMode;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.gateway.RequestIdentity;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Endpoint;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodShape;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.ServiceConfig;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.Step;
import io.cloudmart.sim.model.service.Unwired;
import io.cloudmart.sim.model.service.VersionConfig;

/**
 * One service "api" (CPU limit 1 core, the given CPU request) under a Deployment, metrics-server at 15 s and a VPA,
 * built by hand; new pods pull their image. Every {@value #TICK_SECONDS} s each Ready pod gets {@code round(cores(t) × 10)} requests of
 * {@value #WORK_SECONDS} s of CPU, so its usage is {@code cores(t)} (0.1-core steps).
 */
final class VpaShop {
    static final double TICK_SECONDS = 0.5;
    static final double WORK_SECONDS = 0.05;
    private static final RequestIdentity CLIENT = RequestIdentity.anonymous("10.0.0.1");

    final Simulation sim;
    final Service service;
    final Deployment deployment;
    final VpaController vpa;
    final ControlPlane plane;

    VpaShop(double durationSeconds, int replicas, double cpuRequestCores, UpdateMode mode, UpdaterSettings updater,
            StartupSpec startup, DoubleUnaryOperator cores) {
        sim = new Simulation(new RunSettings("vpa", 1, 0, durationSeconds, 0, 60));
        ServiceConfig config = new ServiceConfig("api", new PodShape(1, 512, 16, cpuRequestCores, 256),
                List.of(new Endpoint("op", List.of(new Step.Work(new Constant(WORK_SECONDS))), 0.0)),
                List.of(VersionConfig.stable(replicas)), List.of(), 30);
        service = new Service(config, sim);
        service.link(new Unwired("test"));
        plane = new ControlPlane(sim);
        MetricsServer metrics = new MetricsServer(sim, List.of(service), 15);
        plane.add(metrics);
        // every new pod lands on a node without its image, so it pulls it
        deployment = new Deployment(service, config.versions().get(0), startup, (pod, placed) -> placed.onNode(false), sim);
        VpaConfig vpaConfig = new VpaConfig(mode, RecommenderSettings.defaults(), updater);
        vpa = VpaLoops.add(plane, Map.of("api", deployment), Map.of("api", vpaConfig), metrics, sim).get(0);
        sim.every(TICK_SECONDS, "load", () -> {
            long n = Math.round(cores.applyAsDouble(sim.now()) * TICK_SECONDS / WORK_SECONDS);
            for (Pod pod : service.readyPods()) {
                for (int i = 0; i < n; i++) {
                    service.handleOn(pod, 0, new Request(sim.now(), 0, CLIENT), outcome -> { });
                }
            }
        });
    }

    VpaShop(double durationSeconds, int replicas, double cpuRequestCores, UpdateMode mode, double cores) {
        this(durationSeconds, replicas, cpuRequestCores, mode, UpdaterSettings.defaults(), StartupSpec.defaults(),
                t -> cores);
    }

    /**
     * The upper end of the VPA CPU histogram bucket holding {@code cores}: bucket i starts at
     * 0.01 × (1.05^i − 1) / 0.05, so the bucket of v is floor(log_1.05(v × 5 + 1)) and its end is the start of the next.
     */
    static double bucketEnd(double cores) {
        int bucket = (int) Math.floor(Math.log(cores * 5 + 1) / Math.log(1.05));
        return 0.01 * (Math.pow(1.05, bucket + 1) - 1) / 0.05;
    }
}
