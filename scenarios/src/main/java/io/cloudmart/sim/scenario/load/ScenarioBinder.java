package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.DistributionSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds a checked document tree into a {@link ScenarioSpec}: reads every field with its type and
 * unit, fills the documented defaults, and checks ranges and cross-references (journeys call
 * existing endpoints, warm-up is shorter than the run). Every problem goes to {@link Problems};
 * the returned spec is only meaningful when none was found.
 *
 * <p>Each section has its own method, so a new section (gateway, mesh …) is a new method plus a
 * line in {@link #bind}.
 */
final class ScenarioBinder {
    /** Names of scenarios and services: lower case, like Kubernetes names. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Names of journeys and endpoints: no dots, since a call is written {@code service.endpoint}. */
    static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String NAME_RULE = "use lower-case letters, digits and '-', starting with a letter or digit";
    private static final String LOCAL_NAME_RULE = "use letters, digits, '-' and '_', starting with a letter or digit";

    /** Stands in for a distribution that could not be read (the problem is reported). */
    private static final DistributionSpec INVALID = new DistributionSpec("invalid", Map.of(), new double[0], "");

    private final Problems problems;
    private final Distributions distributions;

    ScenarioBinder(Problems problems, Distributions distributions) {
        this.problems = problems;
        this.distributions = distributions;
    }

    /** The scenario in {@code root}, a mapping already checked against {@link Schema#SCENARIO}. */
    ScenarioSpec bind(JsonNode root) {
        Fields f = Fields.of(root, "", problems);
        String name = f.text("name", null);
        if (name != null && !NAME.matcher(name).matches()) {
            f.wrong("name", "'" + name + "' is not a valid name; " + NAME_RULE);
        }
        String description = f.text("description", "");
        Long seed = f.wholeNumber("seed", ScenarioSpec.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        Double duration = f.duration("duration", null, false);
        Double warmup = f.duration("warmup", 0.0, true);
        if (duration != null && warmup != null && warmup >= duration) {
            f.wrong("warmup", "warmup (" + Units.formatDuration(warmup) + ") must be shorter than duration ("
                    + Units.formatDuration(duration) + ")");
        }
        Long replications = f.wholeNumber("replications", (long) ScenarioSpec.DEFAULT_REPLICATIONS, 1, Integer.MAX_VALUE);
        Map<String, ServiceSpec> services = services(f);
        LoadSpec load = f.has("load") ? load(Fields.of(f.get("load"), "load", problems), duration, services)
                : f.missing("load");
        return new ScenarioSpec(
                name == null ? "" : name,
                description == null ? "" : description,
                seed == null ? ScenarioSpec.DEFAULT_SEED : seed,
                duration == null ? Double.NaN : duration,
                warmup == null ? Double.NaN : warmup,
                replications == null ? ScenarioSpec.DEFAULT_REPLICATIONS : replications.intValue(),
                load == null ? new LoadSpec(List.of(), Map.of(), false) : load,
                services);
    }

    // ---------------------------------------------------------------- load

    private LoadSpec load(Fields f, Double duration, Map<String, ServiceSpec> services) {
        boolean constant = f.has("rate");
        List<StageSpec> stages = new ArrayList<>();
        if (constant && f.has("stages")) {
            f.wrong("stages", "give either 'rate' (one constant rate) or 'stages' (a list of rates), not both");
        } else if (constant) {
            Double rate = f.positiveNumber("rate", null);
            stages.add(new StageSpec(duration == null ? Double.NaN : duration, rate == null ? Double.NaN : rate));
        } else if (f.has("stages")) {
            stages.addAll(stages(f));
        } else {
            f.missingAlternative("missing required field 'rate' or 'stages': give a constant rate in requests per second, or a list of stages");
        }
        Map<String, JourneySpec> journeys = new LinkedHashMap<>();
        f.entries("journeys", true, "journey").forEach((name, node) -> {
            String path = f.pathOf("journeys") + "." + name;
            checkName(path, name, "journey", LOCAL_NAME, LOCAL_NAME_RULE);
            journeys.put(name, journey(Fields.of(node, path, problems), services));
        });
        return new LoadSpec(stages, journeys, constant);
    }

    private List<StageSpec> stages(Fields f) {
        List<JsonNode> elements = f.elements("stages");
        if (elements.isEmpty() && f.get("stages").isArray()) {
            f.wrong("stages", "must list at least one stage, e.g. '- { duration: 5m, rate: 10 }'");
        }
        List<StageSpec> stages = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Fields stage = Fields.of(elements.get(i), f.pathOf("stages") + "." + i, problems);
            Double duration = stage.duration("duration", null, false);
            Double rate = stage.positiveNumber("rate", null);
            stages.add(new StageSpec(duration == null ? Double.NaN : duration, rate == null ? Double.NaN : rate));
        }
        return stages;
    }

    private JourneySpec journey(Fields f, Map<String, ServiceSpec> services) {
        Double weight = f.positiveNumber("weight", JourneySpec.DEFAULT_WEIGHT);
        String call = f.text("call", null);
        String service = "";
        String endpoint = "";
        if (call != null) {
            int dot = call.indexOf('.');
            if (dot <= 0 || dot == call.length() - 1 || call.indexOf('.', dot + 1) >= 0) {
                f.wrong("call", "expected 'service.endpoint', e.g. api.get, got '" + call + "'");
            } else {
                service = call.substring(0, dot);
                endpoint = call.substring(dot + 1);
                checkCall(f.pathOf("call"), service, endpoint, services);
            }
        }
        return new JourneySpec(weight == null ? Double.NaN : weight, service, endpoint);
    }

    private void checkCall(String path, String service, String endpoint, Map<String, ServiceSpec> services) {
        ServiceSpec called = services.get(service);
        if (called == null) {
            if (!services.isEmpty()) {
                problems.at(path, "unknown service '" + service + "'" + orPeriod(Suggest.didYouMean(service, services.keySet()))
                        + " Services: " + String.join(", ", services.keySet()));
            }
        } else if (!called.endpoints().isEmpty() && !called.endpoints().containsKey(endpoint)) {
            problems.at(path, "service '" + service + "' has no endpoint '" + endpoint + "'"
                    + orPeriod(Suggest.didYouMean(endpoint, called.endpoints().keySet()))
                    + " Endpoints: " + String.join(", ", called.endpoints().keySet()));
        }
    }

    // ---------------------------------------------------------------- services

    private Map<String, ServiceSpec> services(Fields root) {
        Map<String, ServiceSpec> services = new LinkedHashMap<>();
        root.entries("services", true, "service").forEach((name, node) -> {
            String path = root.pathOf("services") + "." + name;
            checkName(path, name, "service", NAME, NAME_RULE);
            services.put(name, service(Fields.of(node, path, problems)));
        });
        return services;
    }

    private ServiceSpec service(Fields f) {
        Long replicas = f.wholeNumber("replicas", (long) ServiceSpec.DEFAULT_REPLICAS, 1, Integer.MAX_VALUE);
        PodSpec pod = f.has("pod") ? pod(Fields.of(f.get("pod"), f.pathOf("pod"), problems)) : PodSpec.DEFAULT;
        Map<String, EndpointSpec> endpoints = new LinkedHashMap<>();
        f.entries("endpoints", true, "endpoint").forEach((name, node) -> {
            String path = f.pathOf("endpoints") + "." + name;
            checkName(path, name, "endpoint", LOCAL_NAME, LOCAL_NAME_RULE);
            endpoints.put(name, endpoint(Fields.of(node, path, problems)));
        });
        return new ServiceSpec(replicas == null ? ServiceSpec.DEFAULT_REPLICAS : replicas.intValue(), pod, endpoints);
    }

    private PodSpec pod(Fields f) {
        Double cpu = f.cpuCores("cpu", PodSpec.DEFAULT_CPU_CORES);
        Double memory = f.memoryMiB("memory", PodSpec.DEFAULT_MEMORY_MIB);
        Long concurrency = f.wholeNumber("concurrency", (long) PodSpec.DEFAULT_CONCURRENCY, 1, Integer.MAX_VALUE);
        return new PodSpec(
                cpu == null ? Double.NaN : cpu,
                memory == null ? Double.NaN : memory,
                concurrency == null ? PodSpec.DEFAULT_CONCURRENCY : concurrency.intValue());
    }

    private EndpointSpec endpoint(Fields f) {
        return new EndpointSpec(distribution(f, "work"));
    }

    /** The distribution written in {@code field}; a placeholder after reporting a problem. */
    private DistributionSpec distribution(Fields f, String field) {
        JsonNode value = f.get(field);
        if (value == null) {
            f.missing(field);
        } else if (!value.isTextual()) {
            f.wrong(field, "expected a distribution such as exponential(mean=100ms) or constant(value=100ms), got "
                    + f.shown(field, value));
        } else {
            try {
                return distributions.parse(value.asText());
            } catch (IllegalArgumentException e) {
                f.wrong(field, e.getMessage());
            }
        }
        return INVALID;
    }

    private void checkName(String path, String name, String what, Pattern pattern, String rule) {
        if (!pattern.matcher(name).matches()) {
            problems.add(path, Problems.Anchor.KEY, "'" + name + "' is not a valid " + what + " name; " + rule);
        }
    }

    private static String orPeriod(String suggestion) {
        return suggestion.isEmpty() ? "." : suggestion;
    }
}
