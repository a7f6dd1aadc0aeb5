package io.cloudmart.sim.model.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.TimeWeighted;

/**
 * The Deployment (with its ReplicaSet) that keeps {@code spec.replicas} pods of one version of a service:
 * an autoscaler sets {@link #scaleTo}, and the Deployment creates pods and runs their start-up (placed by
 * the {@link PodPlacer}, then {@link StartupSpec}), or deletes the pods the ReplicaSet controller would
 * delete first. A pod that goes without being deleted by it (its node went away) is replaced.
 *
 * <p>Deletion order, as the ReplicaSet controller ranks pods ({@code controller.ActivePods} in
 * kubernetes {@code pkg/controller/controller_utils.go}): not yet on a node before on one, not running
 * before running, not Ready before Ready, Ready for less time before Ready for longer, and newer before
 * older (of two created at once, the later one).
 *
 * <p>Each new pod that passes its readiness probe is a line in the control journal ({@link PodReady}).
 *
 * <p>Metrics: {@code svc.<service>.desired} (spec.replicas), {@code svc.<service>.pending} (pods not yet
 * running) and {@code svc.<service>.starting} (running, not yet Ready), all levels with series, for the
 * service's first version; a later version's are {@code svc.<service>.<version>.desired} and so on.
 */
public final class Deployment {
    private final Service service;
    private final VersionConfig version;
    private final StartupSpec startup;
    private final PodPlacer placer;
    private final Simulation simulation;
    private final Set<Pod> deleting = new LinkedHashSet<>();
    private final Set<Pod> unplaced = new LinkedHashSet<>();
    private final TimeWeighted desiredLevel;
    private final TimeWeighted pendingLevel;
    private final TimeWeighted startingLevel;
    private boolean watching;
    private int replicas;
    private int pending;
    private int starting;
    /** The app container's requests of the pods created from now on; null: the pod template's. */
    private Requests newPodRequests;
    /** The pods' init step (Vault Agent's {@code vault-agent-init}) before the app containers start. */
    private StartGate startGate = StartGate.NONE;

    public Deployment(Service service, VersionConfig version, StartupSpec startup, PodPlacer placer,
                      Simulation simulation) {
        this.service = service;
        this.version = version;
        this.startup = version.faults().startupOr(startup); // a slow release starts as it does
        this.placer = placer;
        this.simulation = simulation;
        this.replicas = (int) service.pods().stream().filter(p -> p.version().equals(version)).count();
        var metrics = simulation.metrics();
        String prefix = version.equals(service.config().versions().get(0)) ? "" : version.name() + ".";
        desiredLevel = metrics.level(ServiceMetrics.key(service.name(), prefix + "desired"), replicas, true);
        pendingLevel = metrics.level(ServiceMetrics.key(service.name(), prefix + "pending"), 0, true);
        startingLevel = metrics.level(ServiceMetrics.key(service.name(), prefix + "starting"), 0, true);
        service.watch(this::changed);
        watching = true;
    }

    public Service service() {
        return service;
    }

    /** The version whose pods this Deployment keeps. */
    public VersionConfig version() {
        return version;
    }

    /** {@code spec.replicas}. */
    public int replicas() {
        return replicas;
    }

    /** This version's pods that exist and are not being deleted. */
    public List<Pod> pods() {
        List<Pod> mine = new ArrayList<>();
        for (Pod pod : service.pods()) {
            if (pod.version().equals(version) && pod.state() != PodState.TERMINATING) {
                mine.add(pod);
            }
        }
        return mine;
    }

    /** Sets {@code spec.replicas} to {@code desired} and creates or deletes pods to match. */
    public void scaleTo(int desired) {
        if (desired < 0) {
            throw new IllegalArgumentException("replicas must be >= 0, got " + desired);
        }
        replicas = desired;
        desiredLevel.set(desired);
        reconcile();
    }

    /**
     * The application container of every pod created from now on asks for {@code appRequests} (what the VPA's
     * admission controller writes into new pods); pods that exist keep theirs. Null goes back to the template's.
     */
    public void requestNewPodsWith(Requests appRequests) {
        newPodRequests = appRequests;
    }

    /** New pods run {@code gate} (their init containers) once their containers exist, before the app starts. */
    public void holdStartsWith(StartGate gate) {
        startGate = java.util.Objects.requireNonNull(gate, "gate");
    }

    /** The app container's requests a pod created now gets. */
    public Requests newPodRequests() {
        return newPodRequests != null ? newPodRequests : service.config().pod().requests();
    }

    /** Deletes {@code pod} (an eviction): the ReplicaSet then creates a replacement, as for any lost pod. */
    public void evict(Pod pod) {
        service.terminate(pod);
    }

    private void reconcile() {
        List<Pod> mine = pods();
        for (int i = mine.size(); i < replicas; i++) {
            create();
        }
        if (mine.size() > replicas) {
            mine.sort(DELETE_FIRST);
            for (Pod pod : mine.subList(0, mine.size() - replicas)) {
                deleting.add(pod);
                service.terminate(pod);
            }
        }
    }

    private void create() {
        Pod pod = service.addPod(version, newPodRequests());
        unplaced.add(pod);
        count(+1, 0);
        placer.place(pod, imageCached -> {
            if (!unplaced.remove(pod) || pod.state() != PodState.PENDING) {
                return; // deleted while it waited for a node
            }
            double boundAt = simulation.now();
            double pull = imageCached ? 0 : startup.imagePullSeconds();
            simulation.after(pull + startup.containerStartSeconds(), "containers started",
                    () -> startGate.beforeAppContainers(pod, () -> containersStarted(pod, boundAt, pull)));
        });
    }

    private void containersStarted(Pod pod, double boundAt, double pull) {
        if (pod.state() != PodState.PENDING) {
            return;
        }
        service.started(pod);
        simulation.after(startup.readyAfterContainerStart(), "readiness probe passed", () -> {
            if (pod.state() == PodState.STARTING && version.faults().readiness() == Readiness.PASSING) {
                pod.warmUp(startup.warmupFactor(), startup.warmupSeconds());
                // journaled before the watchers hear of it, so the line comes before what they do about it
                PodReady.record(simulation.journal(), pod, simulation.now(), boundAt, pull,
                        startup.containerStartSeconds());
                service.ready(pod);
            }
        });
    }

    /** Keeps the pending/starting counts, forgets deleted pods and replaces pods lost otherwise. */
    private void changed(Pod pod, PodState previous) {
        if (!watching || !pod.version().equals(version)) {
            return; // the initial list of pods, all Ready, changes no count
        }
        PodState now = pod.state();
        count(previous == PodState.PENDING ? -1 : 0,
                (now == PodState.STARTING ? 1 : 0) - (previous == PodState.STARTING ? 1 : 0));
        boolean leaving = now == PodState.TERMINATING || now == PodState.GONE && previous != PodState.TERMINATING;
        if (leaving) {
            if (unplaced.remove(pod)) {
                placer.forget(pod);
            }
            if (!deleting.contains(pod)) {
                reconcile(); // lost (evicted, its node gone): the ReplicaSet makes a new one
            }
        }
        if (now == PodState.GONE) {
            deleting.remove(pod);
        }
    }

    private void count(int pendingDelta, int startingDelta) {
        if (pendingDelta != 0) {
            pending += pendingDelta;
            pendingLevel.set(pending);
        }
        if (startingDelta != 0) {
            starting += startingDelta;
            startingLevel.set(starting);
        }
    }

    /** The ReplicaSet's deletion preference: the first pods of this order are deleted first. */
    private static final Comparator<Pod> DELETE_FIRST = Comparator
            .comparingInt((Pod p) -> rank(p.state()))
            .thenComparing(Comparator.comparingDouble(Pod::stateSince).reversed())
            .thenComparing(Comparator.comparingLong(Pod::serial).reversed());

    private static int rank(PodState state) {
        return switch (state) {
            case PENDING -> 0;
            case STARTING -> 1;
            default -> 2;
        };
    }
}
