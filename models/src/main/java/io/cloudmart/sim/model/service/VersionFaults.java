package io.cloudmart.sim.model.service;

/**
 * What is wrong with a bad release besides its error rate and latency factor ({@link VersionConfig}).
 *
 * @param memoryLeakMiBPerRequest MiB the app container's working set keeps for good per request that reaches it
 *                                (a cache never evicted, a listener never removed), finite and &ge; 0 (0 = no leak).
 *                                It needs the pod's {@link MemoryUsage}: the leak adds to that working set until it
 *                                passes the container's memory limit ({@link PodShape#memoryMiB()}); then the
 *                                container is OOM-killed and restarted with CrashLoopBackOff's back-off
 *                                ({@link CrashLoopBackOff}), its memory back at the base
 * @param startup                 how this version's pods start (a slower JVM, a longer warm-up); null = the service's.
 *                                A leaking version's restarts use it too (container start, app start, readiness probe,
 *                                warm-up; no image pull: the node has the image), {@link StartupSpec#defaults()} when null
 * @param readiness               whether its readiness probe ever passes
 */
public record VersionFaults(double memoryLeakMiBPerRequest, StartupSpec startup, Readiness readiness) {
    /** A healthy release. */
    public static final VersionFaults NONE = new VersionFaults(0, null, Readiness.PASSING);

    public VersionFaults {
        java.util.Objects.requireNonNull(readiness, "readiness");
        if (!(memoryLeakMiBPerRequest >= 0) || Double.isInfinite(memoryLeakMiBPerRequest)) {
            throw new IllegalArgumentException("a memory leak must be finite and >= 0 MiB per request, got "
                    + memoryLeakMiBPerRequest);
        }
    }

    /** True when the working set grows with the requests served, so the container is eventually OOM-killed. */
    public boolean leaks() {
        return memoryLeakMiBPerRequest > 0;
    }

    /** The start-up of this version's pods, given the service's. */
    public StartupSpec startupOr(StartupSpec service) {
        return startup != null ? startup : service;
    }
}
