package io.cloudmart.sim.model.autoscale.vpa;

import java.util.Locale;

/**
 * The updater's verdict on one pod in one loop, with the inputs that led to it.
 *
 * @param pod                   the pod's name
 * @param reason                why it is evicted or kept ({@link Reason#evicts()} tells which)
 * @param priority              its update priority against the recommendation
 * @param ageSeconds            how long it had run at the loop, seconds
 * @param requests              its requests at the loop
 */
public record EvictionDecision(String pod, Reason reason, PodPriority priority, double ageSeconds,
                               ResourceAmounts requests) {
    /** Why a pod was evicted or kept, in the order the updater checks. */
    public enum Reason {
        /** Kept: the VPA's mode is Off or Initial, which never evict. */
        MODE_DOES_NOT_EVICT(false),
        /** Kept: the controller has fewer live pods than minReplicas. */
        BELOW_MIN_REPLICAS(false),
        /** Kept: the eviction tolerance is used up (checked before and again after prioritising). */
        EVICTION_TOLERANCE_REACHED(false),
        /** Kept: requests are inside [lowerBound, upperBound] and the pod is younger than the lifetime threshold. */
        WITHIN_BOUNDS_TOO_YOUNG(false),
        /** Kept: inside the bounds, old enough, but the relative change is below pod-update-threshold. */
        CHANGE_BELOW_THRESHOLD(false),
        /** Kept: it OOM-killed quickly but the target equals its requests, so a restart would change nothing. */
        QUICK_OOM_NO_CHANGE(false),
        /** Evicted: requests are outside [lowerBound, upperBound]. */
        OUTSIDE_RECOMMENDED_RANGE(true),
        /** Evicted: the container was OOM-killed within evict-after-oom-threshold of starting. */
        QUICK_OOM(true),
        /** Evicted: inside the bounds, but it has lived past the lifetime threshold and the change is large enough. */
        LONG_LIVED_SIGNIFICANT_CHANGE(true);

        private final boolean evicts;

        Reason(boolean evicts) {
            this.evicts = evicts;
        }

        public boolean evicts() {
            return evicts;
        }
    }

    public boolean evicted() {
        return reason.evicts();
    }

    /** For logs: {@code checkout-1 evict (OUTSIDE_RECOMMENDED_RANGE) diff 3.20 scaleUp age 3600 s}. */
    public String describe() {
        return String.format(Locale.US, "%s %s (%s) diff %.2f%s age %.0f s", pod, evicted() ? "evict" : "keep",
                reason, priority.resourceDiff(), priority.scaleUp() ? " scaleUp" : "", ageSeconds);
    }
}
