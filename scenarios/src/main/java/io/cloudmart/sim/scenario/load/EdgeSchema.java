package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.model.service.Requests;
import io.cloudmart.sim.scenario.spec.ConnectionPoolSpec;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.GatewaySpec;
import io.cloudmart.sim.scenario.spec.JwtSpec;
import io.cloudmart.sim.scenario.spec.MeshServiceSpec;
import io.cloudmart.sim.scenario.spec.MeshSpec;
import io.cloudmart.sim.scenario.spec.OutlierSpec;
import io.cloudmart.sim.scenario.spec.RateLimitAdvancedSpec;
import io.cloudmart.sim.scenario.spec.RateLimitSpec;
import io.cloudmart.sim.scenario.spec.RetriesSpec;
import java.util.ArrayList;
import java.util.List;

/** The edge of the shop: {@code gateway} (Kong) and {@code mesh} (Istio), with their real field names. */
final class EdgeSchema {
    private static final String KONG_SCHEMA = "(Kong `schema.lua`)";

    // ---------------------------------------------------------------- gateway

    static final Field<Long> NODES = Field.of("nodes", Kind.whole(1, 10_000), (long) GatewaySpec.DEFAULT_NODES,
            "Kong nodes behind a non-sticky load balancer").note("[ESTIMATE]");
    static final Field<Double> GATEWAY_CPU = ServiceSchema.CPU;
    static final Field<Double> GATEWAY_MEMORY = ServiceSchema.MEMORY;
    static final Field<Long> GATEWAY_CONCURRENCY = Field.of("concurrency", Kind.whole(1, Maxima.CONCURRENCY),
            (long) GatewaySpec.DEFAULT_CONCURRENCY, "requests one node serves at once; nginx is event-driven")
            .note("[ESTIMATE]");
    static final Schema.Obj GATEWAY_POD = obj(GATEWAY_CPU, GATEWAY_MEMORY, GATEWAY_CONCURRENCY);
    static final ServiceSchema.PodFields GATEWAY_POD_FIELDS =
            new ServiceSchema.PodFields(GATEWAY_CPU, GATEWAY_MEMORY, GATEWAY_CONCURRENCY);
    static final Field<DistributionSpec> PROXY_CPU = Field.of("proxyCpu", Kind.DISTRIBUTION,
            Distributions.builtIn(GatewaySpec.DEFAULT_PROXY_CPU), "CPU time Kong spends proxying one request")
            .note("[ESTIMATE, domain-facts 4.5]");
    static final Field<DistributionSpec> SHARED_STORE_ROUND_TRIP = Field.of("sharedStoreRoundTrip", Kind.DISTRIBUTION,
            Distributions.builtIn(GatewaySpec.DEFAULT_SHARED_STORE_ROUND_TRIP),
            "round trip to the shared counter store of the `cluster` and `redis` policies").note("[ESTIMATE]");

    static final Field<String> ALGORITHM = Field.of("algorithm", Kind.choice(JwtSpec.ALGORITHMS), JwtSpec.DEFAULT_ALGORITHM,
            "").note("(Kong `jwt_secrets` default)").mirrors("Kong jwt_secrets.algorithm");
    static final Schema.Obj JWT = obj(ALGORITHM);

    /** The six limits of rate-limiting, one per period, in Kong's order. */
    static final List<Field<Long>> PERIOD_LIMITS = periodLimits();
    static final Field<String> LIMIT_BY = Field.of("limit_by", Kind.choice(RateLimitSpec.LIMIT_BY),
            RateLimitSpec.DEFAULT_LIMIT_BY, "").note(KONG_SCHEMA);
    static final Field<String> POLICY = Field.of("policy", Kind.choice(RateLimitSpec.POLICIES), RateLimitSpec.DEFAULT_POLICY,
            "`local` keeps counters per node, `cluster` and `redis` share them").note(KONG_SCHEMA);
    static final Field<Boolean> FAULT_TOLERANT = Field.of("fault_tolerant", Kind.BOOL,
            RateLimitSpec.DEFAULT_FAULT_TOLERANT, "when the counter store fails: `true` proxies with limits off,"
                    + " `false` answers 500").note(KONG_SCHEMA);
    static final Field<Long> ERROR_CODE = Field.of("error_code", Kind.whole(100, 599), (long) RateLimitSpec.DEFAULT_ERROR_CODE,
            "the status of a rejected request").note(KONG_SCHEMA);
    static final Schema.Obj RATE_LIMITING = rateLimiting();

    static final Field<Long> LIMIT = Field.required("limit", Kind.whole(1, Long.MAX_VALUE), "requests allowed per window");
    static final Field<Long> WINDOW_SIZE = Field.required("window_size", Kind.whole(1, 31_536_000),
            "window length in seconds");
    static final Field<String> WINDOW_TYPE = Field.of("window_type", Kind.choice(RateLimitAdvancedSpec.WINDOW_TYPES),
            RateLimitAdvancedSpec.DEFAULT_WINDOW_TYPE, "`sliding` weighs the previous window by its remaining share")
            .note("(Kong docs)");
    static final Field<String> IDENTIFIER = Field.of("identifier", Kind.choice(RateLimitAdvancedSpec.IDENTIFIERS),
            RateLimitAdvancedSpec.DEFAULT_IDENTIFIER, "").note("(Kong docs)");
    static final Field<String> STRATEGY = Field.of("strategy", Kind.choice(RateLimitAdvancedSpec.STRATEGIES),
            RateLimitAdvancedSpec.DEFAULT_STRATEGY, "`local` keeps counters per node, `cluster` and `redis` share them")
            .note("(Kong docs)");
    static final Field<Boolean> DISABLE_PENALTY = Field.of("disable_penalty", Kind.BOOL,
            RateLimitAdvancedSpec.DEFAULT_DISABLE_PENALTY, "`false`: a rejected request still counts in a sliding"
                    + " window, so a client that keeps exceeding stays blocked").note("(Kong docs)");
    static final Field<Long> ADVANCED_ERROR_CODE = Field.of("error_code", Kind.whole(100, 599),
            (long) RateLimitAdvancedSpec.DEFAULT_ERROR_CODE, "the status of a rejected request").note("(Kong docs)");
    static final Schema.Obj RATE_LIMITING_ADVANCED = obj(LIMIT, WINDOW_SIZE, WINDOW_TYPE, IDENTIFIER, STRATEGY,
            DISABLE_PENALTY, ADVANCED_ERROR_CODE);

    static final Schema.Obj PLUGINS = obj(
            section("jwt", JWT, "`{algorithm}`", "off", "Kong's `jwt` plugin"),
            section("rate-limiting", RATE_LIMITING, "section", "off",
                    "Kong's open-source `rate-limiting` plugin, Kong's field names"),
            section("rate-limiting-advanced", RATE_LIMITING_ADVANCED, "section", "off", "Kong Enterprise's plugin with"
                    + " one (limit, window) pair; checked after `rate-limiting` when both are on"));

    static final Schema.Obj GATEWAY = obj(NODES,
            section("pod", GATEWAY_POD, "section", "`{ cpu: 1, memory: 512Mi, concurrency: 10000 }`",
                    "as a service `pod`, with more workers"),
            PROXY_CPU,
            section("plugins", PLUGINS, "section", "none", "`jwt`, `rate-limiting` and `rate-limiting-advanced`; a"
                    + " plugin is on when its key is present (`jwt: {}` turns it on with defaults)"),
            SHARED_STORE_ROUND_TRIP);

    // ---------------------------------------------------------------- mesh

    static final Field<DistributionSpec> SIDECAR_LATENCY = Field.of("latency", Kind.DISTRIBUTION,
            Distributions.builtIn(MeshSpec.DEFAULT_SIDECAR_LATENCY), "latency one sidecar proxy adds to a call, drawn"
            + " once per proxy passed: twice for a call between two services (the caller's and the callee's sidecar),"
            + " once for a call from the gateway, or from the clients when there is no gateway (the callee's only)")
            .note("(fitted so that two draws give Istio's published +1.7 ms P90, +2.7 ms P99; domain-facts 5.4)");
    static final Field<Double> IDLE_TIMEOUT = Field.of("idleTimeout", Kind.DURATION, MeshSpec.DEFAULT_IDLE_TIMEOUT_SECONDS,
            "a pooled connection between two pods unused this long is closed, and the next call pays a new mTLS"
                    + " handshake. Applied to every destination here")
            .note("(Istio's `connectionPool.http.idleTimeout`)").mirrors("DestinationRule connectionPool.http.idleTimeout");
    static final Field<String> MTLS = Field.of("mtls", Kind.choice(List.of("STRICT", "PERMISSIVE", "DISABLE", "UNSET")),
            MeshSpec.DEFAULT_MTLS, "`UNSET` is `PERMISSIVE`").note("(Istio `peer_authentication.proto`)")
            .mirrors("PeerAuthentication mtls.mode");

    static final Field<Double> TIMEOUT = Field.optional("timeout", Kind.DURATION, "none (Istio `virtual_service.proto`)",
            "bounds the whole request including retries").mirrors("VirtualService http.timeout");
    static final Field<Long> ATTEMPTS = Field.of("attempts", Kind.whole(0, 1_000), (long) RetriesSpec.DEFAULT_ATTEMPTS,
            "retries after the first try; `0` disables").note("(Istio mesh `defaultHttpRetryPolicy`)")
            .mirrors("VirtualService http.retries.attempts");
    static final Field<Double> PER_TRY_TIMEOUT = Field.optional("perTryTimeout", Kind.DURATION, "none (= the route timeout)",
            "").mirrors("VirtualService http.retries.perTryTimeout");
    static final Field<String> RETRY_ON = Field.of("retryOn", Kind.TEXT, RetriesSpec.DEFAULT_RETRY_ON, "comma-separated:"
            + " `5xx`, `gateway-error`, `reset`, `connect-failure`, `refused-stream`, `retriable-4xx`,"
            + " `retriable-status-codes`, `unavailable`, `cancelled`, and 3-digit status codes (`503`). Quote it in YAML")
            .note("(Istio default)").mirrors("VirtualService http.retries.retryOn");
    static final Field<Double> BACKOFF = Field.of("backoff", Kind.DURATION, RetriesSpec.DEFAULT_BACKOFF_SECONDS, "")
            .note("(Envoy base interval)");
    static final Schema.Obj RETRIES = obj(ATTEMPTS, PER_TRY_TIMEOUT, RETRY_ON, BACKOFF);

    static final Field<String> LOAD_BALANCER = Field.of("loadBalancer",
            Kind.choice(List.of("ROUND_ROBIN", "LEAST_REQUEST", "RANDOM")), MeshServiceSpec.DEFAULT_LOAD_BALANCER, "")
            .note("(Istio default since the `new_lb_algorithm_default` change)")
            .mirrors("DestinationRule trafficPolicy.loadBalancer.simple");
    static final Field<Long> MAX_CONNECTIONS = pool("maxConnections", 1, "connectionPool.tcp.maxConnections", "")
            .note("(Istio: 2^32 − 1)");
    private static final String ZERO_IS_UNSET = "`0` means unset, as in Istio (it applies only values `> 0`), so the"
            + " default stands";
    static final Field<Long> HTTP1_MAX_PENDING = pool("http1MaxPendingRequests", 0,
            "connectionPool.http.http1MaxPendingRequests", "requests waiting for a connection; " + ZERO_IS_UNSET);
    static final Field<Long> HTTP2_MAX_REQUESTS = pool("http2MaxRequests", 1, "connectionPool.http.http2MaxRequests", "");
    static final Field<Long> MAX_RETRIES = pool("maxRetries", 0, "connectionPool.http.maxRetries", "retries outstanding"
            + " at once; " + ZERO_IS_UNSET + ". A retry this limit refuses is not made: the caller gets the failed"
            + " try's own answer (Envoy flags it `UO`), and the destination's `overflows` counts it");
    static final Schema.Obj CONNECTION_POOL = obj(MAX_CONNECTIONS, HTTP1_MAX_PENDING, HTTP2_MAX_REQUESTS, MAX_RETRIES);

    private static final String OUTLIER_SOURCE = "(Istio `destination_rule.proto`)";
    static final Field<Long> CONSECUTIVE_5XX = Field.of("consecutive5xxErrors", Kind.whole(0, Integer.MAX_VALUE),
            (long) OutlierSpec.DEFAULT.consecutive5xxErrors(), "`0` disables").note(OUTLIER_SOURCE);
    static final Field<Double> OUTLIER_INTERVAL = Field.of("interval", Kind.DURATION, OutlierSpec.DEFAULT.intervalSeconds(),
            "at least `" + Units.formatDuration(Maxima.TIMER_INTERVAL_SECONDS) + "` (each sweep visits every host)")
            .note(OUTLIER_SOURCE);
    static final Field<Double> BASE_EJECTION_TIME = Field.of("baseEjectionTime", Kind.DURATION,
            OutlierSpec.DEFAULT.baseEjectionTimeSeconds(), "").note(OUTLIER_SOURCE);
    static final Field<Double> MAX_EJECTION_PERCENT = Field.of("maxEjectionPercent",
            new Kind.Decimal(0, false, 100, null), OutlierSpec.DEFAULT.maxEjectionPercent(), "").note(OUTLIER_SOURCE);
    static final Schema.Obj OUTLIER_DETECTION = obj(CONSECUTIVE_5XX, OUTLIER_INTERVAL, BASE_EJECTION_TIME,
            MAX_EJECTION_PERCENT);

    static final Field<String> HEADER_VALUE = Field.required("header", Kind.TEXT, "");
    static final Field<Double> CONSUMER_SHARE = Field.optional("consumerShare", Kind.FRACTION, "—", "a fixed cohort of"
            + " consumers (by a hash of the consumer id); the simulator's own, not an Istio field");
    static final Schema.Obj MATCH = obj(
            section("headers", mapOf(HEADER_VALUE), "map name → text", "—",
                    "exact values a request's journey `headers` must carry"),
            CONSUMER_SHARE);
    static final Field<String> DESTINATION = Field.optional("destination", Kind.text("version name", null),
            "give `destination` or `destinations`", "a version of this service");
    static final Field<Double> WEIGHT = Field.required("weight", Kind.NON_NEGATIVE, "");
    static final Schema.Obj ROUTE = obj(
            section("match", MATCH, "`{headers}` or `{consumerShare}`", "none: every request", "one of the two"),
            DESTINATION,
            section("destinations", mapOf(WEIGHT), "map version → weight", "give `destination` or `destinations`",
                    "weights `>= 0`, at least one `> 0`; relative (they need not add up to 100, as in Istio since 1.13)"));

    static final Schema.Obj MESH_SERVICE = obj(TIMEOUT,
            section("retries", RETRIES, "section", "Istio's defaults below", ""),
            LOAD_BALANCER,
            section("connectionPool", CONNECTION_POOL, "section", "no limits", "see below"),
            section("outlierDetection", OUTLIER_DETECTION, "section", "absent: off (Istio `destination_rule.proto`)",
                    "when present, missing fields take Istio's defaults"),
            section("route", listOf(ROUTE), "list of routes", "none: all traffic to all versions in proportion to"
                    + " their replicas", "tried in order; the first that matches wins. A request that matches no route"
                    + " gets no answer from the route table (Istio 404 `NR`), so end with a route without `match`"));

    static final Schema.Obj SIDECAR = obj(SIDECAR_LATENCY, IDLE_TIMEOUT);

    private static final String PROXY_SOURCE = "[DEFAULT] Istio `values.yaml`";
    static final Field<Double> PROXY_REQUEST_CPU = Field.of("cpu", new Kind.Cpu(Maxima.CPU_CORES, true),
            Requests.ISTIO_PROXY.cpuCores(), "CPU the `istio-proxy` container of every pod requests").note(PROXY_SOURCE)
            .mirrors("global.proxy.resources.requests.cpu");
    static final Field<Double> PROXY_REQUEST_MEMORY = Field.of("memory", Kind.MEMORY_OR_ZERO,
            Requests.ISTIO_PROXY.memoryMiB(), "memory it requests").note(PROXY_SOURCE)
            .mirrors("global.proxy.resources.requests.memory");
    static final Schema.Obj PROXY_REQUESTS = obj(PROXY_REQUEST_CPU, PROXY_REQUEST_MEMORY);
    static final Schema.Obj PROXY = obj(section("resources", obj(section("requests", PROXY_REQUESTS, "`{cpu, memory}`",
            "Istio's", "added to every pod's requests: the scheduler, the HPA and OpenCost count them")),
            "`{requests}`", "Istio's", ""));

    static final Schema.Obj MESH = obj(
            section("sidecar", SIDECAR, "`{latency, idleTimeout}`", "see below", ""),
            section("proxy", PROXY, "`{resources: {requests}}`", "Istio's requests", "the injected proxy's resources"),
            MTLS,
            section("services", mapOf(MESH_SERVICE), "map service → policy", "none",
                    "names of existing services; services not listed get Istio's defaults"));

    private EdgeSchema() {
    }

    private static List<Field<Long>> periodLimits() {
        List<Field<Long>> limits = new ArrayList<>();
        for (String period : RateLimitSpec.PERIODS) {
            limits.add(Field.optional(period, Kind.whole(1, Long.MAX_VALUE), "at least one **required** " + KONG_SCHEMA,
                    "requests allowed per " + period + "; a longer period's limit is not lower than a shorter one's"));
        }
        return List.copyOf(limits);
    }

    private static Schema.Obj rateLimiting() {
        List<Schema.Member> members = new ArrayList<>(PERIOD_LIMITS);
        members.addAll(List.of(LIMIT_BY, POLICY, FAULT_TOLERANT, ERROR_CODE));
        return new Schema.Obj(members);
    }

    private static Field<Long> pool(String name, long min, String istioField, String doc) {
        return Field.of(name, Kind.whole(min, ConnectionPoolSpec.UNLIMITED), ConnectionPoolSpec.UNLIMITED, doc)
                .mirrors("DestinationRule " + istioField);
    }
}
