package io.cloudmart.sim.model.autoscale.vpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VPA updater's eviction decision for one VPA in one loop ({@code RunOnce} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/updater/logic/updater.go}, with {@code priority/update_priority_calculator.go},
 * {@code priority/priority_processor.go} and {@code restriction/}). Pure logic: the caller runs it every
 * {@code updaterIntervalSeconds} (60 s), evicts the pods it names and recreates them with
 * {@link UpdateMode#requestsAtPodCreation}.
 *
 * <p>The rule, as upstream:
 * <ol>
 *   <li>Off and Initial never evict; Recreate and (deprecated) Auto may.</li>
 *   <li>If the controller has fewer live pods than minReplicas (the VPA's {@code updatePolicy.minReplicas},
 *       else {@code --min-replicas} 2), nothing is evicted.</li>
 *   <li>Pods the eviction budget already forbids are dropped; each other pod is accepted when its requests
 *       are outside [lowerBound, upperBound], or it was OOM-killed within 10 min of starting (and the target
 *       differs), or it has run ≥ 12 h and its relative change is ≥ 0.1.</li>
 *   <li>Accepted pods are sorted: scale-ups first, then larger relative change (ties keep input order, where
 *       upstream's sort is unstable), and evicted in that order while the budget allows: at most
 *       {@code trunc(configured × 0.5)} running pods per loop, or one when that truncates to 0 and all
 *       configured pods run. So with the defaults 2 or 3 replicas lose one pod per loop, 4 or 5 lose two.</li>
 * </ol>
 * Upstream has no "one eviction per loop" switch: a smaller {@code --eviction-tolerance} (or
 * {@code --eviction-rate-limit}, not modelled) is how an operator slows it down; to get one per loop set the
 * tolerance below {@code 2 / configured}.
 */
public final class Updater {
    private final UpdaterSettings settings;

    public Updater(UpdaterSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("updater settings must not be null");
        }
        this.settings = settings;
    }

    public UpdaterSettings settings() {
        return settings;
    }

    /**
     * Decides this loop's evictions.
     *
     * @param nowSeconds         the loop's time, simulated seconds
     * @param policy             the VPA's update policy
     * @param configuredReplicas the controller's {@code spec.replicas} (≥ 1)
     * @param livePods           the controller's live pods (not being deleted), with distinct names
     * @param recommendation     the VPA's current recommendation for the pods' container
     */
    public UpdaterRun runOnce(double nowSeconds, UpdatePolicy policy, int configuredReplicas, List<PodState> livePods,
                              Recommendation recommendation) {
        validate(nowSeconds, policy, configuredReplicas, livePods, recommendation);
        UpdateMode mode = policy.updateMode();
        int required = policy.requiredReplicas(settings);
        int tolerance = (int) (configuredReplicas * settings.evictionToleranceFraction());
        Map<String, EvictionDecision> decisions = new LinkedHashMap<>();
        List<String> evictions = new ArrayList<>();
        if (!mode.evicts()) {
            livePods.forEach(pod -> decisions.put(pod.name(), decision(pod, EvictionDecision.Reason.MODE_DOES_NOT_EVICT, nowSeconds, recommendation)));
        } else if (livePods.size() < required) {
            livePods.forEach(pod -> decisions.put(pod.name(), decision(pod, EvictionDecision.Reason.BELOW_MIN_REPLICAS, nowSeconds, recommendation)));
        } else {
            int running = (int) livePods.stream().filter(p -> p.phase() == PodState.Phase.RUNNING).count();
            EvictionBudget budget = new EvictionBudget(configuredReplicas, tolerance, running);
            List<PodState> accepted = new ArrayList<>();
            for (PodState pod : livePods) {
                EvictionDecision.Reason reason = budget.canEvict(pod)
                        ? admission(pod, nowSeconds, recommendation)
                        : EvictionDecision.Reason.EVICTION_TOLERANCE_REACHED;
                decisions.put(pod.name(), decision(pod, reason, nowSeconds, recommendation));
                if (reason.evicts()) {
                    accepted.add(pod);
                }
            }
            accepted.sort(Comparator.comparing((PodState pod) -> decisions.get(pod.name()).priority(),
                    PodPriority.HIGHEST_FIRST));
            for (PodState pod : accepted) {
                if (budget.canEvict(pod)) {
                    budget.evict(pod);
                    evictions.add(pod.name());
                } else {
                    decisions.put(pod.name(), decision(pod, EvictionDecision.Reason.EVICTION_TOLERANCE_REACHED,
                            nowSeconds, recommendation));
                }
            }
        }
        return new UpdaterRun(nowSeconds, mode, livePods.size(), configuredReplicas, required, tolerance,
                new ArrayList<>(decisions.values()), evictions);
    }

    /** Upstream's {@code AddPod}: whether the pod may be updated at all, and why. */
    private EvictionDecision.Reason admission(PodState pod, double nowSeconds, Recommendation recommendation) {
        PodPriority priority = PodPriority.of(pod.requests(), recommendation);
        boolean quickOom = pod.lastOomKill() != null
                && pod.lastOomKill().runSeconds() < settings.evictAfterOomThresholdSeconds();
        if (!priority.outsideRecommendedRange() && !quickOom) {
            if (nowSeconds < pod.startTimeSeconds() + settings.podLifetimeUpdateThresholdSeconds()) {
                return EvictionDecision.Reason.WITHIN_BOUNDS_TOO_YOUNG;
            }
            if (priority.resourceDiff() < settings.defaultUpdateThreshold()) {
                return EvictionDecision.Reason.CHANGE_BELOW_THRESHOLD;
            }
        }
        if (quickOom && priority.resourceDiff() == 0) {
            return EvictionDecision.Reason.QUICK_OOM_NO_CHANGE;
        }
        if (priority.outsideRecommendedRange()) {
            return EvictionDecision.Reason.OUTSIDE_RECOMMENDED_RANGE;
        }
        return quickOom ? EvictionDecision.Reason.QUICK_OOM : EvictionDecision.Reason.LONG_LIVED_SIGNIFICANT_CHANGE;
    }

    private static EvictionDecision decision(PodState pod, EvictionDecision.Reason reason, double nowSeconds,
                                             Recommendation recommendation) {
        return new EvictionDecision(pod.name(), reason, PodPriority.of(pod.requests(), recommendation),
                pod.ageSeconds(nowSeconds), pod.requests());
    }

    private static void validate(double nowSeconds, UpdatePolicy policy, int configuredReplicas,
                                 List<PodState> livePods, Recommendation recommendation) {
        if (!Double.isFinite(nowSeconds)) {
            throw new IllegalArgumentException("updater time must be finite, got " + nowSeconds);
        }
        if (policy == null || livePods == null || recommendation == null) {
            throw new IllegalArgumentException("updater needs a policy, the live pods and a recommendation");
        }
        if (configuredReplicas < 1) {
            throw new IllegalArgumentException("configuredReplicas must be >= 1, got " + configuredReplicas);
        }
        if (livePods.stream().map(PodState::name).distinct().count() != livePods.size()) {
            throw new IllegalArgumentException("live pods must have distinct names");
        }
    }
}
