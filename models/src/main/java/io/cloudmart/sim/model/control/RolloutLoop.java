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
import io.cloudmart.sim.model.rollout.analysis.MeasurementEvaluator;
import io.cloudmart.sim.model.rollout.canary.PauseReason;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;
import io.cloudmart.sim.model.rollout.canary.RolloutPhase;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.rollout.canary.TrafficRoutedCanary;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.Pod;
import io.cloudmart.sim.model.service.PodState;
import io.cloudmart.sim.model.service.Service;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * The Argo Rollouts controller for one canary: at {@code startAt} it starts the {@link TrafficRoutedCanary}; on every
 * reconcile it reports both versions' Ready pods, runs the promotes that are due and the step analyses the machine
 * waits for and the background analysis (over the canary version's {@link VersionMetrics}), then does what the
 * machine asks: the mesh's two weights ({@code setWeights}, as Argo rewrites a VirtualService) and the two
 * Deployments' replicas. Every {@link RolloutEvent}, every measurement and every change of the two Deployments'
 * replicas goes to the control journal. An HPA over the Rollout writes its {@code spec.replicas} through
 * {@link #scaleTarget()}.
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
    private LiveAnalysis run;
    private LiveAnalysis background;
    /** Whether the rollout was seen paused by the background run's Inconclusive: a promote then starts a new run. */
    private boolean backgroundHeldTheRollout;
    private String lastAnalysisMessage = "";
    private final List<RolloutSummary.Measurement> measurements = new ArrayList<>();

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
        analyseInBackground(now);
        apply(machine.state());
        journalEvents();
    }

    /** Runs the step analysis the machine waits for, feeding a finished run's phase back (which may start another). */
    private void analyse(double now) {
        if (run != null && !machine.awaitingStepAnalysis()) {
            run.terminate(); // the step was left another way (a promote skips it, an abort ends it)
            run = null;
        }
        while (machine.awaitingStepAnalysis()) {
            if (run == null) {
                run = new LiveAnalysis(config.stepAnalyses().get(machine.state().stepIndex()), now,
                        (metric, at) -> measure(metric, at, false));
            }
            AnalysisPhase phase = run.reconcile(now);
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

    /**
     * The background AnalysisRun ({@code canary.analysis}): created once the rollout reaches {@code startingStep}, it
     * measures on its own schedule for the rest of the update; Failed or Error aborts, Inconclusive pauses, and while
     * that pause holds its phase is not read again. Once a promote has cleared that pause, a new run starts
     * ({@code reconcileBackgroundAnalysisRun} and {@code needsNewAnalysisRun}, {@code rollout/analysis.go}).
     * Promotion or an abort terminates it.
     */
    private void analyseInBackground(double now) {
        if (config.backgroundAnalysis().isEmpty()) {
            return;
        }
        if (!machine.backgroundAnalysisRunning()) {
            if (background != null && !background.phase().completed()) {
                background.terminate();
                journal.record(name, "backgroundAnalysisRunTerminated", Map.of());
            }
            return;
        }
        boolean heldInconclusive = machine.state().pauseReason().filter(r -> r == PauseReason.INCONCLUSIVE_ANALYSIS)
                .isPresent();
        if (background == null || !heldInconclusive && backgroundHeldTheRollout) {
            background = new LiveAnalysis(config.backgroundAnalysis(), now, (metric, at) -> measure(metric, at, true));
            backgroundHeldTheRollout = false;
        }
        boolean wasCompleted = background.phase().completed();
        AnalysisPhase phase = background.reconcile(now);
        if (phase.completed() && !wasCompleted) {
            lastAnalysisMessage = background.message();
            journal.record(name, "backgroundAnalysisRun" + phase.fieldValue(), Map.of("message", background.message()));
        }
        if (heldInconclusive) {
            backgroundHeldTheRollout |= phase == AnalysisPhase.INCONCLUSIVE;
            return;
        }
        machine.backgroundAnalysis(phase, now);
        journalEvents();
    }

    private double measure(AnalysisMetric metric, double now, boolean inBackground) {
        String metricName = metric.spec().name();
        double value = metric.metric().read(versionMetrics, config.canaryVersion(), now, metric.windowSeconds());
        AnalysisPhase phase = MeasurementEvaluator.evaluate(metric.spec(), value).phase();
        measurements.add(new RolloutSummary.Measurement(now, metricName, value, phase));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("metric", metricName);
        inputs.put("value", value);
        inputs.put("phase", phase.fieldValue());
        if (inBackground) {
            inputs.put("analysis", "background");
        }
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
        if (canary.replicas() == state.newReplicas() && stable.replicas() == state.oldReplicas()) {
            return;
        }
        if (canary.replicas() != state.newReplicas()) {
            canary.scaleTo(state.newReplicas());
        }
        if (stable.replicas() != state.oldReplicas()) {
            stable.scaleTo(state.oldReplicas());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("replicas", machine.replicas());
        inputs.put("canaryReplicas", state.newReplicas());
        inputs.put("stableReplicas", state.oldReplicas());
        journal.record(name, "scaled", inputs);
    }

    /**
     * The Rollout as an HPA's {@code scaleTargetRef} (its scale subresource: {@code spec.replicas}, and a selector
     * over both versions' pods): a new count goes to the machine, and both Deployments follow its replica math at once.
     */
    public ScaleTarget scaleTarget() {
        return new ScaleTarget() {
            @Override
            public Service service() {
                return stable.service();
            }

            @Override
            public int replicas() {
                return machine.replicas();
            }

            @Override
            public void scaleTo(int replicas) {
                machine.replicasChanged(replicas, simulation.now());
                journalEvents();
                apply(machine.state());
            }
        };
    }

    private void journalEvents() {
        List<RolloutEvent> events = machine.events();
        for (; journaledEvents < events.size(); journaledEvents++) {
            RolloutEvent event = events.get(journaledEvents);
            journal.record(name, event.getClass().getSimpleName(), RolloutEventInputs.of(event));
        }
    }

    private static int ready(Deployment deployment) {
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
                versionMetrics.totalRequests(config.canaryVersion()), versionMetrics.totalErrors(config.canaryVersion()));
    }
}
