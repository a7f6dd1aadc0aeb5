package io.cloudmart.sim.model.service;

/**
 * A version of a service's code running on some of its pods (a Kubernetes Deployment of the
 * service with its own {@code version} label; a mesh subset selects it).
 *
 * @param name          version name, e.g. {@code stable} or {@code canary}
 * @param replicas      pods running this version, ≥ 0
 * @param errorRate     probability that a request served by this version answers 500, in [0, 1]
 * @param latencyFactor multiplies the CPU work of requests this version serves (1 = as written), > 0
 * @param faults        a bad release's memory leak, slow start or failing readiness probe ({@link VersionFaults#NONE})
 */
public record VersionConfig(String name, int replicas, double errorRate, double latencyFactor, VersionFaults faults) {
    /** The name of the only version of a service that declares none. */
    public static final String STABLE = "stable";

    public VersionConfig {
        java.util.Objects.requireNonNull(faults, "faults");
        if (replicas < 0 || !(errorRate >= 0 && errorRate <= 1) || !(latencyFactor > 0)) {
            throw new IllegalArgumentException("version " + name
                    + " needs replicas >= 0, errorRate in [0, 1] and latencyFactor > 0");
        }
    }

    /** A version without a memory leak, slow start or failing probe. */
    public VersionConfig(String name, int replicas, double errorRate, double latencyFactor) {
        this(name, replicas, errorRate, latencyFactor, VersionFaults.NONE);
    }

    /** All {@code replicas} pods running one faultless version. */
    public static VersionConfig stable(int replicas) {
        return new VersionConfig(STABLE, replicas, 0.0, 1.0);
    }
}
