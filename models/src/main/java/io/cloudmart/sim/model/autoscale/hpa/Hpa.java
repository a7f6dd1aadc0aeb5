package io.cloudmart.sim.model.autoscale.hpa;

import java.util.ArrayList;
import java.util.List;

/**
 * One HorizontalPodAutoscaler and the controller's memory of it: the reconcile loop of kubernetes
 * {@code pkg/controller/podautoscaler/horizontal.go} ({@code reconcileAutoscaler}, {@code computeReplicasForMetrics})
 * for one scale target, driven by the caller every sync period.
 *
 * <p>At each {@link #reconcile}: a target at 0 replicas is left alone (autoscaling disabled); a target above
 * {@code maxReplicas} or below {@code minReplicas} is brought to the bound without reading metrics; otherwise every
 * metric proposes a count, the highest valid proposal is the raw recommendation (no action when all metrics fail, or
 * when some fail and the rest would scale down), and it is normalized: with {@code spec.behavior} by stabilization
 * windows and scaling policies, without by the legacy downscale stabilization and the {@code max(2 × current, 4)}
 * scale-up cap. The caller is expected to apply {@link HpaDecision#desiredReplicas()}; a change is recorded as a
 * scale event as the controller does after a successful scale update.
 *
 * <p>Like the controller, the first reconcile records the current count as a recommendation, so a new HPA does not
 * scale down before a full scale-down window has passed. The memory is bounded: recommendations are kept only as long
 * as the longest stabilization window can see them, scale events as long as the longest policy period.
 * Not thread-safe; {@code now} must not go backwards.
 */
public final class Hpa {
    private final HpaSpec spec;
    private final HpaControllerSettings settings;
    private final ReplicaCalculator calculator;
    private final BehaviorNormalizer behaviorNormalizer;
    private final LegacyNormalizer legacyNormalizer;
    private final Tolerances tolerances;
    private final RecommendationHistory recommendations;
    private final ScaleEventHistory scaleEvents;
    private boolean initialRecommendationRecorded;
    private double lastReconcile = Double.NEGATIVE_INFINITY;

    public Hpa(HpaSpec spec, HpaControllerSettings settings) {
        this(spec, settings, new RecommendationHistory(), new ScaleEventHistory());
    }

    private Hpa(HpaSpec spec, HpaControllerSettings settings, RecommendationHistory recommendations,
                ScaleEventHistory scaleEvents) {
        this.recommendations = recommendations;
        this.scaleEvents = scaleEvents;
        if (spec == null || settings == null) {
            throw new IllegalArgumentException("an HPA needs a spec and controller settings");
        }
        this.spec = spec;
        this.settings = settings;
        this.calculator = new ReplicaCalculator(settings);
        if (spec.behavior() != null) {
            behaviorNormalizer = new BehaviorNormalizer(spec.behavior(), settings.downscaleStabilizationSeconds(),
                    spec.minReplicas(), spec.maxReplicas());
            legacyNormalizer = null;
            tolerances = behaviorNormalizer.tolerances(settings.tolerance());
        } else {
            behaviorNormalizer = null;
            legacyNormalizer = new LegacyNormalizer(spec.minReplicas(), spec.maxReplicas(),
                    settings.downscaleStabilizationSeconds());
            tolerances = Tolerances.symmetric(settings.tolerance());
        }
    }

    /**
     * This HPA after its spec was edited (a new {@code kubectl apply} of its manifest): the controller keys its
     * recommendations and scale events by the HPA's name and forgets them only when the HPA is deleted
     * (kubernetes {@code pkg/controller/podautoscaler/horizontal.go}), so they carry over; this object is not to be
     * used afterwards.
     */
    public Hpa withSpec(HpaSpec newSpec) {
        Hpa edited = new Hpa(newSpec, settings, recommendations, scaleEvents);
        edited.initialRecommendationRecorded = initialRecommendationRecorded;
        edited.lastReconcile = lastReconcile;
        return edited;
    }

    /** An HPA with the default controller flags. */
    public Hpa(HpaSpec spec) {
        this(spec, HpaControllerSettings.defaults());
    }

    public HpaSpec spec() {
        return spec;
    }

    public HpaControllerSettings settings() {
        return settings;
    }

    /**
     * One sync of this HPA.
     *
     * @param now             the sync time, seconds; not earlier than the previous sync
     * @param currentReplicas the target's {@code scale.spec.replicas}
     * @param pods            the target's pods as the controller sees them (names unique)
     * @return the replica count to set and how it was reached
     */
    public HpaDecision reconcile(double now, int currentReplicas, List<PodMetrics> pods) {
        if (!Double.isFinite(now) || now < lastReconcile) {
            throw new IllegalArgumentException("reconcile time must be finite and not before the previous one ("
                    + lastReconcile + " s), got " + now);
        }
        if (currentReplicas < 0) {
            throw new IllegalArgumentException("current replicas must be >= 0, got " + currentReplicas);
        }
        if (pods == null) {
            throw new IllegalArgumentException("pods must be given (possibly empty)");
        }
        lastReconcile = now;
        if (!initialRecommendationRecorded) {
            recommendations.add(currentReplicas, now);
            initialRecommendationRecorded = true;
        }
        if (behaviorNormalizer != null) {
            scaleEvents.forgetAtOrBefore(now - behaviorNormalizer.longestPeriodSeconds());
        }
        HpaDecision decision = decide(now, currentReplicas, pods);
        if (decision.scales() && behaviorNormalizer != null) {
            scaleEvents.record(currentReplicas, decision.desiredReplicas(), now);
        }
        return decision;
    }

    private HpaDecision decide(double now, int current, List<PodMetrics> pods) {
        int min = spec.minReplicas();
        int max = spec.maxReplicas();
        if (current == 0 && min != 0) {
            return new HpaDecision(now, current, current, List.of(), null, null, ScalingLimit.SCALING_DISABLED);
        }
        if (current > max) {
            return new HpaDecision(now, current, max, List.of(), null, null, ScalingLimit.MAX_REPLICAS);
        }
        if (current < min) {
            return new HpaDecision(now, current, min, List.of(), null, null, ScalingLimit.MIN_REPLICAS);
        }
        List<MetricDecision> metrics = new ArrayList<>();
        Integer highest = null;
        int invalid = 0;
        for (MetricSpec metric : spec.metrics()) {
            MetricDecision decision = MetricDecision.of(metric,
                    calculator.evaluate(metric, current, pods, now, tolerances));
            metrics.add(decision);
            if (!decision.valid()) {
                invalid++;
            } else if (highest == null || decision.proposal() > highest) {
                highest = decision.proposal();
            }
        }
        if (highest == null || (invalid > 0 && highest < current)) {
            return new HpaDecision(now, current, current, metrics, null, null, ScalingLimit.METRICS_MISSING);
        }
        int raw = Math.max(0, highest);
        Normalization normalization = behaviorNormalizer != null
                ? behaviorNormalizer.normalize(now, current, raw, recommendations, scaleEvents)
                : legacyNormalizer.normalize(now, current, raw, recommendations);
        return new HpaDecision(now, current, normalization.desired(), metrics, raw, normalization.stabilized(),
                limitOf(current, raw, normalization, metrics));
    }

    private static ScalingLimit limitOf(int current, int raw, Normalization normalization,
                                        List<MetricDecision> metrics) {
        if (normalization.desired() != normalization.stabilized()) {
            return normalization.limit();
        }
        if (normalization.stabilized() > raw) {
            return ScalingLimit.SCALE_DOWN_STABILIZED;
        }
        if (normalization.stabilized() < raw) {
            return ScalingLimit.SCALE_UP_STABILIZED;
        }
        boolean heldByTolerance = metrics.stream().anyMatch(m -> m.evaluation() instanceof ReplicaCalculation c
                && c.withinTolerance() && c.desiredReplicas() == raw);
        return raw == current && heldByTolerance ? ScalingLimit.TOLERANCE : ScalingLimit.NONE;
    }

    /** Raw recommendations currently remembered (bounded by the longest stabilization window). */
    public int rememberedRecommendations() {
        return recommendations.size();
    }

    /** Scale events currently remembered (bounded by the longest policy period). */
    public int rememberedScaleEvents() {
        return scaleEvents.size();
    }
}
