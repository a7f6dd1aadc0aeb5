package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.EventHandle;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.random.RandomStream;
import io.cloudmart.sim.model.call.CallTarget;
import io.cloudmart.sim.model.call.Outcome;
import io.cloudmart.sim.model.call.Request;
import io.cloudmart.sim.model.call.ResponseHandler;

/**
 * A Kubernetes Service over a set of pods that changes while the run goes on.
 *
 * <p>Called directly (no mesh), a request goes to one of the Ready pods chosen uniformly at random, as
 * kube-proxy's default iptables mode does (each rule matches with probability 1/remaining); it then
 * waits for a worker and runs its endpoint's program inside that pod (see {@link Pod}). With no Ready
 * pod the connection is refused (kube-proxy rejects traffic to a Service without endpoints).
 *
 * <p>The pods a run starts with are Ready at time zero. Pods added later start {@link PodState#PENDING}
 * and are moved on by whoever runs their start-up ({@link #started}, {@link #ready}); a pod being
 * removed ({@link #terminate}) leaves the endpoints at once, finishes its in-flight requests within
 * {@link ServiceConfig#terminationGracePeriodSeconds()}, and whatever still runs then fails with
 * {@link Outcome#RESET} and is counted under {@code svc.<name>.killed}.
 */
public final class Service {
    private final ServiceConfig config;
    private final Simulation simulation;
    /** Pods that exist (not gone), in creation order. */
    private final List<Pod> pods = new ArrayList<>();
    /** The endpoints: Ready pods, in the order they became Ready. */
    private final List<Pod> ready = new ArrayList<>();
    private final List<Pod> readyView = Collections.unmodifiableList(ready);
    private final List<Pod> podsView = Collections.unmodifiableList(pods);
    private final List<PodWatcher> watchers = new ArrayList<>();
    private final Map<String, Integer> podsCreated = new LinkedHashMap<>();
    private final Map<Pod, EventHandle> graceEnds = new LinkedHashMap<>();
    private final RandomStream podPicker;
    private final ServiceMetrics metrics;
    private final VersionMetrics versionMetrics;
    /** The kubelet's restarts of OOM-killed containers; null when no version leaks memory. */
    private final ContainerRestarts restarts;
    /** Pods whose containers run (starting, ready or terminating). */
    private int running;
    private long serial;
    private Program[] programs;

    public Service(ServiceConfig config, Simulation simulation) {
        this.config = config;
        this.simulation = simulation;
        this.metrics = new ServiceMetrics(simulation, config.name(), config.replicas(), config.endpoints());
        this.versionMetrics = new VersionMetrics(simulation, config.name(), config.versions());
        this.restarts = config.versions().stream().anyMatch(v -> v.faults().leaks())
                ? new ContainerRestarts(this, simulation) : null;
        for (VersionConfig version : config.versions()) {
            for (int i = 0; i < version.replicas(); i++) {
                Pod pod = addPod(version);
                started(pod);
                if (version.faults().readiness() == Readiness.PASSING) {
                    ready(pod);
                }
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

    public ServiceConfig config() {
        return config;
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

    /** Serves one request for endpoint {@code endpoint} on a randomly chosen Ready pod. */
    public void handle(int endpoint, Request request, ResponseHandler handler) {
        int endpoints = ready.size();
        if (endpoints == 0) {
            metrics.refused();
            handler.respond(Outcome.UNAVAILABLE);
            return;
        }
        handleOn(ready.get(endpoints == 1 ? 0 : podPicker.nextInt(endpoints)), endpoint, request, handler);
    }

    /** Each version's responses, errors and latency over recent windows, as an analysis queries Prometheus. */
    public VersionMetrics versionMetrics() {
        return versionMetrics;
    }

    /** The pods that exist (pending, starting, ready or terminating), in creation order; a live view. */
    public List<Pod> pods() {
        return podsView;
    }

    /** The Ready pods (the Service's endpoints), in the order they became Ready; a live view. */
    public List<Pod> readyPods() {
        return readyView;
    }

    /**
     * Starts telling {@code watcher} about every pod change; it is first told about the pods that exist
     * now (with {@link PodState#PENDING} as their previous state), as an informer's initial list does.
     */
    public void watch(PodWatcher watcher) {
        watchers.add(watcher);
        for (Pod pod : List.copyOf(pods)) {
            if (pod.state() != PodState.PENDING) {
                watcher.changed(pod, PodState.PENDING);
            }
        }
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
     * Serves one request for endpoint {@code endpoint} on {@code pod} (chosen by a balancer). During an
     * outage, or when the pod is gone, the connection is refused at once (503, nothing runs); a
     * terminating pod still serves what reaches it; a pod whose secrets expired answers 500 at once.
     */
    public void handleOn(Pod pod, int endpoint, Request request, ResponseHandler handler) {
        if (isDown() || pod.state() == PodState.GONE) {
            metrics.refused();
            handler.respond(Outcome.UNAVAILABLE);
            return;
        }
        double arrival = simulation.now();
        metrics.arrived();
        if (pod.secretsExpired()) {
            // the app's credentials were revoked with their lease: it answers every request with an error at once
            metrics.completed(endpoint, 0, Outcome.SERVER_ERROR);
            versionMetrics.completed(pod.version(), 0, Outcome.SERVER_ERROR);
            handler.respond(Outcome.SERVER_ERROR);
            return;
        }
        pod.admit(new Execution(programs[endpoint], pod, request, this, endpoint, arrival, handler));
    }

    /** A request of {@code endpoint} that arrived at {@code arrival} answered {@code outcome} on {@code pod}. */
    void answered(Pod pod, int endpoint, double arrival, Outcome outcome, ResponseHandler handler) {
        double latency = simulation.now() - arrival;
        metrics.completed(endpoint, latency, outcome);
        versionMetrics.completed(pod.version(), latency, outcome);
        if (pod.state() == PodState.TERMINATING && pod.activeRequests() == 0) {
            gone(pod);
        }
        handler.respond(outcome);
    }

    /** Creates a pod of {@code version}, {@link PodState#PENDING}; named {@code <service>-<version>-<n>}, n never reused. */
    public Pod addPod(VersionConfig version) {
        return addPod(version, config.pod().requests());
    }

    /** As {@link #addPod(VersionConfig)}, its application container asking for {@code appRequests} (a VPA's choice). */
    public Pod addPod(VersionConfig version, Requests appRequests) {
        if (!config.versions().contains(version)) {
            throw new IllegalArgumentException("service " + config.name() + " has no version " + version.name());
        }
        int n = podsCreated.merge(version.name(), 1, Integer::sum) - 1;
        Pod pod = new Pod(config.name(), config.name() + "-" + version.name() + "-" + n, serial++, config.pod(), appRequests,
                config.sidecar(), version, simulation,
                metrics);
        pods.add(pod);
        if (restarts != null && version.faults().leaks()) {
            pod.onOutOfMemory(restarts::outOfMemory);
        }
        return pod;
    }

    /**
     * {@code pod}'s app container died (OOM-killed): a Ready pod leaves the endpoints and is Running but not Ready
     * ({@link PodState#STARTING}) until its container is started again and passes its probe; a terminating one goes
     * at once. What was in it fails and is counted under {@code svc.<name>.killed}.
     */
    void containerDied(Pod pod) {
        PodState state = pod.state();
        if (state == PodState.TERMINATING) {
            gone(pod);
            return;
        }
        if (state == PodState.READY) {
            ready.remove(pod);
            metrics.readyChanged(ready.size());
            move(pod, PodState.STARTING);
        }
        metrics.killed(pod.containerDied());
    }

    /** {@code pod}'s containers are running (it is on a node and started); its cores now exist. */
    public void started(Pod pod) {
        expect(pod, PodState.PENDING);
        move(pod, PodState.STARTING);
        running++;
        metrics.runningChanged(running, config.pod().cpuCores());
    }

    /** {@code pod} passed its readiness probe: it joins the endpoints. */
    public void ready(Pod pod) {
        expect(pod, PodState.STARTING);
        ready.add(pod);
        metrics.readyChanged(ready.size());
        move(pod, PodState.READY);
    }

    /**
     * Starts deleting {@code pod}: it leaves the endpoints now; it goes once its in-flight requests are
     * done, or when the grace period ends, whichever comes first. A pod that never ran goes at once.
     */
    public void terminate(Pod pod) {
        PodState state = pod.state();
        if (state == PodState.TERMINATING || state == PodState.GONE) {
            return;
        }
        if (state == PodState.READY) {
            ready.remove(pod);
            metrics.readyChanged(ready.size());
        }
        if (state == PodState.PENDING) {
            move(pod, PodState.TERMINATING);
            gone(pod);
            return;
        }
        move(pod, PodState.TERMINATING);
        if (pod.activeRequests() == 0) {
            gone(pod);
        } else {
            graceEnds.put(pod, simulation.after(config.terminationGracePeriodSeconds(), "grace period ends",
                    () -> kill(pod)));
        }
    }

    /**
     * Kills {@code pod} now, whatever its grace period: its node went away (a spot instance reclaimed at the end
     * of its notice). What still runs fails and is counted, as at the end of a grace period.
     */
    public void killNow(Pod pod) {
        terminate(pod);
        if (pod.state() == PodState.TERMINATING) {
            gone(pod);
        }
    }

    /** The grace period of {@code pod} is over: its containers are killed with whatever still runs. */
    private void kill(Pod pod) {
        graceEnds.remove(pod);
        if (pod.state() != PodState.TERMINATING) {
            return;
        }
        gone(pod);
    }

    private void gone(Pod pod) {
        EventHandle grace = graceEnds.remove(pod);
        if (grace != null) {
            grace.cancel();
        }
        boolean hadCores = pod.state().running();
        move(pod, PodState.GONE);
        pods.remove(pod);
        if (hadCores) {
            running--;
            metrics.runningChanged(running, config.pod().cpuCores());
        }
        metrics.killed(pod.kill());
    }

    private void move(Pod pod, PodState next) {
        PodState previous = pod.moveTo(next);
        for (int i = 0; i < watchers.size(); i++) {
            watchers.get(i).changed(pod, previous);
        }
    }

    private void expect(Pod pod, PodState state) {
        if (pod.state() != state) {
            throw new IllegalStateException("pod " + pod.name() + " is " + pod.state() + ", expected " + state);
        }
    }
}
