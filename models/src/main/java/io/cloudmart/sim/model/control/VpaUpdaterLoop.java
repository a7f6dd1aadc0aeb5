package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.vpa.EvictionDecision;
import io.cloudmart.sim.model.autoscale.vpa.PodState;
import io.cloudmart.sim.model.autoscale.vpa.Recommendation;
import io.cloudmart.sim.model.autoscale.vpa.ResourceAmounts;
import io.cloudmart.sim.model.autoscale.vpa.UpdatePolicy;
import io.cloudmart.sim.model.autoscale.vpa.Updater;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterRun;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;

/**
 * The VPA updater of one Deployment: every {@code updater-interval} it hands the Deployment's live pods and the
 * {@link VpaController}'s (capped, CPU-only) recommendation to the {@link Updater} and evicts the pods it names.
 * The ReplicaSet replaces each at once, and the replacement gets the target because the controller has already
 * set it as the Deployment's request for new pods (the admission controller's part).
 *
 * <p>How many go at once is the Updater's rule: no eviction with fewer live pods than {@code minReplicas}, at most
 * {@code trunc(replicas × eviction-tolerance)} running pods a loop (one when that truncates to 0), and a pod
 * evicted leaves a replacement that is not running yet, so the next loop waits for it: with 2 or 3 replicas and the
 * defaults, pods go one at a time.
 *
 * <p>Journal ({@code vpa/<service>}): {@code evict} for each eviction with the inputs that led to it, and
 * {@code held} once when pods outside the recommended range are kept because the Deployment has fewer live pods
 * than {@code minReplicas} (not repeated while that lasts).
 */
public final class VpaUpdaterLoop implements ControlLoop {
    private final VpaController vpa;
    private final Updater updater;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final String journalName;
    private boolean heldBelowMinReplicas;

    public VpaUpdaterLoop(VpaController vpa, Simulation simulation) {
        this.vpa = vpa;
        this.updater = new Updater(vpa.config().updater());
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.journalName = vpa.name();
    }

    @Override
    public String name() {
        return vpa.name() + "/updater";
    }

    @Override
    public double periodSeconds() {
        return updater.settings().updaterIntervalSeconds();
    }

    @Override
    public void reconcile() {
        Recommendation recommendation = vpa.recommendation();
        Deployment deployment = vpa.deployment();
        if (recommendation == null || deployment.replicas() < 1) {
            return;
        }
        double now = simulation.now();
        Map<String, Pod> byName = new LinkedHashMap<>();
        List<PodState> live = new ArrayList<>();
        for (Pod pod : deployment.pods()) {
            byName.put(pod.name(), pod);
            live.add(podState(pod));
        }
        UpdaterRun run = updater.runOnce(now, UpdatePolicy.of(vpa.config().mode()), deployment.replicas(), live,
                recommendation);
        for (String name : run.evictions()) {
            journal.record(journalName, "evict", inputs(run, run.decisionFor(name), recommendation));
            deployment.evict(byName.get(name));
        }
        boolean held = run.evictions().isEmpty() && run.decisions().stream()
                .anyMatch(d -> d.reason() == EvictionDecision.Reason.BELOW_MIN_REPLICAS
                        && d.priority().outsideRecommendedRange());
        if (held && !heldBelowMinReplicas) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("reason", EvictionDecision.Reason.BELOW_MIN_REPLICAS.name());
            in.put("liveReplicas", run.liveReplicas());
            in.put("minReplicas", run.requiredReplicas());
            in.put("targetCpuCores", recommendation.target().cpuCores());
            journal.record(journalName, "held", in);
        }
        heldBelowMinReplicas = held;
    }

    /** The pod as the updater's pod lister shows it: not yet running pods are Pending. */
    private static PodState podState(Pod pod) {
        boolean running = pod.state().running();
        ResourceAmounts requests = ResourceAmounts.ofCoresAndMiB(pod.appRequests().cpuCores(),
                pod.appRequests().memoryMiB());
        return new PodState(pod.name(), running ? pod.startedAt() : pod.createdAt(),
                running ? PodState.Phase.RUNNING : PodState.Phase.PENDING, requests, null);
    }

    private static Map<String, Object> inputs(UpdaterRun run, EvictionDecision decision, Recommendation r) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("pod", decision.pod());
        in.put("reason", decision.reason().name());
        in.put("requestCpuCores", decision.requests().cpuCores());
        in.put("targetCpuCores", r.target().cpuCores());
        in.put("lowerBoundCpuCores", r.lowerBound().cpuCores());
        in.put("upperBoundCpuCores", r.upperBound().cpuCores());
        in.put("resourceDiff", decision.priority().resourceDiff());
        in.put("scaleUp", decision.priority().scaleUp());
        in.put("ageSeconds", decision.ageSeconds());
        in.put("liveReplicas", run.liveReplicas());
        in.put("configuredReplicas", run.configuredReplicas());
        in.put("minReplicas", run.requiredReplicas());
        in.put("evictionTolerance", run.evictionTolerance());
        return in;
    }
}
