package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.StatisticsSpec;
import io.cloudmart.sim.scenario.spec.WarmupSpec;

/** The top level of a scenario file: its fields, and the sections it holds. */
final class TopSchema {
    /** A scenario's or a service's name: at most 63 lower-case letters, digits and '-' (a Kubernetes name). */
    static final String NAME_PATTERN = "^[a-z0-9][a-z0-9-]{0,62}$";
    /** Other names (journeys, endpoints, stores …): no dots, since calls and --set paths use dots. */
    static final String LOCAL_NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$";

    static final Field<String> NAME = Field.required("name", Kind.text("text", NAME_PATTERN),
            "`[a-z0-9][a-z0-9-]*`, at most 63 characters (a Kubernetes name); names the output folder");
    static final Field<String> DESCRIPTION = Field.of("description", Kind.TEXT, "", "anything");
    static final Field<Long> SEED = Field.of("seed", Kind.whole(Long.MIN_VALUE, Long.MAX_VALUE), ScenarioSpec.DEFAULT_SEED,
            "the same seed gives the same results");
    static final Field<String> START_TIME = Field.of("startTime", Kind.text("UTC instant", null),
            ScenarioSpec.DEFAULT_START_TIME.toString(), "ISO-8601 with `Z` or an offset (`2026-11-27T12:00:00Z`,"
                    + " `2026-11-27T13:00:00+01:00`); the calendar instant simulated time 0 stands for, a whole second"
                    + " from 1970 to 9000. Kong's rate-limiting windows (minute, hour, day, month, year) align on it");
    static final Field<Double> DURATION = Field.required("duration", Kind.DURATION,
            "at most `" + Units.formatDuration(Maxima.DURATION_SECONDS)
                    + "` (as every duration); simulated time of one replication");
    static final Field<WarmupSpec> WARMUP = Field.of("warmup", new Kind.DurationOrAuto(), WarmupSpec.fixed(0),
            "shorter than `duration`; observations before it are discarded. `auto`: the cut is chosen by MSER-5"
                    + " (White 1997) on the per-second mean latency of a pilot run without warm-up (the run then"
                    + " takes twice as long); results.json and the report say where it fell");
    static final Field<Long> REPLICATIONS = Field.of("replications", Kind.whole(1, Maxima.REPLICATIONS),
            (long) ScenarioSpec.DEFAULT_REPLICATIONS, "with `precision`: the count first checked, at least `"
                    + StatisticsSpec.MIN_REPLICATIONS + "`");
    static final Field<Double> PRECISION = Field.optional("precision", new Kind.Share(),
            "none: exactly `replications`", "replicate until every headline figure's 95% half-width is within this"
                    + " share of its mean (shares: of at least 1 percentage point), checked after each replication"
                    + " count, up to `maxReplications`; `--precision` sets it");
    static final Field<Long> MAX_REPLICATIONS = Field.of("maxReplications", Kind.whole(StatisticsSpec.MIN_REPLICATIONS, Maxima.REPLICATIONS),
            (long) StatisticsSpec.DEFAULT_MAX_REPLICATIONS, "the cap of `precision` (JMT's style: a most-samples"
                    + " cap); at least `replications`").note("(50: at 50 replications a half-width is 0.28 of one"
                    + " replication's spread; a figure noisier than that needs longer runs, not more)");

    static final Schema.Obj SCENARIO = obj(
            NAME, DESCRIPTION, SEED, START_TIME, DURATION, WARMUP, REPLICATIONS, PRECISION, MAX_REPLICATIONS,
            section("load", LoadSchema.LOAD, "section", "**required**", "see below"),
            section("gateway", EdgeSchema.GATEWAY, "section", "absent: no gateway", "see [`gateway`](#gateway)"),
            section("mesh", EdgeSchema.MESH, "section", "absent: no mesh", "see [`mesh`](#mesh)"),
            section("services", mapOf(ServiceSchema.SERVICE), "map name → service", "**required**",
                    "`1` to `" + Maxima.SERVICES + "`, with at most `" + Maxima.ENDPOINTS + "` endpoints and `"
                            + Maxima.REPLICAS + "` pods in all; names `[a-z0-9][a-z0-9-]*`,"
                            + " at most 63 characters; `gateway` is taken when there is a `gateway` section"),
            section("datastores", mapOf(BackendSchema.DATASTORE), "map name → datastore", "none",
                    "see [`datastores`](#datastores)"),
            section("caches", mapOf(BackendSchema.CACHE), "map name → cache", "none", "see [`caches`](#caches)"),
            section("kafka", BackendSchema.KAFKA, "section", "absent: no Kafka", "see [`kafka`](#kafka)"),
            section("sagas", mapOf(BackendSchema.SAGA), "map name → saga", "none", "see [`sagas`](#sagas)"),
            section("controlPlane", CapacitySchema.CONTROL_PLANE, "section", "all defaults",
                    "metrics-server's and the HPA controller's flags (see [`controlPlane`](#controlplane))"),
            section("cluster", ClusterSchema.CLUSTER, "section", "absent: room without limit, no bill",
                    "nodes, the scheduler, node autoscaling and spot (see [`cluster`](#cluster))"),
            section("finops", ClusterSchema.FINOPS, "section", "USD, no budget", "the bill's currency and budget; needs"
                    + " a `cluster` (see [`finops`](#finops))"),
            section("rollouts", mapOf(RolloutSchema.ROLLOUT), "map name → rollout", "none", "Argo Rollouts canaries"
                    + " over two versions of a service, routed by the mesh (see [`rollouts`](#rollouts))"),
            section("analysisTemplates", mapOf(RolloutSchema.TEMPLATE), "map name → template", "none",
                    "what the rollouts' analysis steps measure (see [`analysisTemplates`](#analysistemplates))"),
            section("canaries", mapOf(FlaggerSchema.CANARY), "map name → canary", "none", "Flagger canaries, the"
                    + " simpler style, over two versions of a service (see [`canaries`](#canaries))"),
            section("gitops", GitOpsSchema.GITOPS, "section", "absent: no Argo CD", "commits synced to the cluster by"
                    + " Argo CD, and changes made by hand (see [`gitops`](#gitops))"),
            section("security", SecuritySchema.SECURITY, "`{jwt, mtls, opa}`", "all `true`", "switches that remove a"
                    + " zero-trust layer for a comparison run (see [`security`](#security))"),
            section("vault", VaultSchema.VAULT, "section", "absent: no Vault", "the secrets the listed services' pods"
                    + " fetch before they start, and their leases (see [`vault`](#vault))"));

    private TopSchema() {
    }
}
