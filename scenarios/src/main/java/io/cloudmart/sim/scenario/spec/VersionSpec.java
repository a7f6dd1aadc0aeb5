package io.cloudmart.sim.scenario.spec;

/**
 * One version (Kubernetes Deployment, Istio subset) of a service's pods, e.g. {@code stable} and
 * {@code canary}.
 *
 * @param replicas      pods of this version, {@code >= 1}; default 1
 * @param errorRate     probability (in [0, 1]) that a request served by a pod of this version
 *                      answers 500; default 0
 * @param latencyFactor multiplies the CPU work of requests served by this version, {@code > 0};
 *                      default 1
 * @param faults        a bad release's memory leak, start-up and readiness; its start-up is resolved (the version's
 *                      fields over the service's) when the version declares one or leaks (its restarts need it),
 *                      else null
 */
public record VersionSpec(int replicas, double errorRate, double latencyFactor,
                          io.cloudmart.sim.model.service.VersionFaults faults) {

    /** The name of the single version a service has when the file names none. */
    public static final String DEFAULT_NAME = "stable";
    /** Pods of a version when the file gives none. */
    public static final int DEFAULT_REPLICAS = 1;
    /** Error rate of a version when the file gives none. */
    public static final double DEFAULT_ERROR_RATE = 0.0;
    /** Latency factor of a version when the file gives none. */
    public static final double DEFAULT_LATENCY_FACTOR = 1.0;

    public VersionSpec {
        java.util.Objects.requireNonNull(faults, "faults");
    }

    /** A version without a memory leak, a start-up of its own or a failing probe. */
    public VersionSpec(int replicas, double errorRate, double latencyFactor) {
        this(replicas, errorRate, latencyFactor, io.cloudmart.sim.model.service.VersionFaults.NONE);
    }

    /** A healthy version of {@code replicas} pods: no errors, normal speed. */
    public static VersionSpec healthy(int replicas) {
        return new VersionSpec(replicas, DEFAULT_ERROR_RATE, DEFAULT_LATENCY_FACTOR);
    }
}
