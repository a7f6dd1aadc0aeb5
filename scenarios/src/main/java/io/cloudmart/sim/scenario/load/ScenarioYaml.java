package io.cloudmart.sim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmart.sim.scenario.spec.ClientsSpec;
import io.cloudmart.sim.scenario.spec.EndpointSpec;
import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.RateShapeSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
import io.cloudmart.sim.scenario.spec.StepSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a resolved scenario back as YAML, for {@code cmsim explain}: every default filled in,
 * fields in the order of the scenario reference, durations and quantities with units
 * ({@code 2h}, {@code 100ms}, {@code 512Mi}), CPU as a number of cores, distributions as written.
 * Loading the output gives back an equal {@link ScenarioSpec} (for empirical distributions, when
 * loaded from the same folder).
 */
public final class ScenarioYaml {
    /** Text that YAML reads back as the same string without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** A distribution such as {@code uniform(min=1ms, max=2ms)} that needs no quotes in block style. */
    private static final Pattern PLAIN_DISTRIBUTION = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*\\([A-Za-z0-9_=,. /+-]*\\)");
    /**
     * Multi-line text a literal block keeps exactly: printable characters and line feeds only,
     * starting with a non-blank character.
     */
    private static final Pattern BLOCK_SAFE = Pattern.compile("[^\\s\\p{Cc}\u2028\u2029\uFEFF][^\\p{Cc}\u2028\u2029\uFEFF]*(\\n[^\\p{Cc}\u2028\u2029\uFEFF]*)*");
    /** The top-level members written here by hand; {@link DeclaredYaml} writes the others from their declarations. */
    static final Set<String> TOP_BY_HAND = Set.of("name", "description", "seed", "startTime", "duration", "warmup",
            "replications", "load", "gateway", "mesh", "services", "datastores", "caches", "kafka", "sagas");
    /** A service's members written here by hand. */
    static final Set<String> SERVICE_BY_HAND = Set.of("replicas", "pod", "endpoints", "versions", "outages");
    /** A service pod's members written here by hand, as {@link #pod}. */
    static final Set<String> POD_BY_HAND = Set.of("cpu", "memory", "concurrency");
    /** Plain words YAML would read as booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private ScenarioYaml() {
    }

    /**
     * The scenario as YAML text, ending with a newline. Sections the scenario does not have
     * (gateway, mesh, datastores, caches, kafka, sagas) are left out, and so are the newer fields
     * of the load, services, endpoints and journeys while they hold their defaults, so a scenario
     * that uses none of them is written exactly as before they existed. The members without a
     * hand-written form here (a service's {@code startup} and {@code hpa}, a pod's grace period,
     * {@code controlPlane}, and whatever is declared later) come from {@code document}, the file
     * after {@code --set}, through {@link DeclaredYaml}.
     *
     * @param spec     the scenario as bound
     * @param document the document {@code spec} was bound from, after the overrides
     */
    static String toYaml(ScenarioSpec spec, JsonNode document) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(scalar(spec.name())).append('\n');
        out.append("description: ").append(text(spec.description(), "  ")).append('\n');
        out.append("seed: ").append(spec.seed()).append('\n');
        if (!spec.startTime().equals(ScenarioSpec.DEFAULT_START_TIME)) {
            out.append("startTime: ").append(quoted(spec.startTime().toString())).append('\n');
        }
        out.append("duration: ").append(Units.formatDuration(spec.durationSeconds())).append('\n');
        out.append("warmup: ").append(spec.statistics().warmupAuto() ? io.cloudmart.sim.scenario.spec.WarmupSpec.AUTO_WORD
                : Units.formatDuration(spec.warmupSeconds())).append('\n');
        out.append("replications: ").append(spec.replications()).append('\n');
        load(out, spec.load());
        if (spec.gateway() != null) {
            SectionsYaml.gateway(out, spec.gateway());
        }
        if (spec.mesh() != null) {
            SectionsYaml.mesh(out, spec.mesh(), document.get("mesh"));
        }
        services(out, spec.services(), document.get("services"));
        SectionsYaml.backends(out, spec);
        DeclaredYaml.rest(out, Schema.SCENARIO, TOP_BY_HAND, document, "", "");
        return out.toString();
    }

    private static void load(StringBuilder out, LoadSpec load) {
        out.append("load:\n");
        if (load.shape() != null) {
            shape(out, load.shape());
        } else if (load.constantRate()) {
            out.append("  rate: ").append(Units.plain(load.stages().get(0).ratePerSecond())).append('\n');
        } else {
            out.append("  stages:\n");
            for (StageSpec stage : load.stages()) {
                out.append("    - { duration: ").append(Units.formatDuration(stage.durationSeconds()))
                        .append(", rate: ").append(Units.plain(stage.ratePerSecond())).append(" }\n");
            }
        }
        if (load.scale() != LoadSpec.DEFAULT_SCALE) {
            out.append("  scale: ").append(Units.plain(load.scale())).append('\n');
        }
        if (!load.clients().equals(ClientsSpec.DEFAULT)) {
            ClientsSpec c = load.clients();
            out.append("  clients: { consumers: ").append(c.consumers()).append(", bots: { share: ")
                    .append(Units.plain(c.botShare())).append(", ips: ").append(c.botIps()).append(" } }\n");
        }
        out.append("  journeys:\n");
        for (Map.Entry<String, JourneySpec> e : load.journeys().entrySet()) {
            JourneySpec journey = e.getValue();
            out.append("    ").append(key(e.getKey())).append(": { weight: ").append(Units.plain(journey.weight()))
                    .append(", call: ").append(scalar(journey.call()));
            if (!journey.headers().isEmpty()) {
                out.append(", headers: ").append(textMap(journey.headers()));
            }
            out.append(" }\n");
        }
    }

    private static void shape(StringBuilder out, RateShapeSpec shape) {
        out.append("  shape:\n");
        if (shape instanceof RateShapeSpec.ScheduleShape schedule) {
            out.append("    startRate: ").append(Units.plain(schedule.startRate())).append('\n');
            out.append("    schedule:\n");
            for (RateShapeSpec.SegmentSpec s : schedule.segments()) {
                out.append("      - { duration: ").append(Units.formatDuration(s.durationSeconds()))
                        .append(s.rampTo() != null ? ", rampTo: " + Units.plain(s.rampTo()) : ", rate: " + Units.plain(s.rate()))
                        .append(" }\n");
            }
        } else if (shape instanceof RateShapeSpec.SpikeShape spike) {
            out.append("    spike: { base: ").append(Units.plain(spike.base())).append(", peak: ")
                    .append(Units.plain(spike.peak())).append(", at: ").append(Units.formatDuration(spike.atSeconds()))
                    .append(", rampUp: ").append(Units.formatDuration(spike.rampUpSeconds()))
                    .append(", hold: ").append(Units.formatDuration(spike.holdSeconds()))
                    .append(", rampDown: ").append(Units.formatDuration(spike.rampDownSeconds())).append(" }\n");
        } else if (shape instanceof RateShapeSpec.DailyShape daily) {
            out.append("    daily: { mean: ").append(Units.plain(daily.mean())).append(", amplitude: ")
                    .append(Units.plain(daily.amplitude())).append(", period: ")
                    .append(Units.formatDuration(daily.periodSeconds())).append(", peakAt: ")
                    .append(Units.formatDuration(daily.peakAtSeconds())).append(" }\n");
        } else if (shape instanceof RateShapeSpec.TraceShape trace) {
            out.append("    trace: { file: ").append(scalar(trace.file())).append(", interval: ")
                    .append(Units.formatDuration(trace.intervalSeconds())).append(" }\n");
        } else if (shape instanceof RateShapeSpec.ReplayShape replay) {
            out.append("    replay: { file: ").append(scalar(replay.file())).append(" }\n");
        }
    }

    private static void services(StringBuilder out, Map<String, ServiceSpec> services, JsonNode written) {
        out.append("services:\n");
        for (Map.Entry<String, ServiceSpec> e : services.entrySet()) {
            ServiceSpec service = e.getValue();
            JsonNode node = written.get(e.getKey());
            String path = "services." + e.getKey();
            out.append("  ").append(key(e.getKey())).append(":\n");
            out.append("    replicas: ").append(service.replicas()).append('\n');
            String pod = pod(service.pod());
            out.append("    pod: ").append(pod, 0, pod.length() - 2)
                    .append(DeclaredYaml.flowRest(ServiceSchema.POD, POD_BY_HAND, node.get("pod"), path + ".pod"))
                    .append(" }\n");
            out.append("    endpoints:\n");
            service.endpoints().forEach((name, endpoint) -> endpoint(out, name, endpoint));
            if (!service.hasDefaultVersions()) {
                out.append("    versions:\n");
                service.versions().forEach((name, v) -> out.append("      ").append(key(name))
                        .append(": { replicas: ").append(v.replicas()).append(", errorRate: ")
                        .append(Units.plain(v.errorRate())).append(", latencyFactor: ")
                        .append(Units.plain(v.latencyFactor())).append(" }\n"));
            }
            if (!service.outages().isEmpty()) {
                out.append("    outages: ").append(OutagesBinder.yaml(service.outages())).append('\n');
            }
            DeclaredYaml.rest(out, ServiceSchema.SERVICE, SERVICE_BY_HAND, node, path, "    ");
        }
    }

    static String pod(PodSpec pod) {
        return "{ cpu: " + Units.formatCpuCores(pod.cpuCores()) + ", memory: " + Units.formatMemoryMiB(pod.memoryMiB())
                + ", concurrency: " + pod.concurrency() + " }";
    }

    private static void endpoint(StringBuilder out, String name, EndpointSpec endpoint) {
        out.append("      ").append(key(name)).append(":\n");
        if (endpoint.isWorkOnly()) {
            out.append("        work: ").append(distribution(endpoint.work().text())).append('\n');
        } else {
            out.append("        steps:\n");
            steps(out, endpoint.steps(), "          ");
        }
        if (endpoint.errorRate() != EndpointSpec.DEFAULT_ERROR_RATE) {
            out.append("        errorRate: ").append(Units.plain(endpoint.errorRate())).append('\n');
        }
        if (endpoint.authorize() != null) {
            out.append("        authorize: ").append(distribution(endpoint.authorize().text())).append('\n');
        }
    }

    /** Steps as a block list, each {@code - kind: …} line starting at {@code indent}. */
    private static void steps(StringBuilder out, List<StepSpec> steps, String indent) {
        for (StepSpec step : steps) {
            out.append(indent).append("- ");
            if (step instanceof StepSpec.WorkStep work) {
                out.append("work: ").append(distribution(work.work().text())).append('\n');
            } else if (step instanceof StepSpec.CallStep call) {
                out.append("call: ").append(call(call)).append('\n');
            } else if (step instanceof StepSpec.ParallelStep parallel) {
                out.append("parallel: [").append(String.join(", ", parallel.calls().stream().map(ScenarioYaml::call)
                        .toList())).append("]\n");
            } else if (step instanceof StepSpec.QueryStep query) {
                out.append("query: { store: ").append(scalar(query.store())).append(", op: ")
                        .append(scalar(query.op())).append(" }\n");
            } else if (step instanceof StepSpec.CacheStep cache) {
                out.append("cache:\n");
                out.append(indent).append("    name: ").append(scalar(cache.name())).append('\n');
                out.append(indent).append("    hitRatio: ").append(Units.plain(cache.hitRatio())).append('\n');
                if (cache.miss().isEmpty()) {
                    out.append(indent).append("    miss: []\n");
                } else {
                    out.append(indent).append("    miss:\n");
                    steps(out, cache.miss(), indent + "      ");
                }
            } else if (step instanceof StepSpec.PublishStep publish) {
                out.append("publish: { topic: ").append(scalar(publish.topic())).append(", key: ")
                        .append(scalar(publish.key())).append(" }\n");
            } else if (step instanceof StepSpec.SagaStep saga) {
                out.append("saga: ").append(scalar(saga.name())).append('\n');
            }
        }
    }

    private static String call(StepSpec.CallStep call) {
        return call.optional() ? "{ to: " + scalar(call.target()) + ", optional: true }" : scalar(call.target());
    }

    /** A distribution in block context: as written, quoted only when YAML would misread it. */
    static String distribution(String text) {
        return PLAIN_DISTRIBUTION.matcher(text).matches() ? text : quoted(text);
    }

    /** A distribution inside a flow mapping, where a comma would end a plain scalar. */
    static String flowDistribution(String text) {
        return PLAIN_DISTRIBUTION.matcher(text).matches() && !text.contains(",") ? text : quoted(text);
    }

    /** A flow mapping of names to text, {@code { x-cohort: beta }}. */
    static String textMap(Map<String, String> texts) {
        StringBuilder out = new StringBuilder("{ ");
        texts.forEach((k, v) -> out.append(out.length() > 2 ? ", " : "").append(key(k)).append(": ").append(scalar(v)));
        return out.append(" }").toString();
    }

    /**
     * Free text: a literal block ({@code |}) when it spans lines, so {@code explain} shows it as
     * written; otherwise, or when a block could not keep it exactly, a double-quoted string.
     */
    private static String text(String text, String indent) {
        boolean block = text.contains("\n") && BLOCK_SAFE.matcher(text).matches();
        if (!block) {
            return quoted(text);
        }
        String body = text.stripTrailing();
        int trailing = text.length() - text.replaceAll("\n+$", "").length();
        if (trailing != text.length() - body.length()) {
            return quoted(text);
        }
        String chomping = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
        StringBuilder out = new StringBuilder(chomping);
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) {
                out.append(indent).append(line);
            }
        }
        out.append("\n".repeat(Math.max(0, trailing - 1)));
        return out.toString();
    }

    static String key(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9_-]*") ? name : quoted(name);
    }

    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : quoted(text);
    }

    /**
     * A YAML double-quoted string. Control characters, YAML's extra line breaks (U+0085, U+2028,
     * U+2029) and the byte-order mark are written as {@code \\uXXXX} escapes, so the text survives
     * exactly.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
