package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.model.service.MemoryUsage;
import io.cloudmart.sim.scenario.spec.ClientsSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.OutageSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
import io.cloudmart.sim.scenario.spec.VersionSpec;
import io.cloudmart.sim.model.service.Readiness;
import io.cloudmart.sim.model.service.StartupSpec;
import io.cloudmart.sim.model.service.VersionFaults;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds a checked document tree into a {@link ScenarioSpec}: reads every field with its type and
 * unit, fills the documented defaults, and checks ranges and cross-references (journeys and steps
 * call existing endpoints, warm-up is shorter than the run …). Every problem goes to
 * {@link Problems}; the returned spec is only meaningful when none was found.
 *
 * <p>The top level, the load and the services are bound here; each other section has its own
 * binder ({@link EndpointBinder}, {@link LoadShapeBinder}, {@link GatewayBinder},
 * {@link MeshBinder}, {@link BackendBinder}, {@link SagaBinder}). References between sections
 * are noted in {@link References} and checked once everything is bound.
 */
final class ScenarioBinder {
    /** Names of scenarios and services: lower case, like Kubernetes names. */
    static final Pattern NAME = Binding.NAME;
    /** Names of journeys and endpoints: no dots, since a call is written {@code service.endpoint}. */
    static final Pattern LOCAL_NAME = Binding.LOCAL_NAME;

    /**
     * The range of {@code startTime}: from the Unix epoch to a date far enough from the end of
     * {@link Instant}'s calendar that the longest run ({@link Maxima#DURATION_SECONDS}) stays on it.
     */
    private static final Instant EARLIEST_START = Instant.EPOCH;
    private static final Instant LATEST_START = Instant.parse("9000-01-01T00:00:00Z");

    /** The name the gateway's nodes go by; a service of that name would share their metrics. */
    private static final String RESERVED_SERVICE = "gateway";

    private final Problems problems;
    private final Binding b;
    /** Each service's start-up and autoscaler, gathered while its mapping is bound. */
    private final Map<String, io.cloudmart.sim.scenario.spec.ServiceCapacitySpec> capacities =
            new java.util.LinkedHashMap<>();

    private final boolean durationSet;

    ScenarioBinder(Problems problems, Distributions distributions, EmpiricalSamples files) {
        this(problems, distributions, files, false);
    }

    /**
     * @param durationSet the command line set {@code duration}: times in the file (spot interruptions) are then not
     *                    judged against it, so a learner may shorten a run to look at its start
     */
    ScenarioBinder(Problems problems, Distributions distributions, EmpiricalSamples files, boolean durationSet) {
        this.problems = problems;
        this.b = new Binding(problems, distributions, files);
        this.durationSet = durationSet;
    }

    /** The scenario in {@code root}, a mapping already checked against {@link Schema#SCENARIO}. */
    ScenarioSpec bind(JsonNode root) {
        Fields f = Fields.of(root, "", problems);
        String name = b.read(f, TopSchema.NAME);
        if (name != null && !NAME.matcher(name).matches()) {
            f.wrong("name", "'" + SafeText.shown(name) + "' is not a valid name; " + Binding.NAME_RULE);
        }
        String description = b.read(f, TopSchema.DESCRIPTION);
        Long seed = b.read(f, TopSchema.SEED);
        Instant startTime = startTime(f);
        Double duration = b.read(f, TopSchema.DURATION);
        io.cloudmart.sim.scenario.spec.WarmupSpec warmupSpec = b.read(f, TopSchema.WARMUP);
        Double warmup = warmupSpec == null ? null : warmupSpec.seconds();
        if (duration != null && warmup != null && warmup >= duration) {
            f.wrong("warmup", "warmup (" + Units.formatDuration(warmup) + ") must be shorter than duration ("
                    + Units.formatDuration(duration) + ")");
        }
        Long replications = b.read(f, TopSchema.REPLICATIONS);
        io.cloudmart.sim.scenario.spec.StatisticsSpec statistics = statistics(f, warmupSpec, replications);
        io.cloudmart.sim.scenario.spec.SecuritySwitches security = SecuritySchema.bind(b, f);
        Map<String, ServiceSpec> services = security.services(b.named(f, "services", true, "service", NAME,
                this::service));
        checkSizes(f, services);
        LoadSpec load = f.has("load") ? load(b.section(f, "load"), duration) : f.missing("load");
        BackendBinder backend = new BackendBinder(b);
        List<io.cloudmart.sim.model.rollout.RolloutConfig> rollouts = new RolloutBinder(b).rollouts(f, services,
                f.has("mesh"), capacities);
        List<io.cloudmart.sim.model.rollout.FlaggerConfig> canaries = new FlaggerBinder(b).canaries(f, services,
                f.has("mesh"), capacities, rollouts);
        ScenarioSpec spec = new ScenarioSpec(
                name == null ? "" : name,
                description == null ? "" : description,
                seed == null ? TopSchema.SEED.defaultValue() : seed,
                startTime == null ? ScenarioSpec.DEFAULT_START_TIME : startTime,
                duration == null ? Double.NaN : duration,
                warmup == null ? Double.NaN : warmup,
                replications == null ? TopSchema.REPLICATIONS.defaultValue().intValue() : replications.intValue(),
                load == null ? new LoadSpec(List.of(), Map.of(), false) : load,
                security.gateway(f.has("gateway") ? new GatewayBinder(b).gateway(b.section(f, "gateway")) : null),
                security.mesh(f.has("mesh") ? new MeshBinder(b).mesh(b.section(f, "mesh")) : null),
                services,
                backend.datastores(f),
                backend.caches(f),
                f.has("kafka") ? backend.kafka(b.section(f, "kafka")) : null,
                new SagaBinder(b).sagas(f),
                new CapacityBinder(b).capacity(f, capacities, durationSet ? null : duration),
                rollouts, canaries,
                new GitOpsBinder(b).gitops(f, services, capacities, rollouts),
                f.has("vault") ? new VaultBinder(b).vault(b.section(f, "vault"), services) : null,
                statistics == null ? io.cloudmart.sim.scenario.spec.StatisticsSpec.NONE : statistics);
        b.refs.check(spec);
        if (!problems.hasIssues()) {
            InitialPlacement.check(spec, problems); // needs every value bound
        }
        return spec;
    }

    /** {@code warmup: auto}, {@code precision} and {@code maxReplications}; null after a problem. */
    private io.cloudmart.sim.scenario.spec.StatisticsSpec statistics(Fields f,
                                                                     io.cloudmart.sim.scenario.spec.WarmupSpec warmup,
                                                                     Long replications) {
        Double precision = b.read(f, TopSchema.PRECISION);
        Long max = b.read(f, TopSchema.MAX_REPLICATIONS);
        if (max == null || warmup == null) {
            return null;
        }
        if (precision != null && replications != null && max < replications) {
            return f.wrong("maxReplications", "maxReplications (" + max + ") must be at least replications ("
                    + replications + ")");
        }
        return new io.cloudmart.sim.scenario.spec.StatisticsSpec(warmup.auto(), precision, max.intValue());
    }

    /** {@code startTime}: an ISO-8601 instant with a zone offset, {@code 2026-11-27T12:00:00Z}. */
    private Instant startTime(Fields f) {
        if (!f.has("startTime")) {
            return ScenarioSpec.DEFAULT_START_TIME;
        }
        String text = b.read(f, TopSchema.START_TIME);
        if (text == null) {
            return null;
        }
        try {
            Instant start = OffsetDateTime.parse(text.strip()).toInstant();
            if (start.getNano() != 0) {
                return f.wrong("startTime", "must be a whole second, like 2026-11-27T12:00:00Z (got '"
                        + SafeText.shown(text) + "')");
            }
            if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
                return f.wrong("startTime", "must be between 1970-01-01T00:00:00Z and 9000-01-01T00:00:00Z, so that"
                        + " calendar windows (rate limits per month, per year) stay on the calendar (got '"
                        + SafeText.shown(text) + "')");
            }
            return start;
        } catch (DateTimeParseException e) {
            return f.wrong("startTime", "expected an ISO-8601 UTC instant such as 2026-11-27T12:00:00Z (a date, 'T',"
                    + " a time and 'Z' or an offset like +01:00), got '" + SafeText.shown(text) + "'");
        }
    }

    // ---------------------------------------------------------------- load

    private LoadSpec load(Fields f, Double duration) {
        List<String> forms = new ArrayList<>();
        for (String form : List.of("rate", "stages", "shape")) {
            if (f.has(form)) {
                forms.add(form);
            }
        }
        boolean constant = forms.equals(List.of("rate"));
        List<StageSpec> stages = new ArrayList<>();
        RateShapeSpec shape = null;
        if (forms.size() > 1) {
            f.wrong(forms.get(1), "give either '" + forms.get(0) + "' or '" + forms.get(1) + "', not both: a load has"
                    + " one of 'rate' (one constant rate), 'stages' (a list of rates) or 'shape' (a rate over time)");
        } else if (constant) {
            Double rate = b.read(f, LoadSchema.RATE, Double.NaN);
            stages.add(new StageSpec(duration == null ? Double.NaN : duration, rate));
        } else if (forms.equals(List.of("stages"))) {
            stages.addAll(stages(f));
        } else if (forms.equals(List.of("shape"))) {
            shape = new LoadShapeBinder(b).shape(b.section(f, "shape"));
        } else {
            f.missingAlternative("missing required field 'rate' or 'stages': give a constant rate in requests per"
                    + " second, a list of stages, or a shape", List.of("rate", "stages", "shape"));
        }
        Double scale = b.read(f, LoadSchema.SCALE);
        if (shape instanceof RateShapeSpec.ReplayShape && f.has("scale")) {
            scale = f.wrong("scale", "a replayed trace sends exactly its recorded requests; 'scale' applies to rates"
                    + " (rate, stages, schedule, spike, daily, trace), so remove it or scale the timestamps");
        } else if (f.has("scale") && scale != null && peakRate(stages, shape) * scale > Maxima.RATE_PER_SECOND) {
            scale = f.wrong("scale", "the load would peak at " + Units.plain(peakRate(stages, shape) * scale)
                    + " requests per second; at most " + Units.plain(Maxima.RATE_PER_SECOND) + " are allowed");
        }
        ClientsSpec clients = f.has("clients") ? clients(b.section(f, "clients")) : ClientsSpec.DEFAULT;
        Map<String, JourneySpec> journeys = b.named(f, "journeys", true, "journey", LOCAL_NAME,
                (jf, name) -> journey(jf));
        return new LoadSpec(stages, journeys, constant, shape, scale == null ? LoadSchema.SCALE.defaultValue() : scale,
                clients);
    }

    /** The highest rate the stages or shape reach, unscaled; NaN parts (already reported) count as 0. */
    private static double peakRate(List<StageSpec> stages, RateShapeSpec shape) {
        double peak = shape != null ? shape.peakRate()
                : stages.stream().mapToDouble(StageSpec::ratePerSecond).filter(r -> r == r).max().orElse(0);
        return peak == peak ? peak : 0;
    }

    /**
     * How many services and endpoints the scenario has: each keeps histograms of its own, so their
     * number sizes memory (see {@link Maxima}).
     */
    private void checkSizes(Fields f, Map<String, ServiceSpec> services) {
        if (services.size() > Maxima.SERVICES) {
            f.wrong("services", "the scenario has " + services.size() + " services; at most " + Maxima.SERVICES
                    + " are allowed");
        }
        long pods = services.values().stream().mapToLong(ServiceSpec::replicas).sum();
        // a single service over the maximum is reported at its own replicas already
        if (pods > Maxima.REPLICAS && services.values().stream().allMatch(s -> s.replicas() <= Maxima.REPLICAS)) {
            f.wrong("services", "the services have " + pods + " pods together; at most " + Maxima.REPLICAS
                    + " are allowed");
        }
        int endpoints = services.values().stream().mapToInt(service -> service.endpoints().size()).sum();
        if (endpoints > Maxima.ENDPOINTS) {
            f.wrong("services", "the services have " + endpoints + " endpoints together; at most " + Maxima.ENDPOINTS
                    + " are allowed");
        }
        if (services.containsKey(RESERVED_SERVICE) && f.has("gateway")) {
            problems.add(f.pathOf("services") + "." + RESERVED_SERVICE, Problems.Anchor.KEY, "'" + RESERVED_SERVICE
                    + "' names the API gateway's nodes (its metrics and report part); give this service another name");
        }
    }

    private List<StageSpec> stages(Fields f) {
        List<JsonNode> elements = f.elements("stages");
        if (elements.isEmpty() && f.get("stages").isArray()) {
            f.wrong("stages", "must list at least one stage, e.g. '- { duration: 5m, rate: 10 }'");
        }
        List<StageSpec> stages = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields stage = b.fields(elements.get(i), f.pathOf("stages") + "." + i);
            stages.add(new StageSpec(b.read(stage, LoadSchema.STAGE_DURATION, Double.NaN),
                    b.read(stage, LoadSchema.STAGE_RATE, Double.NaN)));
        }
        return stages;
    }

    /** Kong client population: consumers, and bots that have no consumer and few IPs. */
    private ClientsSpec clients(Fields f) {
        Long consumers = b.read(f, LoadSchema.CONSUMERS);
        Fields bots = b.section(f, "bots");
        Double share = b.read(bots, LoadSchema.BOT_SHARE);
        Long ips = b.read(bots, LoadSchema.BOT_IPS);
        if (consumers != null && consumers == 0 && share != null && share < 1) {
            f.wrong("consumers", "must be at least 1 while bots send less than all requests (bots.share is "
                    + Units.plain(share) + ")");
        }
        return new ClientsSpec(consumers == null ? LoadSchema.CONSUMERS.defaultValue().intValue() : consumers.intValue(),
                share == null ? LoadSchema.BOT_SHARE.defaultValue() : share,
                ips == null ? LoadSchema.BOT_IPS.defaultValue().intValue() : ips.intValue());
    }

    private JourneySpec journey(Fields f) {
        double weight = b.read(f, LoadSchema.WEIGHT, Double.NaN);
        String call = b.read(f, LoadSchema.CALL);
        String service = "";
        String endpoint = "";
        if (call != null) {
            String[] target = b.target(f.pathOf("call"), call);
            if (target != null) {
                service = target[0];
                endpoint = target[1];
                b.refs.call(f.pathOf("call"), null, service, endpoint);
            }
        }
        Map<String, String> headers = b.texts(f, "headers", "header");
        return new JourneySpec(weight, service, endpoint, headers);
    }

    // ---------------------------------------------------------------- services

    private ServiceSpec service(Fields f, String name) {
        capacities.put(name, new CapacityBinder(b).service(f));
        Long replicas = b.read(f, ServiceSchema.REPLICAS);
        PodSpec pod = f.has("pod") ? withMemoryUsage(b.section(f, "pod"),
                withRequests(b.section(f, "pod"), pod(b, b.section(f, "pod"), ServiceSchema.POD_FIELDS)))
                : PodSpec.DEFAULT;
        EndpointBinder endpointBinder = new EndpointBinder(b);
        Map<String, EndpointSpec> endpoints = b.named(f, "endpoints", true, "endpoint", LOCAL_NAME,
                (ef, endpoint) -> endpointBinder.endpoint(ef, name + "." + endpoint));
        int pods = replicas == null ? ServiceSchema.REPLICAS.defaultValue().intValue() : replicas.intValue();
        List<OutageSpec> outages = OutagesBinder.outages(b, f);
        if (!f.has("versions")) {
            return new ServiceSpec(pods, pod, endpoints, ServiceSpec.defaultVersions(pods), outages);
        }
        StartupSpec serviceStartup = capacities.get(name).startup();
        boolean memoryModelled = pod.memoryUsage() != null;
        Map<String, VersionSpec> versions = b.named(f, "versions", false, "version", LOCAL_NAME,
                (vf, v) -> version(vf, serviceStartup, memoryModelled));
        long sum = versions.values().stream().mapToLong(VersionSpec::replicas).sum();
        if (versions.isEmpty()) {
            return new ServiceSpec(pods, pod, endpoints, ServiceSpec.defaultVersions(pods), outages);
        }
        if (sum > Maxima.REPLICAS) {
            f.wrong("versions", "the versions have " + sum + " replicas together; a service may have at most "
                    + Maxima.REPLICAS);
        } else if (f.has("replicas") && replicas != null && replicas != sum) {
            f.wrong("replicas", "replicas (" + replicas + ") must equal the sum of the versions' replicas (" + sum
                    + "); leave 'replicas' out when 'versions' is given");
        }
        return new ServiceSpec((int) Math.min(sum, Integer.MAX_VALUE), pod, endpoints, versions, outages);
    }

    private VersionSpec version(Fields f, StartupSpec serviceStartup, boolean memoryModelled) {
        return new VersionSpec(b.readOrDefault(f, ServiceSchema.VERSION_REPLICAS).intValue(),
                b.read(f, ServiceSchema.VERSION_ERROR_RATE, Double.NaN), b.read(f, ServiceSchema.LATENCY_FACTOR, Double.NaN),
                faults(f, serviceStartup, memoryModelled));
    }

    /** A bad release's leak, start-up (the version's fields over the service's) and readiness. */
    private VersionFaults faults(Fields f, StartupSpec serviceStartup, boolean memoryModelled) {
        double leak = 0;
        if (f.has("memoryLeak")) {
            leak = b.read(b.section(f, "memoryLeak"), ServiceSchema.LEAK_PER_REQUEST, 0.0);
            if (!memoryModelled) {
                f.wrong("memoryLeak", "a memory leak grows the app's working set from the pod's memoryUsage base;"
                        + " add pod.memoryUsage {base, perRequest} to this service");
                leak = 0;
            }
        }
        Readiness readiness = Readiness.fromFieldValue(b.readOrDefault(f, ServiceSchema.READINESS));
        if (!f.has("startup") && leak == 0) {
            return new VersionFaults(0, null, readiness);
        }
        StartupSpec startup = f.has("startup")
                ? new CapacityBinder(b).startup(b.section(f, "startup"), serviceStartup) : serviceStartup;
        return new VersionFaults(leak, startup, readiness);
    }

    /**
     * {@code pod} with the requests of {@code pod.requests} ({@code f} is the pod's mapping); each defaults to
     * its limit, and one above its limit is refused, as the Kubernetes API server refuses it.
     */
    private PodSpec withRequests(Fields f, PodSpec pod) {
        if (!f.has("requests")) {
            return pod;
        }
        Fields r = b.section(f, "requests");
        double cpu = b.read(r, ServiceSchema.REQUEST_CPU, pod.cpuCores());
        double memory = b.read(r, ServiceSchema.REQUEST_MEMORY, pod.memoryMiB());
        if (cpu > pod.cpuCores()) {
            r.wrong("cpu", "the CPU request (" + Units.formatCpuCores(cpu) + ") must be at most the pod's cpu limit ("
                    + Units.formatCpuCores(pod.cpuCores()) + "); Kubernetes rejects requests above limits");
            cpu = pod.cpuCores();
        }
        if (memory > pod.memoryMiB()) {
            r.wrong("memory", "the memory request (" + Units.formatMemoryMiB(memory) + ") must be at most the pod's"
                    + " memory limit (" + Units.formatMemoryMiB(pod.memoryMiB()) + "); Kubernetes rejects requests above"
                    + " limits");
            memory = pod.memoryMiB();
        }
        return new PodSpec(pod.cpuCores(), pod.memoryMiB(), pod.concurrency(), cpu, memory);
    }

    /**
     * {@code pod} with the memory usage model of {@code pod.memoryUsage}, if given ({@code f} is the pod's mapping).
     * A base above the memory limit is refused: the container would be OOM-killed as soon as it started.
     */
    private PodSpec withMemoryUsage(Fields f, PodSpec pod) {
        if (!f.has("memoryUsage")) {
            return pod;
        }
        Fields m = b.section(f, "memoryUsage");
        Double base = b.read(m, ServiceSchema.MEMORY_BASE);
        double perRequest = b.readOrDefault(m, ServiceSchema.MEMORY_PER_REQUEST);
        if (base == null) {
            return pod;
        }
        if (base > pod.memoryMiB()) {
            m.wrong("base", "the base working set (" + Units.formatMemoryMiB(base) + ") must be at most the pod's"
                    + " memory limit (" + Units.formatMemoryMiB(pod.memoryMiB()) + "); above it the container would"
                    + " be OOM-killed at start");
            return pod;
        }
        return new PodSpec(pod.cpuCores(), pod.memoryMiB(), pod.concurrency(), pod.cpuRequestCores(),
                pod.memoryRequestMiB(), new MemoryUsage(base, perRequest));
    }

    /** A pod (or gateway node) read with {@code fields}: a service's pods or the gateway's nodes. */
    static PodSpec pod(Binding b, Fields f, ServiceSchema.PodFields fields) {
        return new PodSpec(b.read(f, fields.cpu(), Double.NaN), b.read(f, fields.memory(), Double.NaN),
                b.read(f, fields.concurrency(), fields.concurrency().defaultValue()).intValue());
    }
}
