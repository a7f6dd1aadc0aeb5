package io.cloudmart.sim.scenario.output;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * manifest.json: what a run was, so its folder says how to make it again — the tool, the scenario
 * (where from, a hash of its text, the overrides, the scenario as it ran), the seed and
 * replications, the Java it ran on and when it started. Only {@code startedAt} depends on the
 * moment of the run: two runs of the same inputs on the same jar and Java differ there alone.
 *
 * @param toolVersion      what {@code cmsim --version} prints
 * @param toolBuild        which build of that version: {@link BuildFingerprint}
 * @param origin           the scenario's source and hash
 * @param overrides        the {@code --set path=value} strings, in the order given
 * @param resolvedScenario the scenario as {@code cmsim explain} prints it (YAML, every default filled in)
 * @param seed             the seed the run used
 * @param replications     the replications asked for
 * @param javaVersion      {@code java.version} of the JVM that ran it
 * @param javaVendor       {@code java.vendor} of that JVM
 * @param startedAt        when the run started
 */
public record RunManifest(String toolVersion, String toolBuild, ScenarioOrigin origin, List<String> overrides, String resolvedScenario,
                          long seed, int replications, String javaVersion, String javaVendor, Instant startedAt) {
    public RunManifest {
        overrides = List.copyOf(overrides);
    }

    /** The build and the Java this process runs on. */
    public static RunManifest onThisJvm(String toolVersion, ScenarioOrigin origin, List<String> overrides,
                                        String resolvedScenario, long seed, int replications, Instant startedAt) {
        return new RunManifest(toolVersion, BuildFingerprint.ofThisBuild(), origin, overrides, resolvedScenario, seed, replications,
                System.getProperty("java.version"), System.getProperty("java.vendor"), startedAt);
    }

    public ObjectNode json() {
        ObjectNode root = ResultsJson.mapper().createObjectNode();
        root.put("tool", toolVersion);
        root.put("toolBuild", toolBuild);
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("source", origin.kind().jsonName());
        scenario.put("name", origin.name());
        scenario.put("sha256", origin.sha256());
        root.set("overrides", array(overrides));
        root.put("seed", seed);
        root.put("replications", replications);
        ObjectNode java = root.putObject("java");
        java.put("version", javaVersion);
        java.put("vendor", javaVendor);
        // whole milliseconds in UTC (ISO 8601, 'Z'): finer would only suggest a precision the start has not
        root.put("startedAt", startedAt.truncatedTo(ChronoUnit.MILLIS).toString());
        root.put("resolvedScenario", resolvedScenario);
        return root;
    }

    public String toJson() {
        return ResultsJson.toJson(json());
    }

    /** The overrides as a JSON array of strings, as results.json and manifest.json both hold them. */
    static ArrayNode array(List<String> overrides) {
        ArrayNode array = ResultsJson.mapper().createArrayNode();
        overrides.forEach(array::add);
        return array;
    }
}
