package io.cloudmart.sim.scenario.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code cmsim sweep … --emit-k8s-job}: a Kubernetes Indexed Job (batch/v1, {@code completionMode: Indexed}) that
 * runs one shard per completion index. Kubernetes gives each pod its index in {@code JOB_COMPLETION_INDEX} (0 to
 * completions − 1), and the container runs {@code cmsim sweep … --shard $((JOB_COMPLETION_INDEX+1))/N --out
 * /results/shard-<index>} on a volume of results, which {@code cmsim sweep merge} then joins. A scenario given as
 * a file travels in a ConfigMap mounted at /scenario, so the image needs only cmsim.
 */
final class SweepK8sJob {
    /** The PersistentVolumeClaim the shards write to unless --results-claim says otherwise. */
    static final String DEFAULT_CLAIM = "cmsim-results";
    private static final String SCENARIO_MOUNT = "/scenario";

    private SweepK8sJob() {
    }

    /**
     * The YAML: a ConfigMap when the scenario is a file, then the Job.
     *
     * @param id           the sweep (its grid, overrides, seed and replications are passed on explicitly, so every
     *                     shard runs the same sweep)
     * @param scenarioText the scenario file's text, or null for a bundled scenario
     */
    static String yaml(SweepIdentity id, String scenarioText, int shards, int parallelism, String image, String claim) {
        String name = jobName(id.name());
        boolean file = scenarioText != null;
        String scenarioArg = file ? SCENARIO_MOUNT + "/" + fileName(id.scenario()) : id.scenario();
        List<String> args = new ArrayList<>(List.of("cmsim", "sweep", scenarioArg));
        for (SweepAxis axis : id.grid().axes()) {
            args.add("--vary");
            args.add(axis.path() + "=" + String.join(",", axis.values()));
        }
        for (String set : id.overrides()) {
            args.add("--set");
            args.add(set);
        }
        args.addAll(List.of("--seed", Long.toString(id.seed()), "--replications", Integer.toString(id.replications()),
                "--quiet"));
        StringBuilder script = new StringBuilder("exec");
        args.forEach(a -> script.append(' ').append(quoted(a)));
        // unquoted: sh expands the index, and the expansions hold no spaces
        script.append(" --shard $((JOB_COMPLETION_INDEX+1))/").append(shards)
                .append(" --out /results/shard-$JOB_COMPLETION_INDEX");

        YAMLMapper yaml = new YAMLMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).disable(YAMLGenerator.Feature.SPLIT_LINES));
        ObjectNode job = yaml.createObjectNode();
        job.put("apiVersion", "batch/v1");
        job.put("kind", "Job");
        ObjectNode metadata = job.putObject("metadata");
        metadata.put("name", name);
        metadata.putObject("labels").put("app.kubernetes.io/name", "cmsim-sweep");
        ObjectNode spec = job.putObject("spec");
        spec.put("completionMode", "Indexed");
        spec.put("completions", shards);
        spec.put("parallelism", parallelism);
        ObjectNode pod = spec.putObject("template").putObject("spec");
        pod.put("restartPolicy", "Never");
        ObjectNode container = pod.putArray("containers").addObject();
        container.put("name", "cmsim");
        container.put("image", image);
        ArrayNode command = container.putArray("command");
        command.add("/bin/sh").add("-c").add(script.toString());
        ArrayNode mounts = container.putArray("volumeMounts");
        mounts.addObject().put("name", "results").put("mountPath", "/results");
        ArrayNode volumes = pod.putArray("volumes");
        volumes.addObject().put("name", "results").putObject("persistentVolumeClaim").put("claimName", claim);
        if (file) {
            mounts.addObject().put("name", "scenario").put("mountPath", SCENARIO_MOUNT).put("readOnly", true);
            volumes.addObject().put("name", "scenario").putObject("configMap").put("name", name + "-scenario");
        }
        StringBuilder out = new StringBuilder();
        out.append("# ").append(id.tool()).append(": sweep of ").append(id.name()).append(", ").append(id.grid().size())
                .append(" points in ").append(shards).append(" shards (seed ").append(id.seed()).append(", ")
                .append(id.replications()).append(id.replications() == 1 ? " replication).\n" : " replications).\n")
                .append("# kubectl apply -f this file; the claim ").append(claim).append(" must exist (ReadWriteMany when")
                .append(" pods of the Job run on several nodes).\n")
                .append("# When the Job is complete, copy /results off the volume and run:")
                .append(" cmsim sweep merge results/shard-* --out <dir>\n");
        try {
            if (file) {
                ObjectNode map = yaml.createObjectNode();
                map.put("apiVersion", "v1");
                map.put("kind", "ConfigMap");
                map.putObject("metadata").put("name", name + "-scenario");
                map.putObject("data").put(fileName(id.scenario()), scenarioText);
                out.append("---\n").append(yaml.writeValueAsString(map));
            }
            out.append("---\n").append(yaml.writeValueAsString(job));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A DNS-1123 label, short enough that Kubernetes' pod hostnames ({@code <job>-<index>}) stay within 63. */
    static String jobName(String scenarioName) {
        String cleaned = scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-")
                .replaceAll("^-|-$", "");
        String name = "cmsim-sweep-" + cleaned;
        return name.length() > 50 ? name.substring(0, 50).replaceAll("-$", "") : name;
    }

    /** The file's name as a ConfigMap key (letters, digits, '-', '_', '.'). */
    private static String fileName(String path) {
        String name = Path.of(path).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "scenario.yaml" : name;
    }

    /** {@code text} as one word for sh: as it is when it holds only safe characters, else in single quotes. */
    static String quoted(String text) {
        if (text.matches("[A-Za-z0-9_./=,:@%+-]+")) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
