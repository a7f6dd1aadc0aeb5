package io.cloudmart.sim.scenario.spec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cloudmart.sim.model.rollout.FlaggerConfig;
import io.cloudmart.sim.model.gitops.GitOpsConfig;
import io.cloudmart.sim.model.rollout.RolloutConfig;

/**
 * A whole scenario: what to simulate, for how long, and with which load, services and
 * infrastructure on the request path.
 *
 * @param name            identifier used for the output folder and in reports; matches
 *                        {@code [a-z0-9][a-z0-9-]*}
 * @param description     free text shown in reports; empty if not given
 * @param seed            root seed; every random stream of every replication derives from it
 * @param startTime       the UTC instant simulated time 0 stands for (calendar-aligned windows such
 *                        as Kong's rate limits align on it); default {@link #DEFAULT_START_TIME}
 * @param durationSeconds simulated time of one replication, seconds, {@code > 0}
 * @param warmupSeconds   initial period whose observations are discarded, seconds,
 *                        {@code 0 <= warmup < duration}
 * @param replications    number of independent replications, {@code >= 1}
 * @param load            the arrival process and the journeys requests follow
 * @param gateway         the API gateway; null when requests reach the services directly
 * @param mesh            the service mesh; null when there is none
 * @param services        the microservices by name, in file order
 * @param datastores      databases by name, in file order; may be empty
 * @param caches          caches by name, in file order; may be empty
 * @param kafka           the Kafka cluster; null when there is none
 * @param sagas           orchestrated sagas by name, in file order; may be empty
 * @param capacity        autoscalers, start-ups, the cluster and the bill
 * @param rollouts        Argo Rollouts (canary or blue-green), in file order; may be empty
 * @param canaries        Flagger canaries ({@code canaries}), in file order; may be empty
 * @param gitops          the Argo CD Application syncing Git to the cluster; null when there is none
 * @param vault           the Vault server the listed services' pods fetch their secrets from; null when none
 * @param statistics      {@code warmup: auto}, {@code precision} and {@code maxReplications}
 */
public record ScenarioSpec(
        String name,
        String description,
        long seed,
        Instant startTime,
        double durationSeconds,
        double warmupSeconds,
        int replications,
        LoadSpec load,
        GatewaySpec gateway,
        MeshSpec mesh,
        Map<String, ServiceSpec> services,
        Map<String, DatastoreSpec> datastores,
        Map<String, CacheSpec> caches,
        KafkaSpec kafka,
        Map<String, SagaSpec> sagas,
        CapacitySpec capacity,
        List<RolloutConfig> rollouts,
        List<FlaggerConfig> canaries,
        GitOpsConfig gitops,
        VaultSpec vault,
        StatisticsSpec statistics) {

    /** Seed used when the file gives none. */
    public static final long DEFAULT_SEED = 1L;
    /** Replications run when the file gives none. */
    public static final int DEFAULT_REPLICATIONS = 1;
    /** The instant simulated time 0 stands for when the file gives none. */
    public static final Instant DEFAULT_START_TIME = Instant.parse("2026-01-01T00:00:00Z");

    public ScenarioSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(load, "load");
        services = Copies.orderedMap(services, "services");
        datastores = Copies.orderedMap(datastores, "datastores");
        caches = Copies.orderedMap(caches, "caches");
        sagas = Copies.orderedMap(sagas, "sagas");
        Objects.requireNonNull(capacity, "capacity");
        rollouts = List.copyOf(rollouts);
        canaries = List.copyOf(canaries);
        Objects.requireNonNull(statistics, "statistics");
    }

    /** A scenario with the replication statistics' defaults: a fixed warm-up, exactly {@code replications}. */
    public ScenarioSpec(String name, String description, long seed, Instant startTime, double durationSeconds,
                        double warmupSeconds, int replications, LoadSpec load, GatewaySpec gateway, MeshSpec mesh,
                        Map<String, ServiceSpec> services, Map<String, DatastoreSpec> datastores,
                        Map<String, CacheSpec> caches, KafkaSpec kafka, Map<String, SagaSpec> sagas,
                        CapacitySpec capacity, List<RolloutConfig> rollouts, List<FlaggerConfig> canaries,
                        GitOpsConfig gitops, VaultSpec vault) {
        this(name, description, seed, startTime, durationSeconds, warmupSeconds, replications, load, gateway, mesh,
                services, datastores, caches, kafka, sagas, capacity, rollouts, canaries, gitops, vault,
                StatisticsSpec.NONE);
    }

    /**
     * The same scenario with the warm-up {@code seconds} that {@code warmup: auto} chose; the rest, {@code auto}
     * included (so the report and results.json can say how the cut was found), unchanged.
     */
    public ScenarioSpec withWarmupSeconds(double seconds) {
        return new ScenarioSpec(name, description, seed, startTime, durationSeconds, seconds, replications, load,
                gateway, mesh, services, datastores, caches, kafka, sagas, capacity, rollouts, canaries, gitops, vault,
                statistics);
    }

    /**
     * Pods of {@code version} of {@code service} when the run starts: a release's old version has the release's
     * replicas and its new version none (an Argo rollout's or a Flagger canary's), any other the {@code declared}
     * replicas. The run (ShopAssembler) and the start's placement check (InitialPlacement) both count this way.
     */
    public int podsAtStart(String service, String version, int declared) {
        for (RolloutConfig rollout : rollouts) {
            if (rollout.service().equals(service)) {
                return rollout.podsAtStart(version, declared);
            }
        }
        for (FlaggerConfig canary : canaries) {
            if (canary.service().equals(service)) {
                return canary.podsAtStart(version, declared);
            }
        }
        return declared;
    }

    /** A scenario whose releases are Argo rollouts only, without Argo CD or Vault. */
    public ScenarioSpec(String name, String description, long seed, Instant startTime, double durationSeconds,
                        double warmupSeconds, int replications, LoadSpec load, GatewaySpec gateway, MeshSpec mesh,
                        Map<String, ServiceSpec> services, Map<String, DatastoreSpec> datastores,
                        Map<String, CacheSpec> caches, KafkaSpec kafka, Map<String, SagaSpec> sagas,
                        CapacitySpec capacity, List<RolloutConfig> rollouts) {
        this(name, description, seed, startTime, durationSeconds, warmupSeconds, replications, load, gateway, mesh,
                services, datastores, caches, kafka, sagas, capacity, rollouts, List.of(), null, null);
    }

    /** A scenario without rollouts. */
    public ScenarioSpec(String name, String description, long seed, Instant startTime, double durationSeconds,
                        double warmupSeconds, int replications, LoadSpec load, GatewaySpec gateway, MeshSpec mesh,
                        Map<String, ServiceSpec> services, Map<String, DatastoreSpec> datastores,
                        Map<String, CacheSpec> caches, KafkaSpec kafka, Map<String, SagaSpec> sagas,
                        CapacitySpec capacity) {
        this(name, description, seed, startTime, durationSeconds, warmupSeconds, replications, load, gateway, mesh,
                services, datastores, caches, kafka, sagas, capacity, List.of());
    }

    /** A scenario whose capacity does not move. */
    public ScenarioSpec(String name, String description, long seed, Instant startTime, double durationSeconds,
                        double warmupSeconds, int replications, LoadSpec load, GatewaySpec gateway, MeshSpec mesh,
                        Map<String, ServiceSpec> services, Map<String, DatastoreSpec> datastores,
                        Map<String, CacheSpec> caches, KafkaSpec kafka, Map<String, SagaSpec> sagas) {
        this(name, description, seed, startTime, durationSeconds, warmupSeconds, replications, load, gateway, mesh,
                services, datastores, caches, kafka, sagas, CapacitySpec.NONE);
    }

    /** A scenario of services only: default start time, no gateway, mesh, datastores, caches, Kafka or sagas. */
    public ScenarioSpec(String name, String description, long seed, double durationSeconds, double warmupSeconds,
                        int replications, LoadSpec load, Map<String, ServiceSpec> services) {
        this(name, description, seed, DEFAULT_START_TIME, durationSeconds, warmupSeconds, replications, load,
                null, null, services, Map.of(), Map.of(), null, Map.of());
    }

    /** The measured part of a replication, {@code duration - warmup}, seconds. */
    public double measuredSeconds() {
        return durationSeconds - warmupSeconds;
    }
}
