package io.cloudmart.sim.model.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudmart.sim.core.ControlJournal;
import io.cloudmart.sim.core.Simulation;
import io.cloudmart.sim.model.mesh.ServiceMesh;
import io.cloudmart.sim.model.rollout.AnalysisPhase;
import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.rollout.FlaggerMetric;
import io.cloudmart.sim.model.rollout.ReleaseStrategy;
import io.cloudmart.sim.model.rollout.RolloutOutcome;
import io.cloudmart.sim.model.rollout.RolloutSummary;
import io.cloudmart.sim.model.rollout.RolloutTimeline;
import io.cloudmart.sim.model.rollout.analysis.FlaggerAnalysisSpec;
import io.cloudmart.sim.model.rollout.analysis.FlaggerCanary;
import io.cloudmart.sim.model.rollout.analysis.FlaggerDecision;
import io.cloudmart.sim.model.rollout.analysis.FlaggerPhase;
import io.cloudmart.sim.model.service.Deployment;
import io.cloudmart.sim.model.service.VersionMetrics;

/**
 * The Flagger controller for one {@code Canary}: {@code advanceCanary} in fluxcd/flagger
 * {@code pkg/controller/scheduler.go}, run once per {@code analysis.interval} from t = 0 (the Canary exists from the
 * start; Flagger's job runs at once, then on each tick). One tick at a time, as Flagger does:
 * <ol>
 *   <li>Initialized: a tick at or after {@code startAt} sees the new revision and scales the canary Deployment to
 *       the primary's replicas ({@code ScaleFromZero}).</li>
 *   <li>Progressing: while the canary has fewer Ready pods than replicas ({@code IsCanaryReady}, readyThreshold
 *       100 %) nothing moves, and past {@code progressDeadlineSeconds} it is rolled back. Then the
 *       {@link FlaggerCanary} decides: the first tick sets the first weight without a check, later ones check the
 *       metrics in order (the first failure ends the check) and advance, hold, promote or roll back.</li>
 *   <li>Promoting: the primary gets the canary's spec and rolls; the next tick after it is done routes all traffic
 *       to it, and the one after scales the canary to zero (Finalising, then Succeeded).</li>
 * </ol>
 *
 * <p>Pods are kept per version, so the primary's rolling update is modelled as [CHOICE] a surge of all its pods:
 * at promotion the canary version's Deployment grows by the primary's replicas, and once they are all Ready the old
 * version's pods go and its weight moves to the new version (the primary's share is then served by new pods, as
 * after Flagger's rolling update). Finalising removes the canary's share of the new version's pods. The Deployment
 * controller is continuous, so the rolling update is watched every second; Flagger's own steps wait for its ticks.
 */
public final class FlaggerLoop implements ControlLoop {
    /** [CHOICE] As {@link RolloutLoop#PERIOD_SECONDS}: the Deployment controller's view; Flagger acts on its ticks. */
    public static final double PERIOD_SECONDS = RolloutLoop.PERIOD_SECONDS;
    /** Tolerance on tick times made by adding intervals. */
    private static final double EPSILON_SECONDS = 1e-9;

    private final FlaggerConfig config;
    private final Deployment primary;
    private final Deployment canary;
    private final ServiceMesh mesh;
    private final VersionMetrics versionMetrics;
    private final Simulation simulation;
    private final ControlJournal journal;
    private final FlaggerCanary machine;
    private final String name;
    /** What the release exposes and the capacity it holds, sampled every reconcile. */
    private final ReleaseMeter meter;

    private FlaggerPhase phase = FlaggerPhase.INITIALIZED;
    private double nextTickSeconds;
    private double scaledUpAt = Double.NaN;
    private double endedAt = Double.NaN;
    private String why = "";
    /** New-version pods the primary's rolling update waits for; 0 when none is under way. */
    private int primaryRollingTo;
    private int appliedWeight = -1;
    private final List<RolloutSummary.StepStart> weightSteps = new ArrayList<>();
    private final List<RolloutSummary.Measurement> measurements = new ArrayList<>();
    private final RolloutTimeline timeline;

    FlaggerLoop(FlaggerConfig config, Deployment primary, Deployment canary, ServiceMesh mesh, Simulation simulation,
                ReleaseMeter meter) {
        this.meter = meter;
        this.config = config;
        this.primary = primary;
        this.canary = canary;
        this.mesh = mesh;
        this.versionMetrics = primary.service().versionMetrics();
        this.simulation = simulation;
        this.journal = simulation.journal();
        this.machine = new FlaggerCanary(config.analysis());
        this.name = RolloutLoop.nameFor(config.name());
        this.timeline = new RolloutTimeline(versionMetrics, config.primaryVersion(), config.canaryVersion());
        // the job's first run, at creation: primary initialised, all traffic to it, the canary scaled to zero
        route(0);
        nextTickSeconds = config.analysis().intervalSeconds();
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
        act();
        // the canary version's share of the mesh, after this reconcile's decisions, for the report's time line
        timeline.observe(simulation.now(), 100.0 * Math.max(appliedWeight, 0) / FlaggerAnalysisSpec.TOTAL_WEIGHT,
                ReadyPods.of(primary), ReadyPods.of(canary));
    }

    /** Watches the primary's rolling update every second; runs Flagger's job at each interval. */
    private void act() {
        double now = simulation.now();
        if (primaryRollingTo > 0 && ReadyPods.of(canary) >= primaryRollingTo) {
            primaryUpdated();
        }
        if (now + EPSILON_SECONDS >= nextTickSeconds) {
            nextTickSeconds += config.analysis().intervalSeconds();
            onInterval(now);
        }
        if (phase != FlaggerPhase.INITIALIZED) { // the release runs from the tick that saw the new revision
            meter.sample(now, Math.max(appliedWeight, 0), decided());
        }
    }

    /** Whether the release is decided: promotion begun (the analysis passed) or rolled back. */
    private boolean decided() {
        return switch (phase) {
            case INITIALIZED, PROGRESSING -> false;
            case PROMOTING, FINALISING, SUCCEEDED, FAILED -> true;
        };
    }

    /** Flagger's job at one tick of {@code analysis.interval}. */
    private void onInterval(double now) {
        switch (phase) {
            case INITIALIZED -> detect(now);
            case PROGRESSING -> progress(now);
            case PROMOTING -> {
                if (primaryRollingTo == 0) { // IsPrimaryReady; the route is already all on the primary's new pods
                    phase(FlaggerPhase.FINALISING, Map.of());
                }
            }
            case FINALISING -> {
                canary.scaleTo(config.replicas()); // the canary's pods go; the primary's new ones stay
                end(now, FlaggerPhase.SUCCEEDED, "");
            }
            case SUCCEEDED, FAILED -> {
            }
        }
    }

    private void detect(double now) {
        if (now < config.startAtSeconds()) {
            return;
        }
        canary.scaleTo(config.replicas());
        scaledUpAt = now;
        phase(FlaggerPhase.PROGRESSING, Map.of("replicas", config.replicas()));
    }

    private void progress(double now) {
        if (ReadyPods.of(canary) < config.replicas()) {
            if (now - scaledUpAt > config.progressDeadlineSeconds()) {
                rollBack(now, "PROGRESS_DEADLINE", "canary deployment exceeded its progress deadline");
            }
            return;
        }
        if (config.skipAnalysis()) {
            route(0);
            canary.scaleTo(0); // ScaleToZero, then the primary rolls onto new pods of the new version
            canary.scaleTo(config.replicas());
            primaryRollingTo = config.replicas();
            end(now, FlaggerPhase.SUCCEEDED, "analysis skipped");
            return;
        }
        boolean passed = !machine.checksThisInterval() || check(now);
        FlaggerDecision decision = machine.onInterval(passed);
        switch (decision) {
            case ADVANCE -> {
                weightSteps.add(new RolloutSummary.StepStart(weightSteps.size(), now));
                route(machine.canaryWeight());
            }
            case HOLD -> journal.record(name, "Halted", Map.of("failedChecks", machine.failedChecks()));
            case PROMOTE -> {
                canary.scaleTo(config.replicas() + config.replicas()); // the primary's new pods, beside the canary's
                primaryRollingTo = canary.replicas();
                phase(FlaggerPhase.PROMOTING, Map.of());
            }
            case ROLLBACK -> rollBack(now, "FAILED_CHECKS", "failed checks threshold reached " + machine.failedChecks());
        }
    }

    /** The metrics in order; Flagger stops at the first that fails. */
    private boolean check(double now) {
        for (FlaggerMetric metric : config.metrics()) {
            double value = metric.read(versionMetrics, config.canaryVersion(), now);
            boolean passes = metric.passes(value);
            AnalysisPhase result = passes ? AnalysisPhase.SUCCESSFUL : AnalysisPhase.FAILED;
            measurements.add(new RolloutSummary.Measurement(now, metric.name().fieldValue(), value, result));
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("metric", metric.name().fieldValue());
            inputs.put("value", value);
            inputs.put("phase", result.fieldValue());
            journal.record(name, "measurement", inputs);
            if (!passes) {
                return false;
            }
        }
        return true;
    }

    /** The primary's rolling update is done: the old version's pods go, its traffic is served by the new ones. */
    private void primaryUpdated() {
        primaryRollingTo = 0;
        primary.scaleTo(0);
        route(FlaggerAnalysisSpec.TOTAL_WEIGHT);
        journal.record(name, "PrimaryUpdated", Map.of("version", config.canaryVersion()));
    }

    private void rollBack(double now, String cause, String message) {
        route(0);
        canary.scaleTo(0);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("cause", cause);
        inputs.put("failedChecks", machine.failedChecks());
        journal.record(name, "Aborted", inputs);
        end(now, FlaggerPhase.FAILED, cause + ": " + message);
    }

    private void end(double now, FlaggerPhase last, String message) {
        endedAt = now;
        why = message;
        phase(last, Map.of());
        if (last == FlaggerPhase.SUCCEEDED) {
            journal.record(name, "Promoted", Map.of());
        }
    }

    private void phase(FlaggerPhase next, Map<String, Object> inputs) {
        phase = next;
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("phase", next.fieldValue());
        all.putAll(inputs);
        journal.record(name, "Phase", all);
    }

    /** The canary's weight on the mesh; the rest to the primary's version. */
    private void route(int canaryWeight) {
        if (canaryWeight == appliedWeight) {
            return;
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("fromWeight", Math.max(appliedWeight, 0));
        inputs.put("toWeight", canaryWeight);
        if (appliedWeight >= 0) {
            journal.record(name, "WeightSet", inputs);
        }
        appliedWeight = canaryWeight;
        mesh.splitBetween(config.service(), config.primaryVersion(), config.canaryVersion(), canaryWeight,
                FlaggerAnalysisSpec.TOTAL_WEIGHT);
    }

    /** How the canary went up to the end of the run, in the shape of an Argo rollout's summary. */
    public RolloutSummary summary(double endSeconds) {
        RolloutOutcome outcome = switch (phase) {
            case INITIALIZED -> RolloutOutcome.NOT_STARTED;
            case SUCCEEDED -> RolloutOutcome.PROMOTED;
            case FAILED -> RolloutOutcome.ABORTED;
            case PROGRESSING, PROMOTING, FINALISING -> RolloutOutcome.PROGRESSING;
        };
        return new RolloutSummary(config.name(), outcome, endedAt, why, weightSteps, measurements,
                versionMetrics.totalRequests(config.canaryVersion()), versionMetrics.totalErrors(config.canaryVersion()),
                ReleaseStrategy.FLAGGER_CANARY, meter.figures(endSeconds), RolloutSummary.Timeline.of(timeline),
                scaledUpAt);
    }
}
