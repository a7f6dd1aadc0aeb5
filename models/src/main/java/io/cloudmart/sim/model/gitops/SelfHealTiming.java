package io.cloudmart.sim.model.gitops;

/**
 * When a self-heal sync may run: the application controller's flags. Since Argo CD 2.14 the wait is an exponential
 * back-off over the self-heal attempts made at the same revision: attempt {@code n} (counted from 0, reset by any sync
 * that is not a self-heal) waits {@code backoff × factor^(n−1)} (capped) after the previous operation finished, so
 * the first self-heal runs as soon as the drift is seen. With the back-off off ({@code backoffSeconds = 0}) the older
 * fixed wait applies: {@code timeoutSeconds} after the previous operation finished. Read in argo-cd
 * {@code controller/appcontroller.go} ({@code selfHealRemainingBackoff}) and
 * {@code cmd/argocd-application-controller/commands/argocd_application_controller.go}.
 *
 * @param timeoutSeconds {@code --self-heal-timeout-seconds}, used only without back-off
 * @param backoffSeconds {@code --self-heal-backoff-timeout-seconds}; 0 turns the back-off off
 * @param factor         {@code --self-heal-backoff-factor}
 * @param capSeconds     {@code --self-heal-backoff-cap-seconds}
 */
public record SelfHealTiming(double timeoutSeconds, double backoffSeconds, double factor, double capSeconds) {
    /** [DEFAULT] {@code --self-heal-timeout-seconds} 0 since 2.14 (5 before, as {@code auto_sync.md} still says). */
    public static final double DEFAULT_TIMEOUT_SECONDS = 0;
    /** [DEFAULT] {@code --self-heal-backoff-timeout-seconds} 2. */
    public static final double DEFAULT_BACKOFF_SECONDS = 2;
    /** [DEFAULT] {@code --self-heal-backoff-factor} 3. */
    public static final double DEFAULT_FACTOR = 3;
    /** [DEFAULT] {@code --self-heal-backoff-cap-seconds} 300. */
    public static final double DEFAULT_CAP_SECONDS = 300;
    public static final SelfHealTiming DEFAULT = new SelfHealTiming(DEFAULT_TIMEOUT_SECONDS, DEFAULT_BACKOFF_SECONDS,
            DEFAULT_FACTOR, DEFAULT_CAP_SECONDS);

    public SelfHealTiming {
        for (double value : new double[] {timeoutSeconds, backoffSeconds, factor, capSeconds}) {
            if (!(value >= 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("self-heal timings must be finite and >= 0, got " + value);
            }
        }
    }

    /**
     * How long after the previous operation finished the self-heal attempt {@code attempts} (0 for the first since the
     * last sync that was no self-heal) may run. As {@code wait.Backoff.Step} called {@code attempts} times: the first
     * attempt does not wait, then {@code backoff}, {@code backoff × factor}, … until the cap.
     */
    public double delayAfterLastOperation(int attempts) {
        if (backoffSeconds == 0) {
            return timeoutSeconds;
        }
        double delay = 0;
        double next = backoffSeconds;
        for (int i = 0; i < attempts; i++) {
            delay = next;
            if (factor != 0) {
                next = next * factor;
                if (capSeconds > 0 && next > capSeconds) {
                    next = capSeconds;
                }
            }
        }
        return delay;
    }
}
