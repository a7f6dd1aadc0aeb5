package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.Distribution;
import io.cloudmart.sim.core.random.RandomStream;

/**
 * A Kubernetes Service over a fixed set of pods.
 *
 * <p>A request goes to one pod chosen uniformly at random, as kube-proxy's default iptables mode
 * does (each rule matches with probability 1/remaining); it then waits or runs inside that pod
 * (see {@link Pod}). The CPU time a request needs is drawn from its endpoint's own stream
 * ({@code svc.<service>.<endpoint>.work}), so changing one endpoint's traffic does not shift the
 * samples another endpoint draws.
 */
public final class Service {
    private final ServiceConfig config;
    private final Simulation simulation;
    private final List<Pod> pods = new ArrayList<>();
    private final RandomStream podPicker;
    private final RandomStream[] workStreams;
    private final Distribution[] work;
    private final ServiceMetrics metrics;

    public Service(ServiceConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        this.metrics = new ServiceMetrics(simulation, config.name(), config.replicas(), config.pod().cpuCores());
        for (int i = 0; i < config.replicas(); i++) {
            pods.add(new Pod(config.pod(), simulation, metrics));
        }
        this.podPicker = simulation.stream("svc." + config.name() + ".podPicker");
        int n = config.endpoints().size();
        this.workStreams = new RandomStream[n];
        this.work = new Distribution[n];
        for (int i = 0; i < n; i++) {
            Endpoint endpoint = config.endpoints().get(i);
            workStreams[i] = simulation.stream("svc." + config.name() + "." + endpoint.name() + ".work");
            work[i] = endpoint.work();
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

    /** Serves one request for endpoint {@code endpoint}; {@code onResponse} runs when it is answered. */
    public void handle(int endpoint, Runnable onResponse) {
        double workSeconds = work[endpoint].sample(workStreams[endpoint]);
        metrics.arrived();
        Pod pod = pods.size() == 1 ? pods.get(0) : pods.get(podPicker.nextInt(pods.size()));
        pod.accept(new Job(simulation.now(), workSeconds, onResponse));
    }
}
