package io.cloudmart.sim.model.autoscale.vpa;

/**
 * How many pods of one controller the updater may still evict in this loop: upstream's {@code singleGroupStats}
 * and {@code isPodDisruptable} in kubernetes/autoscaler
 * {@code vertical-pod-autoscaler/pkg/updater/restriction/pods_restriction_factory.go}. A running pod may go
 * while {@code running − evicted > configured − tolerance}, or, when the tolerance truncates to 0, once per
 * loop if every configured pod is running. A pending pod may always go and does not use up the budget.
 */
final class EvictionBudget {
    private final int configured;
    private final int tolerance;
    private final int running;
    private int evicted;

    EvictionBudget(int configured, int tolerance, int running) {
        this.configured = configured;
        this.tolerance = tolerance;
        this.running = running;
    }

    boolean canEvict(PodState pod) {
        if (pod.phase() == PodState.Phase.PENDING) {
            return true;
        }
        int shouldBeAlive = configured - tolerance;
        int actuallyAlive = running - evicted;
        return actuallyAlive > shouldBeAlive
                || (configured == running && tolerance == 0 && evicted == 0);
    }

    void evict(PodState pod) {
        if (pod.phase() != PodState.Phase.PENDING) {
            evicted++;
        }
    }
}
