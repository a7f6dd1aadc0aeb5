package io.cloudmart.sim.model.service;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.core.stats.Counter;

/**
 * The kubelet's side of a leaking version ({@link VersionFaults#leaks()}) in one service: a container that passes its
 * memory limit is OOM-killed, and the kubelet starts it again in the same pod ({@code restartPolicy: Always}) after
 * its {@link CrashLoopBackOff}; the new container goes through container start, app start and the readiness probe
 * of its version's {@link StartupSpec} (no image pull: the node has the image) and warms up again.
 *
 * <p>Each OOM kill and each back-off is a line in the control journal (controller {@code kubelet/<pod>}, decisions
 * {@code OOMKilled} and {@code BackOff}), so they cost per event, never per request. Counters
 * {@code ver.<service>.<version>.oomKills} and {@code .restarts} (see {@link VersionMetrics#key}) hold the totals.
 */
final class ContainerRestarts {
    private final Service service;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final Map<Pod, CrashLoopBackOff> backOffs = new HashMap<>();
    private final Map<String, Counter> oomKills = new LinkedHashMap<>();
    private final Map<String, Counter> restarts = new LinkedHashMap<>();

    ContainerRestarts(Service service, Simulation simulation) {
        this.service = service;
        this.simulation = simulation;
        this.journal = simulation.journal();
        var registry = simulation.metrics();
        for (VersionConfig version : service.config().versions()) {
            if (version.faults().leaks()) {
                oomKills.put(version.name(), registry.counter(
                        VersionMetrics.key(service.name(), version.name(), "oomKills"), false));
                restarts.put(version.name(), registry.counter(
                        VersionMetrics.key(service.name(), version.name(), "restarts"), false));
            }
        }
        // a deleted pod's back-off goes with it: this map holds the pods that exist, never more
        service.watch((pod, previous) -> {
            if (pod.state() == PodState.GONE) {
                backOffs.remove(pod);
            }
        });
    }

    /**
     * {@code pod}'s container needs more than its limit (told from inside a request's admission): the kernel's OOM
     * killer ends it in an event of its own at the same instant, so the request being admitted is not cut short
     * mid-call.
     */
    void outOfMemory(Pod pod) {
        int run = pod.containerRun();
        simulation.after(0, "OOM kill", () -> kill(pod, run));
    }

    private void kill(Pod pod, int run) {
        if (pod.containerRun() != run || !pod.state().running()) {
            return; // deleted meanwhile
        }
        VersionConfig version = pod.version();
        double limit = pod.shape().memoryMiB();
        oomKills.get(version.name()).increment();
        journal.record(pod.kubeletJournalName(), "OOMKilled", inputs(version, "limitMiB", limit,
                "restartCount", pod.restartCount(), "requestsReceived", pod.requestsReceived()));
        boolean restarting = pod.state() != PodState.TERMINATING;
        service.containerDied(pod);
        if (!restarting) {
            return; // a pod being deleted is not restarted: it has gone with its container
        }
        double finishedAt = simulation.now();
        CrashLoopBackOff backOff = backOffs.computeIfAbsent(pod, p -> new CrashLoopBackOff());
        double delay = backOff.delayAfter(finishedAt);
        int nextRun = pod.containerRun();
        if (delay > 0) {
            journal.record(pod.kubeletJournalName(), "BackOff", inputs(version, "backOffSeconds", delay,
                    "restartCount", pod.restartCount()));
        }
        simulation.after(delay, "container restart", () -> restart(pod, nextRun, finishedAt, backOff));
    }

    private void restart(Pod pod, int run, double finishedAt, CrashLoopBackOff backOff) {
        if (pod.containerRun() != run || pod.state() != PodState.STARTING) {
            return; // the pod was deleted while it waited
        }
        backOff.restarting(finishedAt, simulation.now());
        pod.restarted();
        restarts.get(pod.version().name()).increment();
        StartupSpec startup = pod.version().faults().startupOr(StartupSpec.defaults());
        double ready = startup.containerStartSeconds() + startup.readyAfterContainerStart();
        simulation.after(ready, "readiness probe passed", () -> {
            if (pod.containerRun() == run && pod.state() == PodState.STARTING
                    && pod.version().faults().readiness() == Readiness.PASSING) {
                pod.warmUp(startup.warmupFactor(), startup.warmupSeconds());
                service.ready(pod);
            }
        });
    }

    /** A journal line's inputs in the order given (the version first), as events.jsonl writes them. */
    private static Map<String, Object> inputs(VersionConfig version, Object... keysAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("version", version.name());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            inputs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return inputs;
    }
}
