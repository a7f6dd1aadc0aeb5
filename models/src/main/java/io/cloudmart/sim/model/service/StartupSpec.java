package io.cloudmart.sim.model.service;

/**
 * How long a new pod takes from being placed on a node to serving, and how slowly it serves at first.
 *
 * <p>Placed → image pull (only on a node that does not have the image yet) → containers start → the
 * app starts → the readiness probe, first {@code initialDelaySeconds} after the containers started and
 * then every {@code periodSeconds}, passes at its first run after the app is up → Ready. A pod that is
 * Ready may still be warming up: its CPU work costs {@code warmupFactor} times more at first, falling
 * linearly to 1 over {@code warmupSeconds}.
 *
 * @param imagePullSeconds      pulling the image onto a node that lacks it, ≥ 0
 *                              ({@value #DEFAULT_IMAGE_PULL_SECONDS} s by default: [ESTIMATE] a
 *                              few-hundred-MB image from a registry in the same region; domain-facts 1.6
 *                              says "seconds (cached) to minutes (large, cold)")
 * @param containerStartSeconds creating and starting the containers, ≥ 0 ({@value #DEFAULT_CONTAINER_START_SECONDS} s:
 *                              [ESTIMATE] under the Kubernetes pod start-up SLO, p99 ≤ 5 s without image pull)
 * @param appStartSeconds       from container start until the app answers its probe, ≥ 0
 *                              ({@value #DEFAULT_APP_START_SECONDS} s: [ESTIMATE] Go/Node 1–5 s; a JVM takes 10–60 s)
 * @param initialDelaySeconds   the probe's {@code initialDelaySeconds}, ≥ 0 (0: [DEFAULT] Kubernetes core/v1 Probe)
 * @param periodSeconds         the probe's {@code periodSeconds}, &gt; 0 (10 s: [DEFAULT] Kubernetes core/v1 Probe)
 * @param warmupFactor          CPU work multiplier when the pod becomes Ready, ≥ 1 (1 = no warm-up)
 * @param warmupSeconds         how long the warm-up lasts, ≥ 0
 */
public record StartupSpec(double imagePullSeconds, double containerStartSeconds, double appStartSeconds,
                          double initialDelaySeconds, double periodSeconds, double warmupFactor, double warmupSeconds) {
    public static final double DEFAULT_IMAGE_PULL_SECONDS = 10;
    public static final double DEFAULT_CONTAINER_START_SECONDS = 2;
    public static final double DEFAULT_APP_START_SECONDS = 5;
    /** [DEFAULT] Kubernetes {@code Probe.initialDelaySeconds}. */
    public static final double DEFAULT_INITIAL_DELAY_SECONDS = 0;
    /** [DEFAULT] Kubernetes {@code Probe.periodSeconds}. */
    public static final double DEFAULT_PERIOD_SECONDS = 10;

    public StartupSpec {
        for (double seconds : new double[] {imagePullSeconds, containerStartSeconds, appStartSeconds,
                initialDelaySeconds, warmupSeconds}) {
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("start-up times must be finite and >= 0 s");
            }
        }
        if (!(periodSeconds > 0) || Double.isInfinite(periodSeconds)) {
            throw new IllegalArgumentException("the readiness probe's periodSeconds must be > 0");
        }
        if (!(warmupFactor >= 1) || Double.isInfinite(warmupFactor)) {
            throw new IllegalArgumentException("warmupFactor must be >= 1");
        }
    }

    /** The defaults above, without warm-up. */
    public static StartupSpec defaults() {
        return new StartupSpec(DEFAULT_IMAGE_PULL_SECONDS, DEFAULT_CONTAINER_START_SECONDS, DEFAULT_APP_START_SECONDS,
                DEFAULT_INITIAL_DELAY_SECONDS, DEFAULT_PERIOD_SECONDS, 1, 0);
    }

    /** Seconds from container start to Ready: the first probe at or after the app is up. */
    public double readyAfterContainerStart() {
        if (appStartSeconds <= initialDelaySeconds) {
            return initialDelaySeconds;
        }
        double probes = Math.ceil((appStartSeconds - initialDelaySeconds) / periodSeconds - 1e-9);
        return initialDelaySeconds + probes * periodSeconds;
    }
}
