package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.rollout.canary.PauseReason;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.rollout.canary.TrafficRoutedCanary;
import io.cloudmart.sim.model.service.Deployment;
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
public final class RolloutLoop implements ControlLoop, UpdateTrigger {
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

    private final PromoteSchedule promotes;
    /** When the update began (startAt, or Argo CD's sync); NaN before. */
    private double startedAt = Double.NaN;
    private int appliedWeight = -1;
    /** The run of the analysis step the machine waits for. */
    private final AwaitedAnalysis stepAnalysis;
    private LiveAnalysis background;
    /** Whether the rollout was seen paused by the background run's Inconclusive: a promote then starts a new run. */
    private boolean backgroundHeldTheRollout;
    private String lastAnalysisMessage = "";
    private final AnalysisMeasurer measurer;
    private final RolloutEventJournal events;
    private final ReleaseMeter meter;
    private final RolloutTimeline timeline;

    /** A canary whose pods run without a cluster (no node-hours to count). */
    public RolloutLoop(RolloutConfig config, Deployment stable, Deployment canary, ServiceMesh mesh,
                       Simulation simulation) {
        this(config, stable, canary, mesh, simulation, ReleaseMeter.of(config, stable, canary, null));
    }

    /**
     * @param meter keeps the release's exposure and extra capacity (watching the cluster, if there is one)
     */
    RolloutLoop(RolloutConfig config, Deployment stable, Deployment canary, ServiceMesh mesh,
                Simulation simulation, ReleaseMeter meter) {
        this.config = config;
        this.stable = stable;
        this.canary = canary;
        this.mesh = mesh;
        this.versionMetrics = stable.service().versionMetrics();
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.machine = new TrafficRoutedCanary(config.canary());
        this.name = nameFor(config.name());
        this.measurer = new AnalysisMeasurer(versionMetrics, config.canaryVersion(), journal, name);
        this.events = new RolloutEventJournal(journal, name);
        this.meter = meter;
        this.promotes = new PromoteSchedule(config.promoteAt(), journal, name);
        this.stepAnalysis = new AwaitedAnalysis(measurer, journal, name, new AwaitedAnalysis.Waiter() {
            @Override
            public boolean awaiting() {
                return machine.awaitingStepAnalysis();
            }

            @Override
            public List<AnalysisMetric> metrics() {
                return config.stepAnalyses().get(machine.state().stepIndex());
            }

            @Override
            public void finished(AnalysisPhase phase, String message, double now) {
                lastAnalysisMessage = message;
                machine.stepAnalysisFinished(phase, now);
                journalEvents();
            }
        });
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
    public void startUpdate(double now) {
        if (!updateStarted()) {
            begin(now);
            journalEvents();
            apply(machine.state());
        }
    }

    /** The pod template changed at {@code now}: the update begins. */
    private void begin(double now) {
        startedAt = now;
        promotes.updateBegan(now);
        machine.start(now);
    }

    @Override
    public boolean updateStarted() {
        return !Double.isNaN(startedAt);
    }

    @Override
    public void reconcile() {
        double now = simulation.now();
        if (!updateStarted()) {
            if (now < config.startAtSeconds()) {
                observeTimeline(now);
                return;
            }
            begin(now);
        }
        machine.canaryPodsReady(ReadyPods.of(canary), now);
        machine.stablePodsReady(ReadyPods.of(stable), now);
        for (int i = promotes.due(now); i > 0; i--) {
            machine.promote(now);
        }
        machine.tick(now);
        journalEvents();
        stepAnalysis.reconcile(now);
        analyseInBackground(now);
        apply(machine.state());
        journalEvents();
        meter.sample(now, appliedWeight, RolloutSummaries.decided(machine.state()));
        observeTimeline(now);
    }

    /** The weight and pods after this reconcile's decisions, for the report's time line. */
    private void observeTimeline(double now) {
        timeline.observe(now, 100.0 * appliedWeight / config.canary().maxTrafficWeight(), ReadyPods.of(stable),
                ReadyPods.of(canary));
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
            background = measurer.newRun(config.backgroundAnalysis(), now, true);
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

    private void apply(RolloutState state) {
        if (state.newWeight() != appliedWeight) {
            appliedWeight = state.newWeight();
            mesh.splitBetween(config.service(), config.stableVersion(), config.canaryVersion(), appliedWeight,
                    config.canary().maxTrafficWeight());
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
                meter.baseline(replicas);
                journalEvents();
                apply(machine.state());
            }
        };
    }

    private void journalEvents() {
        events.catchUp(machine.events());
    }

    /** How the rollout went up to {@code endSeconds}. */
    public RolloutSummary summary(double endSeconds) {
        return RolloutSummaries.of(config, startedAt, machine.events(), machine.state(), lastAnalysisMessage,
                measurer.measurements(), versionMetrics, meter.figures(endSeconds), RolloutSummary.Timeline.of(timeline));
    }
}
