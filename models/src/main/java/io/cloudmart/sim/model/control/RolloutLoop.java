package io.cloudmart.sim.model.control;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.analysis.AnalysisRun;
import io.cloudmart.sim.model.rollout.canary.RolloutEvent;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.rollout.canary.TrafficRoutedCanary;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * The Argo Rollouts controller for one canary: at {@code startAt} it starts the {@link TrafficRoutedCanary}; on every
 * reconcile it reports both versions' Ready pods, runs the promotes that are due and the step analyses the machine
 * waits for (over the canary version's {@link VersionMetrics}), then does what the machine asks: the mesh's two
 * weights ({@code setWeights}, as Argo rewrites a VirtualService) and the two Deployments' replicas. Every
 * {@link RolloutEvent} and every measurement goes to the control journal.
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

    private boolean started;
    private int nextPromote;
    private int appliedWeight = -1;
    private AnalysisRun run;
    private String lastAnalysisMessage = "";
    private final AnalysisMeasurer measurer;
    private final RolloutEventJournal events;
    private final ReleaseMeter meter;

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
        if (!started) {
            started = true;
            machine.start(now);
            journalEvents();
            apply(machine.state());
        }
    }

    @Override
    public boolean updateStarted() {
        return started;
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
        machine.canaryPodsReady(ReadyPods.of(canary), now);
        machine.stablePodsReady(ReadyPods.of(stable), now);
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
        meter.sample(now, appliedWeight, RolloutSummaries.decided(machine.state()));
    }

    /** Runs the step analysis the machine waits for, feeding a finished run's phase back (which may start another). */
    private void analyse(double now) {
        if (run != null && !machine.awaitingStepAnalysis()) {
            run.terminate(); // the step was left another way (a promote skips it, an abort ends it)
            run = null;
        }
        while (machine.awaitingStepAnalysis()) {
            if (run == null) {
                run = measurer.newRun(config.stepAnalyses().get(machine.state().stepIndex()), now);
            }
            AnalysisPhase phase = run.reconcile(now, measurer::measure);
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
        events.catchUp(machine.events());
    }

    /** How the rollout went up to {@code endSeconds}. */
    public RolloutSummary summary(double endSeconds) {
        return RolloutSummaries.of(config, started, machine.events(), machine.state(), lastAnalysisMessage,
                measurer.measurements(), versionMetrics, meter.figures(endSeconds));
    }
}
