package io.cloudmart.sim.model.control;

import java.util.List;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.AnalysisMetric;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.BlueGreenRelease;
import io.cloudmart.sim.model.rollout.RolloutConfig;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.rollout.canary.BlueGreenRollout;
import io.cloudmart.sim.model.rollout.canary.RolloutDefaults;
import io.cloudmart.sim.model.rollout.canary.RolloutState;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * The Argo Rollouts controller for one blue-green rollout: at {@code startAt} it starts the {@link BlueGreenRollout}
 * and the preview stack comes up beside the active one (both on the nodes, both billed); on every reconcile it
 * reports the preview's Ready pods, runs the promotes that are due and the pre-promotion analysis the machine waits
 * for (over the preview version's metrics, fed by the {@link PreviewTestJob}), then does what the machine asks: the
 * two Deployments' replicas and, at the switch, all traffic to the new version in one {@code setWeights} (the
 * activeService's selector moving to the new ReplicaSet). Events and measurements go to the control journal under
 * the same name as a canary's ({@code rollout/<name>}).
 */
public final class BlueGreenLoop implements ControlLoop, UpdateTrigger {
    private final RolloutConfig config;
    private final BlueGreenRelease release;
    private final Deployment active;
    private final Deployment preview;
    private final ServiceMesh mesh;
    private final VersionMetrics versionMetrics;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final BlueGreenRollout machine;
    private final String name;
    private final AnalysisMeasurer measurer;
    private final RolloutEventJournal events;
    private final ReleaseMeter meter;
    private final PreviewTestJob test;
    /** The two versions over time, for the report: the weight is 0 until the switch, then 100. */
    private final RolloutTimeline timeline;

    private final PromoteSchedule promotes;
    /** When the update began (startAt, or Argo CD's sync); NaN before. */
    private double startedAt = Double.NaN;
    private int appliedWeight = -1;
    /** The pre-promotion analysis, which the machine waits for before the switch. */
    private final AwaitedAnalysis prePromotionAnalysis;
    private String lastAnalysisMessage = "";

    /**
     * @param active  the Deployment of the version serving before the update ({@code stableVersion})
     * @param preview the Deployment of the version rolled out ({@code canaryVersion})
     * @param meter   keeps the release's exposure and extra capacity (watching the cluster, if there is one)
     */
    BlueGreenLoop(RolloutConfig config, Deployment active, Deployment preview, ServiceMesh mesh, Simulation simulation,
                  ReleaseMeter meter) {
        this.config = config;
        this.release = config.blueGreen().orElseThrow(() -> new IllegalArgumentException("rollout " + config.name()
                + " is no blue-green rollout"));
        this.active = active;
        this.preview = preview;
        this.mesh = mesh;
        this.versionMetrics = active.service().versionMetrics();
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.machine = new BlueGreenRollout(release.spec());
        this.name = RolloutLoop.nameFor(config.name());
        this.measurer = new AnalysisMeasurer(versionMetrics, config.canaryVersion(), journal, name);
        this.events = new RolloutEventJournal(journal, name);
        this.meter = meter;
        this.promotes = new PromoteSchedule(config.promoteAt(), journal, name);
        this.prePromotionAnalysis = new AwaitedAnalysis(measurer, journal, name, new AwaitedAnalysis.Waiter() {
            @Override
            public boolean awaiting() {
                return machine.awaitingPrePromotionAnalysis();
            }

            @Override
            public List<AnalysisMetric> metrics() {
                return release.prePromotionAnalysis();
            }

            @Override
            public void finished(AnalysisPhase phase, String message, double now) {
                lastAnalysisMessage = message;
                machine.prePromotionAnalysisFinished(phase, now);
                events.catchUp(machine.events());
            }
        });
        this.timeline = new RolloutTimeline(versionMetrics, config.stableVersion(), config.canaryVersion());
        this.test = release.previewTest().map(t -> new PreviewTestJob(t, preview, simulation, meter)).orElse(null);
        // as Argo's controller does when it first reconciles a Rollout: the active service selects the old pods
        apply(machine.state());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double periodSeconds() {
        return RolloutLoop.PERIOD_SECONDS;
    }

    @Override
    public void startUpdate(double now) {
        if (!updateStarted()) {
            begin(now);
            events.catchUp(machine.events());
            apply(machine.state());
        }
    }

    @Override
    public boolean updateStarted() {
        return !Double.isNaN(startedAt);
    }

    /** The pod template changed: the preview stack comes up, and the person's test with it. */
    private void begin(double now) {
        startedAt = now;
        promotes.updateBegan(now);
        machine.start(now);
        if (test != null) {
            test.start();
        }
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
        machine.previewPodsReady(ReadyPods.of(preview), now);
        for (int i = promotes.due(now); i > 0; i--) {
            machine.promote(now);
        }
        machine.tick(now);
        events.catchUp(machine.events());
        prePromotionAnalysis.reconcile(now);
        RolloutState state = machine.state();
        apply(state);
        boolean decided = RolloutSummaries.decided(state);
        if (decided && test != null) {
            test.stop(); // the preview is active now, or abandoned: the person's test is over
        }
        events.catchUp(machine.events());
        meter.sample(now, appliedWeight, decided);
        observeTimeline(now);
    }

    /** The weight and pods after this reconcile's decisions, for the report's time line. */
    private void observeTimeline(double now) {
        timeline.observe(now, 100.0 * Math.max(appliedWeight, 0) / RolloutDefaults.MAX_TRAFFIC_WEIGHT,
                ReadyPods.of(active), ReadyPods.of(preview));
    }

    /** The switch is one weight change, 0 → 100: every request routed from then on goes to the new version. */
    private void apply(RolloutState state) {
        if (state.newWeight() != appliedWeight) {
            appliedWeight = state.newWeight();
            mesh.splitBetween(config.service(), config.stableVersion(), config.canaryVersion(), appliedWeight,
                    RolloutDefaults.MAX_TRAFFIC_WEIGHT);
        }
        if (preview.replicas() != state.newReplicas()) {
            preview.scaleTo(state.newReplicas());
        }
        if (active.replicas() != state.oldReplicas()) {
            active.scaleTo(state.oldReplicas());
        }
    }

    /** How the rollout went up to {@code endSeconds}. */
    public RolloutSummary summary(double endSeconds) {
        return RolloutSummaries.of(config, startedAt, machine.events(), machine.state(), lastAnalysisMessage,
                measurer.measurements(), versionMetrics, meter.figures(endSeconds), RolloutSummary.Timeline.of(timeline));
    }
}
