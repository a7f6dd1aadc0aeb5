package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code --emit-k8s-job}: a batch/v1 Indexed Job as the Kubernetes docs describe it (completionMode Indexed,
 * completions, parallelism; each pod's index in JOB_COMPLETION_INDEX), whose container runs shard index + 1 of N
 * into /results/shard-&lt;index&gt; on the results claim.
 */
class SweepK8sJobTest {
    @TempDir
    Path dir;

    @Test
    void theJobIsIndexedWithOneCompletionPerShard() throws IOException {
        Cli cli = Cli.run("sweep", "mmc-check", "--vary", "load.rate=10,20,30", "--set", "duration=20m",
                "--emit-k8s-job", "--shards", "3", "--parallelism", "2", "--image", "registry.example/cmsim:0.1.0",
                "--out", dir.resolve("s").toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(dir.resolve("s")).doesNotExist();
        List<JsonNode> docs = documents(cli.out());
        assertThat(docs).hasSize(1);
        JsonNode job = docs.get(0);
        assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
        assertThat(job.path("kind").asText()).isEqualTo("Job");
        assertThat(job.path("metadata").path("name").asText()).isEqualTo("cmsim-sweep-mmc-check");
        JsonNode spec = job.path("spec");
        assertThat(spec.path("completionMode").asText()).isEqualTo("Indexed");
        assertThat(spec.path("completions").asInt()).isEqualTo(3);
        assertThat(spec.path("parallelism").asInt()).isEqualTo(2);
        JsonNode pod = spec.path("template").path("spec");
        assertThat(pod.path("restartPolicy").asText()).isEqualTo("Never");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("image").asText()).isEqualTo("registry.example/cmsim:0.1.0");
        assertThat(container.path("volumeMounts").get(0).path("mountPath").asText()).isEqualTo("/results");
        assertThat(pod.path("volumes").get(0).path("persistentVolumeClaim").path("claimName").asText())
                .isEqualTo(SweepK8sJob.DEFAULT_CLAIM);
        assertThat(container.path("command").get(0).asText()).isEqualTo("/bin/sh");
        // what the pod of index 1 runs, its words as sh splits them
        List<String> words = wordsOf(container.path("command").get(2).asText(), 1);
        assertThat(words).containsSubsequence("cmsim", "sweep", "mmc-check", "--vary", "load.rate=10,20,30", "--set",
                "duration=20m", "--seed", "7", "--replications", "1", "--shard", "2/3", "--out", "/results/shard-1");
    }

    @Test
    void aScenarioFileTravelsInAConfigMapAndTheImageIsAFlag() throws Exception {
        Path scenario = SweepFrontierTest.scenario();
        Cli cli = Cli.run("sweep", scenario.toString(), "--vary", SweepFrontierTest.TARGET + "=40,60", "--emit-k8s-job",
                "--shards", "2", "--image", "registry.example/cmsim:0.1", "--results-claim", "class-results");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<JsonNode> docs = documents(cli.out());
        assertThat(docs).hasSize(2);
        JsonNode map = docs.get(0);
        assertThat(map.path("kind").asText()).isEqualTo("ConfigMap");
        assertThat(map.path("data").path("hpa-sweep.yaml").asText()).isEqualTo(Files.readString(scenario));
        JsonNode pod = docs.get(1).path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("image").asText()).isEqualTo("registry.example/cmsim:0.1");
        assertThat(pod.path("volumes").get(0).path("persistentVolumeClaim").path("claimName").asText())
                .isEqualTo("class-results");
        assertThat(pod.path("volumes").get(1).path("configMap").path("name").asText())
                .isEqualTo(map.path("metadata").path("name").asText());
        assertThat(wordsOf(container.path("command").get(2).asText(), 0))
                .containsSubsequence("sweep", "/scenario/hpa-sweep.yaml", "--shard", "1/2", "--out", "/results/shard-0");
    }

    private static List<JsonNode> documents(String yaml) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        new YAMLMapper().readerFor(JsonNode.class).readValues(yaml).forEachRemaining(d -> docs.add((JsonNode) d));
        return docs;
    }

    /** Runs the container's script with {@code exec} replaced by printing each word, as pod {@code index} would. */
    private static List<String> wordsOf(String script, int index) throws IOException {
        assertThat(script).startsWith("exec ");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n' " + script.substring("exec ".length()))
                .redirectErrorStream(true);
        builder.environment().put("JOB_COMPLETION_INDEX", Integer.toString(index));
        Process sh = builder.start();
        sh.getOutputStream().close();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return List.of(out.split("\n"));
    }
}
