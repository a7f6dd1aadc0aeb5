package io.cloudmart.sim.model.gitops;

/**
 * How often the application controller compares an app with Git on its own: every {@code timeout.reconciliation}
 * its Application informer resyncs, and each resync asks for a refresh after a jitter drawn uniformly from
 * {@code [0, timeout.reconciliation.jitter)} (argo-cd {@code controller/appcontroller.go}, the informer's
 * {@code UpdateFunc}). The refresh reads Git only if the last comparison with Git is older than the timeout
 * ({@code comparisonExpiry}); otherwise it waits for the next resync.
 *
 * @param timeoutSeconds {@code timeout.reconciliation}, > 0
 * @param jitterSeconds  {@code timeout.reconciliation.jitter}, >= 0
 */
public record Polling(double timeoutSeconds, double jitterSeconds) {
    /** [DEFAULT] argo-cd {@code cmd/argocd-application-controller}: {@code defaultAppResyncPeriod = 120}. */
    public static final double DEFAULT_TIMEOUT_SECONDS = 120;
    /** [DEFAULT] argo-cd {@code cmd/argocd-application-controller}: {@code defaultAppResyncPeriodJitter = 60}. */
    public static final double DEFAULT_JITTER_SECONDS = 60;
    public static final Polling DEFAULT = new Polling(DEFAULT_TIMEOUT_SECONDS, DEFAULT_JITTER_SECONDS);

    public Polling {
        if (!(timeoutSeconds > 0) || !Double.isFinite(timeoutSeconds)) {
            throw new IllegalArgumentException("timeout.reconciliation must be > 0 s, got " + timeoutSeconds);
        }
        if (!(jitterSeconds >= 0) || !Double.isFinite(jitterSeconds)) {
            throw new IllegalArgumentException("timeout.reconciliation.jitter must be >= 0 s, got " + jitterSeconds);
        }
    }
}
