package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.autoscale.hpa.Hpa;
import io.cloudmart.sim.model.autoscale.hpa.HpaControllerSettings;
import io.cloudmart.sim.model.autoscale.hpa.HpaDecision;
import io.cloudmart.sim.model.autoscale.hpa.HpaSpec;
import io.cloudmart.sim.model.autoscale.hpa.MetricDecision;
import io.cloudmart.sim.model.autoscale.hpa.PodMetrics;
import io.cloudmart.sim.model.autoscale.hpa.PodPhase;
import io.cloudmart.sim.model.autoscale.hpa.ScalingLimit;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;

/**
 * The HorizontalPodAutoscaler of one scale target (a Deployment, or a Rollout: {@link ScaleTarget}): every sync period it hands the pods, as the API shows
 * them, and their latest metrics-server samples to {@link Hpa}, and sets {@code spec.replicas} to what
 * it decides. Each decision that changes the replicas, or that a limit held back, goes to the journal
 * as {@code scaleUp}, {@code scaleDown} or {@code held}, with its inputs.
 *
 * <p>A Resource metric's usage and requests are the whole pod's (application and sidecar); memory is the
 * working set metrics-server read at its last scrape (only services that model memory usage may scale on
 * it; the scenario loader refuses the others). The request-rate metric is the Pods metric
 * {@value #REQUESTS_PER_SECOND}.
 */
public final class HpaController implements ControlLoop {
    /** The name of the Pods metric served from each pod's request counter. */
    public static final String REQUESTS_PER_SECOND = "requests_per_second";

    private final ScaleTarget target;
    /** Null once the HPA is deleted (Argo CD pruned it): the loop still ticks, and does nothing. */
    private Hpa hpa;
    private final HpaControllerSettings settings;
    private final double syncPeriodSeconds;
    private final MetricsServer metrics;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final String name;

    public HpaController(ScaleTarget target, Hpa hpa, MetricsServer metrics, Simulation simulation) {
        this.target = target;
        this.hpa = hpa;
        this.settings = hpa.settings();
        this.syncPeriodSeconds = settings.syncPeriodSeconds();
        this.metrics = metrics;
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.name = nameFor(target.service().name());
    }

    /** What the journal names of the HPAs start with. */
    public static final String PREFIX = "hpa/";

    /** The journal name of the HPA of {@code service}: {@code hpa/<service>}. */
    public static String nameFor(String service) {
        return PREFIX + service;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double periodSeconds() {
        return syncPeriodSeconds;
    }

    /** The live HPA's spec; null after it was deleted. */
    public HpaSpec spec() {
        return hpa == null ? null : hpa.spec();
    }

    /**
     * Applies a new spec to the live HPA, keeping the controller's memory of it ({@link Hpa#withSpec}); {@code null}
     * deletes it, and a later spec creates it anew with no memory, as the controller forgets a deleted HPA.
     */
    public void retarget(HpaSpec newSpec) {
        if (newSpec == null) {
            hpa = null;
        } else {
            hpa = hpa == null ? new Hpa(newSpec, settings) : hpa.withSpec(newSpec);
        }
    }

    @Override
    public void reconcile() {
        if (hpa == null) {
            return;
        }
        double now = simulation.now();
        int current = target.replicas();
        List<PodMetrics> pods = new ArrayList<>();
        for (Pod pod : target.service().pods()) {
            pods.add(podMetrics(pod));
        }
        HpaDecision decision = hpa.reconcile(now, current, pods);
        if (decision.desiredReplicas() != current) {
            target.scaleTo(decision.desiredReplicas());
        }
        if (decision.desiredReplicas() != current || decision.limit() != ScalingLimit.NONE
                && decision.limit() != ScalingLimit.TOLERANCE) {
            journal.record(name, verdict(decision, current), inputs(decision));
        }
    }

    private static String verdict(HpaDecision decision, int current) {
        if (decision.desiredReplicas() > current) {
            return "scaleUp";
        }
        return decision.desiredReplicas() < current ? "scaleDown" : "held";
    }

    /**
     * What a decision went on, for the journal. The flat {@code metric}, {@code targetType},
     * {@code target}, {@code current} and {@code proposal} are the metric that decided: the first
     * valid one with the largest proposal, as the controller picks it (the first metric when none was
     * valid). An HPA with several metrics also gets each one as {@code metrics.<i>.name}, {@code …targetType},
     * {@code …target} and, when it was read, {@code …current} and {@code …proposal}, in spec order, so
     * the journal shows why the largest won. Target types are spelled as in autoscaling/v2
     * ({@code Utilization}, {@code AverageValue}).
     */
    static Map<String, Object> inputs(HpaDecision decision) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("currentReplicas", decision.currentReplicas());
        MetricDecision deciding = deciding(decision.metrics());
        if (deciding != null) {
            metric(in, "", deciding);
        }
        if (decision.metrics().size() > 1) {
            for (int i = 0; i < decision.metrics().size(); i++) {
                metric(in, "metrics." + i + ".", decision.metrics().get(i));
            }
        }
        if (decision.rawRecommendation() != null) {
            in.put("recommendation", decision.rawRecommendation());
        }
        if (decision.stabilizedRecommendation() != null) {
            in.put("stabilized", decision.stabilizedRecommendation());
        }
        in.put("desiredReplicas", decision.desiredReplicas());
        in.put("limit", decision.limit().name());
        return in;
    }

    /** The first valid metric with the largest proposal (Kubernetes keeps the first of equal maxima); else the first metric. */
    private static MetricDecision deciding(List<MetricDecision> metrics) {
        MetricDecision best = null;
        for (MetricDecision metric : metrics) {
            if (metric.valid() && (best == null || metric.proposal() > best.proposal())) {
                best = metric;
            }
        }
        return best != null || metrics.isEmpty() ? best : metrics.get(0);
    }

    private static void metric(Map<String, Object> in, String prefix, MetricDecision metric) {
        in.put(prefix.isEmpty() ? "metric" : prefix + "name", metric.name());
        in.put(prefix + "targetType", metric.targetType().apiName());
        in.put(prefix + "target", metric.target());
        if (metric.currentValue() != null) {
            in.put(prefix + "current", metric.currentValue());
            in.put(prefix + "proposal", metric.proposal());
        }
    }

    /** The pod as the HPA controller reads it from the API and the metrics API. */
    private PodMetrics podMetrics(Pod pod) {
        PodState state = pod.state();
        // a Resource metric's utilization is over the requests of all the pod's containers, the sidecar's too
        double cpuRequest = pod.requests().cpuCores();
        double memoryRequest = pod.requests().memoryMiB();
        if (state == PodState.PENDING) {
            return new PodMetrics(pod.name(), PodPhase.PENDING, false, null, null, null, false, 0, 0, 0, 0, Map.of(),
                    cpuRequest, memoryRequest);
        }
        PodUsage usage = metrics.usage(pod);
        boolean ready = state == PodState.READY;
        double transition = ready ? pod.stateSince() : pod.startedAt();
        return new PodMetrics(pod.name(), PodPhase.RUNNING, state == PodState.TERMINATING, ready, pod.startedAt(),
                transition, usage != null, usage == null ? 0 : usage.timestamp(),
                usage == null ? 0 : usage.windowSeconds(), usage == null ? 0 : usage.cpuCores(),
                usage == null || usage.memoryMiB() == null ? 0 : usage.memoryMiB(),
                usage == null ? Map.of() : Map.of(REQUESTS_PER_SECOND, usage.requestsPerSecond()), cpuRequest,
                memoryRequest);
    }
}
