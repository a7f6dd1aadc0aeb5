package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;

/**
 * A Kubernetes Service over a fixed set of pods.
 *
 * <p>Called directly (no mesh), a request goes to one pod chosen uniformly at random, as
 * kube-proxy's default iptables mode does (each rule matches with probability 1/remaining); it
 * then waits for a worker and runs its endpoint's program inside that pod (see {@link Pod}).
 */
public final class Service {
    private final ServiceConfig config;
    private final Simulation simulation;
    private final List<Pod> pods = new ArrayList<>();
    private final RandomStream podPicker;
    private final ServiceMetrics metrics;
    private Program[] programs;

    public Service(ServiceConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        this.metrics = new ServiceMetrics(simulation, config.name(), config.replicas(), config.pod().cpuCores(),
                config.endpoints());
        for (VersionConfig version : config.versions()) {
            for (int i = 0; i < version.replicas(); i++) {
                String pod = config.name() + "-" + version.name() + "-" + i;
                pods.add(new Pod(pod, config.pod(), version, simulation, metrics));
            }
        }
        this.podPicker = simulation.stream("svc." + config.name() + ".podPicker");
    }

    /**
     * Compiles every endpoint's program; call once all services exist.
     *
     * @param wiring finds the endpoints, datastores and caches the programs use
     */
    public void link(Wiring wiring) {
        programs = new Program[config.endpoints().size()];
        for (int i = 0; i < programs.length; i++) {
            programs[i] = Program.compile(config.name(), config.endpoints().get(i), simulation, wiring);
        }
    }

    public String name() {
        return config.name();
    }

    /** Index of endpoint {@code name}, for {@link #handle}; throws if it does not exist. */
    public int endpointIndex(String name) {
        for (int i = 0; i < config.endpoints().size(); i++) {
            if (config.endpoints().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("service " + config.name() + " has no endpoint " + name);
    }

    /** A call target for endpoint {@code name} that picks pods as kube-proxy does. */
    public CallTarget target(String endpoint) {
        int index = endpointIndex(endpoint);
        return (request, handler) -> handle(index, request, handler);
    }

    /** Serves one request for endpoint {@code endpoint} on a randomly chosen pod. */
    public void handle(int endpoint, Request request, ResponseHandler handler) {
        handleOn(pods.size() == 1 ? 0 : podPicker.nextInt(pods.size()), endpoint, request, handler);
    }

    /** Number of pods. */
    public int podCount() {
        return pods.size();
    }

    /** Name of pod {@code pod}. */
    public String podName(int pod) {
        return pods.get(pod).name();
    }

    /** Version of the code pod {@code pod} runs. */
    public String podVersion(int pod) {
        return pods.get(pod).version().name();
    }

    /** Counts a connection this service refused (the mesh reports refusals it saw on its way in). */
    public void countRefused() {
        metrics.refused();
    }

    /** True while an outage makes the service refuse connections. */
    public boolean isDown() {
        return Outage.anyCovers(config.outages(), simulation.now());
    }

    /**
     * Serves one request for endpoint {@code endpoint} on pod {@code podIndex} (chosen by a balancer);
     * during an outage the connection is refused at once (503, nothing runs).
     */
    public void handleOn(int podIndex, int endpoint, Request request, ResponseHandler handler) {
        if (isDown()) {
            metrics.refused();
            handler.respond(Outcome.UNAVAILABLE);
            return;
        }
        Pod pod = pods.get(podIndex);
        double arrival = simulation.now();
        metrics.arrived();
        Execution execution = new Execution(programs[endpoint], pod, request, outcome -> {
            pod.releaseWorker();
            metrics.completed(endpoint, simulation.now() - arrival, outcome);
            handler.respond(outcome);
        });
        pod.acquireWorker(execution::proceed);
    }
}
