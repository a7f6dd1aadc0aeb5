package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.scenario.ChildJvm;

/**
 * {@code cmsim run} without {@code --out}, in a child JVM whose current folder is a temporary one
 * (the default folder is relative to it): a run with overrides goes beside the baseline's folder
 * and leaves it untouched; {@code --out} still wins.
 */
class OverridesFolderRunTest {
    private static final String SHOP = TinyShop.YAML;

    @TempDir
    Path dir;

    private void run(String... args) throws IOException, InterruptedException {
        ChildJvm child = ChildJvm.startIn(dir, dir.resolve("logs"), Main.class, args);
        assertThat(child.waitFor()).as(child.stderr()).isZero();
    }

    @Test
    void aRunWithOverridesWritesBesideTheBaselineWhichSurvives() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SHOP);
        run("run", "tiny.yaml", "--quiet");
        Path baseline = dir.resolve("out/tiny");
        byte[] results = Files.readAllBytes(baseline.resolve("results.json"));
        byte[] manifest = Files.readAllBytes(baseline.resolve("manifest.json"));

        run("run", "tiny.yaml", "--quiet", "--set", "services.api.replicas=2", "--seed", "4");
        Path variant = dir.resolve("out/tiny@set-services.api.replicas=2,seed=4");
        assertThat(variant.resolve("results.json")).exists();
        assertThat(Files.readString(variant.resolve("manifest.json"))).contains("services.api.replicas=2");
        assertThat(Files.readAllBytes(baseline.resolve("results.json"))).isEqualTo(results);
        assertThat(Files.readAllBytes(baseline.resolve("manifest.json"))).isEqualTo(manifest);

        // a later baseline run replaces its own folder only
        run("run", "tiny.yaml", "--quiet");
        assertThat(variant.resolve("results.json")).exists();
        try (var names = Files.list(dir.resolve("out"))) {
            assertThat(names.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("tiny", "tiny@set-services.api.replicas=2,seed=4");
        }
    }

    @Test
    void outStillWinsOverTheOverridesFolder() throws Exception {
        Files.writeString(dir.resolve("tiny.yaml"), SHOP);
        run("run", "tiny.yaml", "--quiet", "--set", "load.rate=6", "--out", "mine");
        assertThat(dir.resolve("mine/results.json")).exists();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
