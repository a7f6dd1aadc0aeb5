package io.cloudmart.sim.scenario.load;

import static io.cloudmart.sim.scenario.load.Declare.listOf;
import static io.cloudmart.sim.scenario.load.Declare.mapOf;
import static io.cloudmart.sim.scenario.load.Declare.obj;
import static io.cloudmart.sim.scenario.load.Declare.section;

import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;
import java.util.List;

/** {@code services.<name>}: pods, endpoints and their steps, versions, outages. */
final class ServiceSchema {
    // ---------------------------------------------------------------- pods

    static final Field<Double> CPU = Field.of("cpu", new Kind.Cpu(Maxima.CPU_CORES), PodSpec.DEFAULT_CPU_CORES,
            "cores (`4`, `0.5`) or millicores (`500m` = 0.5): the cores the container may use (its limit), and its"
                    + " request unless `requests` says otherwise").mirrors("container resources.limits.cpu");
    static final Field<Double> MEMORY = Field.of("memory", Kind.MEMORY, PodSpec.DEFAULT_MEMORY_MIB, "see Units; the"
            + " container's limit, and its request unless `requests` says otherwise")
            .mirrors("container resources.limits.memory");
    static final Field<Double> REQUEST_CPU = Field.optional("cpu", new Kind.Cpu(Maxima.CPU_CORES), "the pod's `cpu`",
            "what the scheduler places by, the HPA divides usage by and OpenCost charges at least; at most the pod's"
                    + " `cpu` (Kubernetes rejects requests above limits)").mirrors("container resources.requests.cpu");
    static final Field<Double> REQUEST_MEMORY = Field.optional("memory", Kind.MEMORY, "the pod's `memory`",
            "at most the pod's `memory`").mirrors("container resources.requests.memory");
    static final Schema.Obj REQUESTS = obj(REQUEST_CPU, REQUEST_MEMORY);
    static final Field<Long> CONCURRENCY = Field.of("concurrency", Kind.whole(1, Maxima.CONCURRENCY),
            (long) PodSpec.DEFAULT_CONCURRENCY, "how many requests one pod serves at once (worker slots, Tomcat's"
                    + " default `maxThreads`); the rest wait in a queue").mirrors("Tomcat maxThreads");
    static final Field<Double> MEMORY_BASE = Field.required("base", Kind.MEMORY_OR_ZERO, "the app's working set with"
            + " no request in flight (a JVM's heap after start-up); at most the pod's `memory`");
    static final Field<Double> MEMORY_PER_REQUEST = Field.of("perRequest", Kind.MEMORY_OR_ZERO, 0.0, "added for each"
            + " request in the pod, waiting or served (its buffers). The working set is capped at the pod's `memory`;"
            + " only a version with a `memoryLeak` is OOM-killed above it");
    static final Schema.Obj MEMORY_USAGE = obj(MEMORY_BASE, MEMORY_PER_REQUEST);
    static final Schema.Obj POD = obj(CPU, MEMORY, CONCURRENCY, CapacitySchema.GRACE,
            section("requests", REQUESTS, "`{cpu, memory}`", "the limits", "the application container's requests"),
            section("memoryUsage", MEMORY_USAGE, "`{base, perRequest}`", "absent: memory usage not modelled",
                    "the app container's working set = `base` + `perRequest` × requests in the pod: what"
                            + " metrics-server reports, a memory HPA scales on and OpenCost charges above the request."
                            + " The mesh's sidecar counts at its memory request"));

    /** The fields of a pod, which the gateway's nodes share with different defaults. */
    record PodFields(Field<Double> cpu, Field<Double> memory, Field<Long> concurrency) {
    }

    static final PodFields POD_FIELDS = new PodFields(CPU, MEMORY, CONCURRENCY);

    // ---------------------------------------------------------------- steps

    static final Field<String> CALL_TO = Field.required("to", LoadSchema.TARGET, "the endpoint called");
    static final Field<Boolean> CALL_OPTIONAL = Field.of("optional", Kind.BOOL, false,
            "a failed optional call does not fail the request");
    /** {@code call: api.get} or {@code call: {to: api.get, optional: true}}. */
    static final Schema.ScalarOr CALL = new Schema.ScalarOr(CALL_TO, obj(CALL_TO, CALL_OPTIONAL));

    static final Field<String> QUERY_STORE = Field.required("store", Kind.text("datastore name", null),
            "an existing datastore");
    static final Field<String> QUERY_OP = Field.required("op", Kind.text("operation name", null),
            "one of the datastore's operations");
    static final Field<String> CACHE_NAME = Field.required("name", Kind.text("cache name", null), "an existing cache");
    static final Field<Double> HIT_RATIO = Field.required("hitRatio", Kind.FRACTION, "the share of lookups that hit");
    static final Field<String> PUBLISH_TOPIC = Field.required("topic", Kind.text("topic name", null),
            "an existing Kafka topic");
    static final Field<String> PUBLISH_KEY = Field.of("key", Kind.choice(List.of("consumer", "none")),
            StepSpec.PublishStep.DEFAULT_KEY, "`consumer`: one partition per consumer, in order; `none`: spread");
    /** A step has exactly one key, so none is required by itself. */
    private static final String ONE_KIND = "—";
    static final Field<DistributionSpec> WORK_STEP = Field.optional("work", Kind.DISTRIBUTION, ONE_KIND,
            "CPU time on the serving pod");
    static final Field<String> SAGA_STEP = Field.optional("saga", Kind.text("saga name", null), ONE_KIND,
            "runs the orchestrated saga and answers when it ends");

    /** One step of an endpoint: a mapping with exactly one of these keys. */
    static final Schema.Obj STEP = obj(
            WORK_STEP,
            section("call", CALL, "`service.endpoint` or `{to, optional}`", "—", "a synchronous call; the caller"
                    + " waits. `optional` (default `false`) means a failed call does not fail this request"),
            section("parallel", listOf(CALL), "list of calls, each as in `call`", "—",
                    "calls sent at once; the step ends with the last answer"),
            section("query", obj(QUERY_STORE, QUERY_OP), "`{store, op}`", "—",
                    "one operation `op` on datastore `store`, holding a pooled connection"),
            section("cache", obj(CACHE_NAME, HIT_RATIO, section("miss", listOf(new Schema.Lazy(() -> ServiceSchema.STEP)),
                            "list of steps", "none", "the steps run on a miss")), "`{name, hitRatio, miss}`", "—",
                    "cache-aside lookup in cache `name` (`name` and `hitRatio` in `[0, 1]` required); on a miss the"
                            + " `miss` steps run (default none)"),
            section("publish", obj(PUBLISH_TOPIC, PUBLISH_KEY), "`{topic, key}`", "—", "publish to Kafka `topic` and"
                    + " wait for the broker's acknowledgement (`produceLatency`); the consumers then work"
                    + " asynchronously. `key` is `consumer` (one partition per consumer, in order) or `none`"
                    + " (default, spread)"),
            SAGA_STEP);

    // ---------------------------------------------------------------- endpoints, versions, outages

    static final Field<DistributionSpec> WORK = Field.optional("work", Kind.DISTRIBUTION, "`work` or `steps` **required**",
            "the CPU time one request needs; see Distributions. The short form of `steps: [ { work: … } ]`");
    static final Field<Double> ENDPOINT_ERROR_RATE = Field.of("errorRate", Kind.FRACTION, EndpointSpec.DEFAULT_ERROR_RATE,
            "probability that the endpoint answers 500 after its steps");
    static final Field<DistributionSpec> AUTHORIZE = Field.optional("authorize", Kind.DISTRIBUTION,
            "absent: no OPA call", "Open Policy Agent decision latency, added before the steps");
    static final Schema.Obj ENDPOINT = obj(WORK,
            section("steps", listOf(STEP), "list of steps", "`work` or `steps` **required**",
                    "at least one; what a request does, in order (see below)"),
            ENDPOINT_ERROR_RATE, AUTHORIZE);

    static final Field<Long> VERSION_REPLICAS = Field.of("replicas", Kind.whole(1, Maxima.REPLICAS),
            (long) VersionSpec.DEFAULT_REPLICAS, "all versions together at most `" + Maxima.REPLICAS
                    + "`; pods of this version");
    static final Field<Double> VERSION_ERROR_RATE = Field.of("errorRate", Kind.FRACTION, VersionSpec.DEFAULT_ERROR_RATE,
            "probability that a request served by a pod of this version answers 500");
    static final Field<Double> LATENCY_FACTOR = Field.of("latencyFactor", Kind.POSITIVE,
            VersionSpec.DEFAULT_LATENCY_FACTOR, "multiplies the CPU work of requests served by this version");
    static final Field<Double> LEAK_PER_REQUEST = Field.required("perRequest", Kind.MEMORY, "see Units; what the"
            + " app container keeps for good per request that reaches it (a cache never evicted): its working set"
            + " grows from the pod's `memoryUsage` by this much per request until it passes the pod's `memory` (the"
            + " container's limit); then the container is OOM-killed, what is in it fails, and the kubelet starts it"
            + " again in the same pod after CrashLoopBackOff's back-off (at once, then 10 s doubling to 5 min, reset"
            + " after 10 min without a crash), through the version's `startup` without the image pull")
            .mirrors("kubelet containerBackOffPeriod, MaxContainerBackOff");
    static final Field<String> READINESS = Field.of("readiness", Kind.choice(
                    java.util.Arrays.stream(io.cloudmart.sim.model.service.Readiness.values())
                            .map(io.cloudmart.sim.model.service.Readiness::fieldValue).toList()),
            io.cloudmart.sim.model.service.Readiness.PASSING.fieldValue(), "`failing`: the readiness probe never"
                    + " passes; the pods run (and cost) but never become Ready, so they get no traffic");
    static final Schema.Obj MEMORY_LEAK = obj(LEAK_PER_REQUEST);
    static final Schema.Obj VERSION = obj(VERSION_REPLICAS, VERSION_ERROR_RATE, LATENCY_FACTOR,
            section("memoryLeak", MEMORY_LEAK, "`{perRequest}`", "absent: no leak",
                    "a bad release's memory leak; needs the pod's `memoryUsage` (the base it grows from)"),
            section("startup", CapacitySchema.STARTUP, "section", "the service's `startup`",
                    "how this version's pods start (a slow release); each field left out is the service's"),
            READINESS);

    static final Field<Double> OUTAGE_AT = Field.required("at", Kind.DURATION_OR_ZERO, "when the outage starts");
    static final Field<Double> OUTAGE_FOR = Field.required("for", Kind.DURATION, "how long it lasts. Callers see a"
            + " refused connection: through the mesh this is a `connect-failure`, which Istio's default `retryOn`"
            + " retries; otherwise 503");
    static final Schema.Obj OUTAGE = obj(OUTAGE_AT, OUTAGE_FOR);

    static final Field<Long> REPLICAS = Field.of("replicas", Kind.whole(1, Maxima.REPLICAS),
            (long) ServiceSpec.DEFAULT_REPLICAS, "the number of pods. With `versions` leave it out (it must equal"
                    + " their sum if given)").note("or the sum of the versions' replicas")
            .mirrors("Deployment spec.replicas");

    static final Field<String> LABEL = Field.required("label", Kind.text("label value", "^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"),
            "at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (a Kubernetes"
                    + " label value)").mirrors("metadata.labels");

    static final Schema.Obj SERVICE = obj(REPLICAS,
            section("pod", POD, "section", "all defaults", "see below"),
            section("endpoints", mapOf(ENDPOINT), "map name → endpoint", "**required**",
                    "at least one; names `[A-Za-z0-9][A-Za-z0-9_-]*`"),
            section("versions", mapOf(VERSION), "map name → version", "one version `stable` with all `replicas`",
                    "at least one; the Istio subsets / rollout versions of the pods"),
            section("outages", listOf(OUTAGE), "list of outages", "none",
                    "windows in which every pod refuses connections (see below)"),
            section("startup", CapacitySchema.STARTUP, "section", "all defaults",
                    "how a new pod becomes Ready (see [`startup`](#startup))"),
            section("hpa", CapacitySchema.HPA, "section", "absent: a fixed number of pods",
                    "a HorizontalPodAutoscaler (see [`hpa`](#hpa))"),
            section("vpa", CapacitySchema.VPA, "section", "absent: no VerticalPodAutoscaler",
                    "a VerticalPodAutoscaler on the CPU request only (`resourcePolicy` `controlledResources: [cpu]`:"
                            + " the VPA's memory recommender is not modelled); see [`vpa`](#vpa)"),
            section("labels", mapOf(LABEL), "map name → text", "none", "the pods' labels; OpenCost aggregates the"
                    + " bill by `team`"));

    private ServiceSchema() {
    }
}
