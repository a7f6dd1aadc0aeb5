package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a release meets the start of the run: a Flagger canary's pods at the start (its primary's replicas, none of the
 * canary) are the ones the start's placement check counts, and a promote typed before Argo CD's sync started the
 * update is dropped rather than skipping a step of it. Found by review of the merged release loops.
 */
class ReleaseStartTest {
    private static final String CLUSTER = "cluster:\n  nodePools:\n    - { name: general, instanceType: m5.2xlarge,"
            + " initialNodes: 2, minNodes: 2, maxNodes: 8 }\n  autoscaler: { type: cluster-autoscaler }\n";

    @TempDir
    Path dir;

    private String resource(String name) throws IOException {
        try (InputStream in = ReleaseStartTest.class.getResourceAsStream("/load/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Cli run(String yaml, String... sets) throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, yaml);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", file.toString(), "--quiet",
                "--out", dir.resolve("out").toString()));
        for (String set : sets) {
            args.add("--set");
            args.add(set);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aFlaggerCanarysStartIsCheckedAsTheRunPlacesIt() throws IOException {
        String flagger = resource("flagger.yaml") + CLUSTER;
        // 12 primary pods do not fit 2 nodes: one clear message, not an internal error
        Cli tooMany = run(flagger.replace("    startAt: 2m\n", "    startAt: 2m\n    replicas: 12\n"));
        assertThat(tooMany.exitCode()).as(tooMany.err()).isEqualTo(2);
        assertThat(tooMany.err()).contains("do not fit the initial nodes").doesNotContain("internal error");
        // the 8 replicas declared for v2 are not started (the canary begins at zero): the run starts
        Cli declared = run(flagger.replace("v2: { replicas: 1, errorRate: 0.1 }", "v2: { replicas: 8, errorRate: 0.1 }"));
        assertThat(declared.exitCode()).as(declared.err()).isZero();
    }

    @Test
    void aPromoteBeforeArgoCdStartedTheUpdateIsDropped() throws IOException {
        String yaml = resource("rollout.yaml").replace("    startAt: 2m\n", "")
                .replace("v2: { replicas: 1, errorRate: 0.1 }", "v2: { replicas: 1 }")
                .replace("promote: [10m]", "promote: [1m30s, 12m]")
                + "gitops:\n  automated: {}\n  commits:\n    - { at: 1m, rollout: api }\n";
        Cli cli = run(yaml);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        StoryRun story = StoryRun.of(dir.resolve("story"), dir.resolve("s.yaml").toString());
        JsonNode r = story.results().at("/rollouts/api");
        double started = r.get("startedAtSeconds").asDouble();
        // Argo CD reads Git at least 2 min after the run began: the update starts after 1m30s
        assertThat(started).isGreaterThan(90).isEqualTo(r.at("/steps/0/startSeconds").asDouble());
        assertThat(story.events("rollout/api", "promoteBeforeUpdate")).singleElement()
                .satisfies(e -> assertThat(e.at("/inputs/promoteAtSeconds").asDouble()).isEqualTo(90));
        // the first step is not skipped: it waits for its pod, and the 12 min promote ends the last, indefinite pause
        assertThat(r.at("/steps/1/startSeconds").asDouble()).isGreaterThan(started);
        assertThat(r.get("outcome").asText()).isEqualTo("promoted");
        assertThat(story.events("rollout/api", "promote")).singleElement()
                .satisfies(e -> assertThat(e.get("timeSeconds").asDouble()).isEqualTo(720));
    }
}
