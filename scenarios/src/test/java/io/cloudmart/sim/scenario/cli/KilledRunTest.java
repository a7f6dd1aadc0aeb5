package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudmart.sim.scenario.ChildJvm;
import static io.cloudmart.sim.scenario.TestFolders.entries;

/**
 * {@code cmsim run} in a child JVM, killed with SIGKILL at several moments or stopped with Ctrl-C:
 * the output folder holds the previous complete run or the new complete one, and the next run
 * leaves no temporary behind.
 */
class KilledRunTest {
    private static final String[] SHORT_RUN = {"--set", "duration=10m", "--set", "warmup=1m", "--quiet"};
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aRunKilledAtAnyMomentLeavesThePreviousRunOrTheNewOne() throws Exception {
        Path target = dir.resolve("out/mmc");
        long start = System.nanoTime();
        assertThat(run(target, 1)).isZero();
        double seconds = (System.nanoTime() - start) / 1e9;
        String firstCsv = Files.readString(target.resolve("timeseries.csv"));
        Path reference = dir.resolve("reference");
        assertThat(run(reference, 2)).isZero();
        String secondCsv = Files.readString(reference.resolve("timeseries.csv"));
        for (int k = 1; k <= KILLS; k++) {
            ChildJvm child = start(target, 2);
            Thread.sleep((long) (1000 * seconds * k / KILLS));
            if (child.isAlive()) {
                child.signal("KILL");
            }
            child.waitFor();
            long seed = seedOfCompleteRun(target);
            assertThat(Files.readString(target.resolve("timeseries.csv"))).isEqualTo(seed == 1 ? firstCsv : secondCsv);
            assertThat(run(target, 1)).isZero();
            assertThat(entries(target.getParent())).containsExactly("mmc");
        }
    }

    @Test
    void ctrlCStopsARunCleanlyAndKeepsThePreviousResults() throws Exception {
        Path target = dir.resolve("out/mmc");
        assertThat(run(target, 1)).isZero();
        ChildJvm child = ChildJvm.start(dir.resolve("logs"), Main.class, "run", "mmc-check", "--out",
                target.toString(), "--seed", "2", "--set", "duration=2000h", "--quiet");
        awaitStaging(target.getParent(), child);
        child.signal("INT");
        assertThat(child.waitFor()).isEqualTo(ExitCode.INTERRUPTED.code());
        assertThat(child.stderr()).contains("interrupted; nothing was written", "still holds the previous results")
                .doesNotContain("Exception", "\tat ");
        assertThat(seedOfCompleteRun(target)).isEqualTo(1);
        assertThat(entries(target.getParent())).containsExactly("mmc");
    }

    /** The seed of the run the folder holds, after checking that all its files are there, whole and of that run. */
    private static long seedOfCompleteRun(Path folder) throws IOException {
        assertThat(entries(folder)).containsExactly("events.jsonl", "manifest.json", "report.html", "results.json",
                "timeseries.csv");
        long seed = new ObjectMapper().readTree(folder.resolve("results.json").toFile()).get("seed").asLong();
        assertThat(new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).get("seed").asLong())
                .as("manifest.json of the same run").isEqualTo(seed);
        String report = Files.readString(folder.resolve("report.html"));
        assertThat(report).endsWith("</html>\n").contains("<dt>seed</dt><dd>" + seed + "</dd>");
        return seed;
    }

    /** Waits (polling the file system, at most a minute) until the child has staged its folder. */
    private static void awaitStaging(Path parent, ChildJvm child) throws Exception {
        for (int i = 0; i < 1200 && child.isAlive(); i++) {
            if (entries(parent).stream().anyMatch(name -> name.contains(".cmsim-new-"))) {
                Thread.sleep(300); // and is well into the simulation
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never staged its output: " + child.stderr());
    }

    private int run(Path target, long seed) throws Exception {
        return start(target, seed).waitFor();
    }

    private ChildJvm start(Path target, long seed) throws IOException {
        String[] args = Stream.concat(Stream.of("run", "mmc-check", "--out", target.toString(), "--seed",
                Long.toString(seed)), Stream.of(SHORT_RUN)).toArray(String[]::new);
        return ChildJvm.start(dir.resolve("logs"), Main.class, args);
    }

}
