package io.cloudmart.sim.scenario.spec;

import java.util.Map;
import java.util.Objects;

/**
 * A whole scenario: what to simulate, for how long, and with which load and services.
 *
 * @param name            identifier used for the output folder and in reports; matches
 *                        {@code [a-z0-9][a-z0-9-]*}
 * @param description     free text shown in reports; empty if not given
 * @param seed            root seed; every random stream of every replication derives from it
 * @param durationSeconds simulated time of one replication, seconds, {@code > 0}
 * @param warmupSeconds   initial period whose observations are discarded, seconds,
 *                        {@code 0 <= warmup < duration}
 * @param replications    number of independent replications, {@code >= 1}
 * @param load            the arrival process and the journeys requests follow
 * @param services        the microservices by name, in file order
 */
public record ScenarioSpec(
        String name,
        String description,
        long seed,
        double durationSeconds,
        double warmupSeconds,
        int replications,
        LoadSpec load,
        Map<String, ServiceSpec> services) {

    /** Seed used when the file gives none. */
    public static final long DEFAULT_SEED = 1L;
    /** Replications run when the file gives none. */
    public static final int DEFAULT_REPLICATIONS = 1;

    public ScenarioSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(load, "load");
        services = Copies.orderedMap(services, "services");
    }

    /** The measured part of a replication, {@code duration - warmup}, seconds. */
    public double measuredSeconds() {
        return durationSeconds - warmupSeconds;
    }
}
