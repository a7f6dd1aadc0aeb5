package io.cloudmart.sim.model.control;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.vpa.Recommendation;
import io.cloudmart.sim.model.autoscale.vpa.Recommender;
import io.cloudmart.sim.model.autoscale.vpa.ResourceAmounts;
import io.cloudmart.sim.model.autoscale.vpa.UpdaterSettings;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.Requests;

/**
 * The VPA recommender and admission controller of one Deployment. Every {@code recommender-interval} it gives the
 * {@link Recommender} each running pod's latest metrics-server CPU sample (one a pod per metrics window, as the
 * recommender reads the metrics API once a loop), recomputes the recommendation, and, in every mode but
 * {@code Off}, has the Deployment create its pods from now on with the target as their app container's CPU
 * request (what the admission controller writes into a new pod). The {@link VpaUpdaterLoop} evicts, if the mode
 * says so.
 *
 * <p>CPU only, as a VPA with {@code controlledResources: [cpu]}: a service's memory usage, where it is modelled,
 * serves the HPA and the bill only, so no memory sample is fed and no memory recommendation is produced or used; the recommendation handed on carries the pod
 * template's memory request as its memory target and bounds, so memory never makes a pod evictable or adds to
 * its priority (upstream leaves uncontrolled resources out of the recommendation, which has that effect).
 *
 * <p>A request may not exceed its limit, and the limit here is the cores a pod may use (fixed, where upstream
 * would scale limits in proportion): target and bounds are capped at {@code PodShape.cpuCores}, and the journal
 * says when. Capping the bounds too keeps a pod already at its limit inside them, so it is not evicted over and
 * over for a request it cannot get.
 *
 * <p>Journal ({@code vpa/<service>}): {@code recommend} for the first recommendation and whenever the capped target
 * has moved by at least {@value #JOURNALED_TARGET_CHANGE} of the one last journaled; the bounds move every loop
 * as confidence grows and are journaled with it, not on their own.
 *
 * <p>Also keeps the service's {@link CpuUsageTally} for the right-sizing report: usage samples as above, requests
 * integrated over each pod's running time between loops (a pod's last part-interval before it is gone is lost).
 */
public final class VpaController implements ControlLoop {
    /**
     * A recommendation is journaled when its target moved by at least this fraction: upstream's default
     * {@code --pod-update-threshold}, so a journaled move is one the updater would count as a change.
     */
    public static final double JOURNALED_TARGET_CHANGE = UpdaterSettings.DEFAULT_UPDATE_THRESHOLD;

    private final Deployment deployment;
    private final VpaConfig config;
    private final MetricsServer metrics;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final String name;
    private final Recommender recommender;
    private final CpuUsageTally tally = new CpuUsageTally();
    /** Pods sampled and not yet gone, with the time of their last sample taken. */
    private final Map<Pod, Double> sampled = new IdentityHashMap<>();
    private final long limitMillicores;
    private final ResourceAmounts specRequests;
    private Recommendation raw;
    private Recommendation applied;
    private long journaledTargetMillicores = -1;
    private double lastLoop;

    public VpaController(Deployment deployment, VpaConfig config, MetricsServer metrics, Simulation simulation) {
        this.deployment = deployment;
        this.config = config;
        this.metrics = metrics;
        this.simulation = simulation;
        this.journal = simulation.journal();
        String service = deployment.service().name();
        this.name = nameFor(service);
        this.recommender = new Recommender(service, config.recommender(), 1, simulation.now());
        var pod = deployment.service().config().pod();
        this.limitMillicores = ResourceAmounts.ofCoresAndMiB(pod.cpuCores(), 0).cpuMillicores();
        this.specRequests = ResourceAmounts.ofCoresAndMiB(pod.cpuRequestCores(), pod.memoryRequestMiB());
        this.lastLoop = simulation.now();
    }

    /** What the journal names of the VPAs start with. */
    public static final String PREFIX = "vpa/";

    /** The journal name of the VPA of {@code service}: {@code vpa/<service>}. */
    public static String nameFor(String service) {
        return PREFIX + service;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double periodSeconds() {
        return config.recommender().recommenderIntervalSeconds();
    }

    public Deployment deployment() {
        return deployment;
    }

    public VpaConfig config() {
        return config;
    }

    /**
     * The recommendation as the updater and admission controller use it: CPU capped at the limit, memory the
     * template's request (not controlled); null before the first usage sample.
     */
    public Recommendation recommendation() {
        return applied;
    }

    /** Pods whose recommender state is kept: those seen running and not gone yet (bounded by the live pods). */
    int trackedPods() {
        return sampled.size();
    }

    CpuUsageTally tally() {
        return tally;
    }

    @Override
    public void reconcile() {
        double now = simulation.now();
        sample(now);
        if (recommender.totalSamplesCount() == 0) {
            return; // upstream publishes no recommendation before the first sample
        }
        raw = recommender.recommend(now);
        applied = capped(raw);
        if (config.mode().appliesAtCreation()) {
            admit();
        }
        journalIfMoved();
    }

    /** Takes each running pod's fresh sample, counts its requests since the last loop, and forgets gone pods. */
    private void sample(double now) {
        Set<Pod> running = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Pod pod : deployment.service().pods()) {
            if (!pod.version().equals(deployment.version()) || !pod.state().running()) {
                continue;
            }
            running.add(pod);
            tally.addRunning(pod.appRequests().cpuCores(), now - Math.max(lastLoop, pod.startedAt()));
            PodUsage usage = metrics.usage(pod);
            Double last = sampled.get(pod);
            // stamped with the window's end where upstream uses its start: a constant shift, which changes no
            // confidence (a span of sample times) and no weight ratio
            if (usage != null && (last == null || usage.timestamp() > last)) {
                if (recommender.addCpuSample(pod.name(), usage.timestamp(), usage.cpuCores())) {
                    tally.addUsage(usage.cpuCores());
                }
                sampled.put(pod, usage.timestamp());
            }
        }
        sampled.keySet().removeIf(pod -> {
            boolean gone = !running.contains(pod);
            if (gone) {
                recommender.removePod(pod.name()); // its samples stay in the aggregate, as upstream
            }
            return gone;
        });
        lastLoop = now;
    }

    /** The admission controller's choice for pods created from now on. */
    private void admit() {
        ResourceAmounts chosen = config.mode().requestsAtPodCreation(specRequests, applied);
        if (chosen.cpuMillicores() == 0) {
            return; // a 0 m target (a floor of 0 and idle pods) would leave the HPA nothing to divide by
        }
        Requests requests = new Requests(chosen.cpuCores(), deployment.service().config().pod().memoryRequestMiB());
        if (!requests.equals(deployment.newPodRequests())) {
            deployment.requestNewPodsWith(requests);
        }
    }

    private Recommendation capped(Recommendation r) {
        long memory = specRequests.memoryBytes();
        return new Recommendation(r.containerName(), r.timeSeconds(),
                new ResourceAmounts(Math.min(r.target().cpuMillicores(), limitMillicores), memory),
                new ResourceAmounts(Math.min(r.lowerBound().cpuMillicores(), limitMillicores), memory),
                new ResourceAmounts(Math.min(r.upperBound().cpuMillicores(), limitMillicores), memory),
                r.cpuConfidence(), r.memoryConfidence());
    }

    private void journalIfMoved() {
        long target = applied.target().cpuMillicores();
        if (journaledTargetMillicores >= 0
                && Math.abs(target - journaledTargetMillicores) < JOURNALED_TARGET_CHANGE * journaledTargetMillicores) {
            return;
        }
        journaledTargetMillicores = target;
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("mode", config.mode().fieldValue());
        in.put("controlledResources", "cpu");
        in.put("targetCpuCores", applied.target().cpuCores());
        in.put("lowerBoundCpuCores", applied.lowerBound().cpuCores());
        in.put("upperBoundCpuCores", applied.upperBound().cpuCores());
        in.put("uncappedTargetCpuCores", raw.target().cpuCores());
        in.put("cpuLimitCores", limitMillicores / 1000.0);
        in.put("cappedAtLimit", raw.target().cpuMillicores() > limitMillicores);
        in.put("specRequestCpuCores", specRequests.cpuCores());
        in.put("cpuConfidence", raw.cpuConfidence());
        in.put("samples", recommender.totalSamplesCount());
        journal.record(name, "recommend", in);
    }

    /** This service's row of the right-sizing report, as of {@code endSeconds}. */
    RightSizingReport.Row rightSizing(double endSeconds) {
        for (Pod pod : deployment.service().pods()) {
            if (pod.version().equals(deployment.version()) && pod.state().running() && endSeconds > lastLoop) {
                tally.addRunning(pod.appRequests().cpuCores(), endSeconds - Math.max(lastLoop, pod.startedAt()));
            }
        }
        lastLoop = Math.max(lastLoop, endSeconds);
        boolean any = applied != null;
        double target = any ? applied.target().cpuCores() : specRequests.cpuCores();
        double podHours = tally.podSeconds() / 3600.0;
        return new RightSizingReport.Row(deployment.service().name(), config.mode(), specRequests.cpuCores(),
                limitMillicores / 1000.0, tally.usagePercentileCores(0.5), tally.usagePercentileCores(0.95),
                tally.samples(), target,
                any ? applied.lowerBound().cpuCores() : target, any ? applied.upperBound().cpuCores() : target,
                any && raw.target().cpuMillicores() > limitMillicores, any ? raw.cpuConfidence() : 0.0,
                podHours, tally.requestCoreSeconds() / 3600.0, podHours * target);
    }
}
