package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.rollout.analysis.AnalysisRun;
import io.cloudmart.sim.model.rollout.analysis.MeasurementEvaluator;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;
import io.cloudmart.sim.model.rollout.canary.RolloutPhase;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.rollout.canary.TrafficRoutedCanary;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * The Argo Rollouts controller for one canary: at {@code startAt} it starts the {@link TrafficRoutedCanary}; on every
 * reconcile it reports both versions' Ready pods, runs the promotes that are due and the step analyses the machine
 * waits for (over the canary version's {@link VersionMetrics}), then does what the machine asks: the mesh's two
 * weights ({@code setWeights}, as Argo rewrites a VirtualService) and the two Deployments' replicas. Every
 * {@link RolloutEvent} and every measurement goes to the control journal.
 */
public final class RolloutLoop implements ControlLoop {
    /**
     * [ESTIMATE] Seconds between reconciles. Argo's controller reconciles on every watch event and requeues at
     * deadlines; a 1 s tick stands for that, so pauses, delays and measurements land within a second of when due.
     */
    public static final double PERIOD_SECONDS = 1;

    private final RolloutConfig config;
    private final Deployment stable;
    private final Deployment canary;
    private final ServiceMesh mesh;
    private final VersionMetrics versionMetrics;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final TrafficRoutedCanary machine;
    private final String name;

    private boolean started;
    private int nextPromote;
    private int journaledEvents;
    private int appliedWeight = -1;
    private AnalysisRun run;
    private final Map<String, AnalysisMetric> runMetrics = new LinkedHashMap<>();
    private String lastAnalysisMessage = "";
    private final List<RolloutSummary.Measurement> measurements = new ArrayList<>();
    private final RolloutTimeline timeline;

    public RolloutLoop(RolloutConfig config, Deployment stable, Deployment canary, ServiceMesh mesh,
                       Simulation simulation) {
        this.config = config;
        this.stable = stable;
        this.canary = canary;
        this.mesh = mesh;
        this.versionMetrics = stable.service().versionMetrics();
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.machine = new TrafficRoutedCanary(config.canary());
        this.name = nameFor(config.name());
        this.timeline = new RolloutTimeline(versionMetrics, config.stableVersion(), config.canaryVersion());
        // as Argo's controller does when it first reconciles a Rollout: all traffic to the stable subset
        apply(machine.state());
    }

    /** The journal name of rollout {@code rollout}: {@code rollout/<name>}. */
    public static String nameFor(String rollout) {
        return "rollout/" + rollout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double periodSeconds() {
        return PERIOD_SECONDS;
    }

    @Override
    public void reconcile() {
        double now = simulation.now();
        if (!started) {
            if (now < config.startAtSeconds()) {
                observeTimeline(now);
                return;
            }
            started = true;
            machine.start(now);
        }
        machine.canaryPodsReady(ready(canary), now);
        machine.stablePodsReady(ready(stable), now);
        while (nextPromote < config.promoteAt().size() && config.promoteAt().get(nextPromote) <= now) {
            nextPromote++;
            journal.record(name, "promote", Map.of());
            machine.promote(now);
        }
        machine.tick(now);
        journalEvents();
        analyse(now);
        apply(machine.state());
        journalEvents();
        observeTimeline(now);
    }

    /** The weight and pods after this reconcile's decisions, for the report's time line. */
    private void observeTimeline(double now) {
        timeline.observe(now, 100.0 * appliedWeight / config.canary().maxTrafficWeight(), ready(stable), ready(canary));
    }

    /** Runs the step analysis the machine waits for, feeding a finished run's phase back (which may start another). */
    private void analyse(double now) {
        if (run != null && !machine.awaitingStepAnalysis()) {
            run.terminate(); // the step was left another way (a promote skips it, an abort ends it)
            run = null;
        }
        while (machine.awaitingStepAnalysis()) {
            if (run == null) {
                runMetrics.clear();
                for (AnalysisMetric metric : config.stepAnalyses().get(machine.state().stepIndex())) {
                    runMetrics.put(metric.spec().name(), metric);
                }
                run = new AnalysisRun(runMetrics.values().stream().map(AnalysisMetric::spec).toList(), now);
            }
            AnalysisPhase phase = run.reconcile(now, this::measure);
            if (!phase.completed()) {
                return;
            }
            lastAnalysisMessage = run.message();
            journal.record(name, "analysisRun" + phase.fieldValue(), Map.of("message", run.message()));
            run = null;
            machine.stepAnalysisFinished(phase, now);
            journalEvents();
        }
    }

    private double measure(String metricName, double now) {
        AnalysisMetric metric = runMetrics.get(metricName);
        double value = metric.metric().read(versionMetrics, config.canaryVersion(), now, metric.windowSeconds());
        AnalysisPhase phase = MeasurementEvaluator.evaluate(metric.spec(), value).phase();
        measurements.add(new RolloutSummary.Measurement(now, metricName, value, phase));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("metric", metricName);
        inputs.put("value", value);
        inputs.put("phase", phase.fieldValue());
        journal.record(name, "measurement", inputs);
        return value;
    }

    private void apply(RolloutState state) {
        if (state.newWeight() != appliedWeight) {
            appliedWeight = state.newWeight();
            Map<String, Integer> weights = new LinkedHashMap<>();
            weights.put(config.stableVersion(), config.canary().maxTrafficWeight() - appliedWeight);
            weights.put(config.canaryVersion(), appliedWeight);
            mesh.setWeights(config.service(), weights);
        }
        if (canary.replicas() != state.newReplicas()) {
            canary.scaleTo(state.newReplicas());
        }
        if (stable.replicas() != state.oldReplicas()) {
            stable.scaleTo(state.oldReplicas());
        }
    }

    private void journalEvents() {
        List<RolloutEvent> events = machine.events();
        for (; journaledEvents < events.size(); journaledEvents++) {
            RolloutEvent event = events.get(journaledEvents);
            journal.record(name, event.getClass().getSimpleName(), RolloutEventInputs.of(event));
        }
    }

    /** The deployment's Ready pods (the rollout controllers' view of a ReplicaSet's available replicas). */
    static int ready(Deployment deployment) {
        int ready = 0;
        for (Pod pod : deployment.pods()) {
            if (pod.state() == PodState.READY) {
                ready++;
            }
        }
        return ready;
    }

    /** How the rollout went up to {@code endSeconds}. */
    public RolloutSummary summary(double endSeconds) {
        List<RolloutSummary.StepStart> steps = new ArrayList<>();
        double promotedAt = Double.NaN;
        double abortedAt = Double.NaN;
        double pausedAt = Double.NaN;
        for (RolloutEvent event : machine.events()) {
            if (event instanceof RolloutEvent.StepStarted s) {
                steps.add(new RolloutSummary.StepStart(s.stepIndex(), s.at()));
            } else if (event instanceof RolloutEvent.Promoted p) {
                promotedAt = p.at();
            } else if (event instanceof RolloutEvent.Aborted a) {
                abortedAt = a.at();
            } else if (event instanceof RolloutEvent.Paused p) {
                pausedAt = p.at();
            }
        }
        RolloutState state = machine.state();
        RolloutOutcome outcome;
        double at;
        String why = "";
        if (!started) {
            outcome = RolloutOutcome.NOT_STARTED;
            at = Double.NaN;
        } else if (!Double.isNaN(promotedAt)) {
            outcome = RolloutOutcome.PROMOTED;
            at = promotedAt;
        } else if (state.abortCause().isPresent()) {
            outcome = RolloutOutcome.ABORTED;
            at = abortedAt;
            why = state.abortCause().get().name() + (lastAnalysisMessage.isEmpty() ? "" : ": " + lastAnalysisMessage);
        } else if (state.phase() == RolloutPhase.PAUSED) {
            outcome = RolloutOutcome.PAUSED;
            at = pausedAt;
            why = state.pauseReason().map(r -> r.fieldValue()).orElse("");
        } else {
            outcome = RolloutOutcome.PROGRESSING;
            at = Double.NaN;
        }
        return new RolloutSummary(config.name(), outcome, at, why, steps, measurements,
                versionMetrics.totalRequests(config.canaryVersion()), versionMetrics.totalErrors(config.canaryVersion()),
                RolloutSummary.Timeline.of(timeline));
    }
}
