package io.cloudmart.sim.scenario.load;

import io.cloudmart.sim.scenario.spec.JourneySpec;
import io.cloudmart.sim.scenario.spec.LoadSpec;
import io.cloudmart.sim.scenario.spec.PodSpec;
import io.cloudmart.sim.scenario.spec.ScenarioSpec;
import io.cloudmart.sim.scenario.spec.ServiceSpec;
import io.cloudmart.sim.scenario.spec.StageSpec;
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
    /** Plain words YAML would read as booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private ScenarioYaml() {
    }

    /** The scenario as YAML text, ending with a newline. */
    public static String toYaml(ScenarioSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(scalar(spec.name())).append('\n');
        out.append("description: ").append(text(spec.description(), "  ")).append('\n');
        out.append("seed: ").append(spec.seed()).append('\n');
        out.append("duration: ").append(Units.formatDuration(spec.durationSeconds())).append('\n');
        out.append("warmup: ").append(Units.formatDuration(spec.warmupSeconds())).append('\n');
        out.append("replications: ").append(spec.replications()).append('\n');
        load(out, spec.load());
        services(out, spec.services());
        return out.toString();
    }

    private static void load(StringBuilder out, LoadSpec load) {
        out.append("load:\n");
        if (load.constantRate()) {
            out.append("  rate: ").append(Units.plain(load.stages().get(0).ratePerSecond())).append('\n');
        } else {
            out.append("  stages:\n");
            for (StageSpec stage : load.stages()) {
                out.append("    - { duration: ").append(Units.formatDuration(stage.durationSeconds()))
                        .append(", rate: ").append(Units.plain(stage.ratePerSecond())).append(" }\n");
            }
        }
        out.append("  journeys:\n");
        for (Map.Entry<String, JourneySpec> e : load.journeys().entrySet()) {
            JourneySpec journey = e.getValue();
            out.append("    ").append(key(e.getKey())).append(": { weight: ").append(Units.plain(journey.weight()))
                    .append(", call: ").append(scalar(journey.call())).append(" }\n");
        }
    }

    private static void services(StringBuilder out, Map<String, ServiceSpec> services) {
        out.append("services:\n");
        for (Map.Entry<String, ServiceSpec> e : services.entrySet()) {
            ServiceSpec service = e.getValue();
            PodSpec pod = service.pod();
            out.append("  ").append(key(e.getKey())).append(":\n");
            out.append("    replicas: ").append(service.replicas()).append('\n');
            out.append("    pod: { cpu: ").append(Units.formatCpuCores(pod.cpuCores()))
                    .append(", memory: ").append(Units.formatMemoryMiB(pod.memoryMiB()))
                    .append(", concurrency: ").append(pod.concurrency()).append(" }\n");
            out.append("    endpoints:\n");
            service.endpoints().forEach((name, endpoint) -> {
                String work = endpoint.work().text();
                out.append("      ").append(key(name)).append(":\n");
                out.append("        work: ").append(PLAIN_DISTRIBUTION.matcher(work).matches() ? work : quoted(work))
                        .append('\n');
            });
        }
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

    private static String key(String name) {
        return name.matches("[A-Za-z0-9][A-Za-z0-9_-]*") ? name : quoted(name);
    }

    private static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT));
        return plain ? text : quoted(text);
    }

    /**
     * A YAML double-quoted string. Control characters, YAML's extra line breaks (U+0085, U+2028,
     * U+2029) and the byte-order mark are written as {@code \\uXXXX} escapes, so the text survives
     * exactly.
     */
    private static String quoted(String text) {
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
