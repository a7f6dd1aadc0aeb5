package io.cloudmart.sim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.scenario.ChildJvm;
import io.cloudmart.sim.scenario.TestFolders;
import static io.cloudmart.sim.scenario.TestFolders.entries;

/**
 * An output folder holds one complete run or the previous one, whatever moment a writer dies at:
 * a child JVM writes a set and halts (as {@code kill -9} would) at each step of writing in turn.
 */
class OutputFolderCrashTest {
    /** Steps of writing over a previous run: staged, three files, previous aside, swapped, previous removed. */
    private static final int STEPS_OVER_A_PREVIOUS_RUN = 7;
    private static final int ASIDE_STEP = 5;
    /** Steps of writing a folder that did not exist: staged, three files, swapped. */
    private static final int STEPS_INTO_A_NEW_FOLDER = 5;

    @TempDir
    Path dir;

    @Test
    void aWriterKilledAtAnyMomentLeavesThePreviousRunOrTheNewOneNeverAMix() throws Exception {
        Path parent = dir.resolve("out");
        Path target = parent.resolve("shop");
        assertThat(write(target, "first", 0)).isZero();
        assertHolds(target, "first");
        for (int step = 1; step <= STEPS_OVER_A_PREVIOUS_RUN; step++) {
            String label = "second-" + step;
            assertThat(write(target, label, step)).as("died at step " + step).isEqualTo(CrashingWriter.KILLED);
            if (step < ASIDE_STEP) {
                assertHolds(target, "first");
            } else if (step == ASIDE_STEP) {
                // between the two renames: the previous run is whole beside the folder; the next run puts it back
                assertThat(target).doesNotExist();
                OutputFolder.reserve(target).close();
                assertHolds(target, "first");
            } else {
                assertHolds(target, label);
            }
            assertThat(write(target, "first", 0)).isZero();
            assertHolds(target, "first");
            assertThat(entries(parent)).as("after the next run, nothing but the folder").containsExactly("shop");
        }
    }

    @Test
    void aWriterKilledWhileWritingANewFolderLeavesNothingNew() throws Exception {
        Path parent = dir.resolve("fresh");
        Path target = parent.resolve("shop");
        for (int step = 1; step <= STEPS_INTO_A_NEW_FOLDER; step++) {
            assertThat(write(target, "new", step)).isEqualTo(CrashingWriter.KILLED);
            if (step < STEPS_INTO_A_NEW_FOLDER) {
                assertThat(target).doesNotExist();
            } else {
                assertHolds(target, "new");
                StagingNames.deleteTree(target);
            }
        }
        OutputFolder.reserve(target).close();
        assertThat(entries(parent)).as("stale staging folders and locks are cleaned up").isEmpty();
    }

    @Test
    void aFullDiskFailsTheWriteAndLeavesThePreviousRunWhole() throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        assumeTrue(TestFolders.mountTmpfs(mount, "size=96k"), "mounting a tmpfs needs root and CAP_SYS_ADMIN");
        try {
            Path target = mount.resolve("shop");
            try (OutputFolder first = OutputFolder.reserve(target)) {
                first.writeAll(CrashingWriter.files("first"));
            }
            OutputFolder second = OutputFolder.reserve(target);
            Map<OutputFile, String> big = Map.of(OutputFile.REPORT, "x".repeat(200_000));
            OutputFailed failure = org.assertj.core.api.Assertions.catchThrowableOfType(OutputFailed.class,
                    () -> second.writeAll(big));
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).contains("no space left on device", "nothing there was changed");
            assertHolds(target, "first");
            assertThat(entries(mount)).containsExactly("shop");
        } finally {
            TestFolders.unmount(mount);
        }
    }

    @Test
    void aFileSizeLimitFailsTheWriteInAChildAndLeavesNothingBehind() throws Exception {
        Path parent = dir.resolve("limited");
        Path target = parent.resolve("shop");
        assertThat(write(target, "first", 0)).isZero();
        // ulimit -f counts KiB: the report (over 26 KiB) cannot be written, the small files can
        ChildJvm child = ChildJvm.start(dir.resolve("logs"), "ulimit -f 8", CrashingWriter.class,
                target.toString(), "second", "0");
        int status = child.waitFor();
        assertThat(status).as(child.stderr()).isNotZero();
        assertThat(child.stderr()).contains("file too large");
        assertHolds(target, "first");
        OutputFolder.reserve(target).close();
        assertThat(entries(parent)).containsExactly("shop");
    }

    private int write(Path target, String label, int dieAt) throws IOException, InterruptedException {
        return ChildJvm.start(dir.resolve("logs"), CrashingWriter.class, target.toString(), label,
                Integer.toString(dieAt)).waitFor();
    }

    /** The folder holds exactly the files of run {@code label}, each complete. */
    private static void assertHolds(Path target, String label) throws IOException {
        Map<OutputFile, String> expected = CrashingWriter.files(label);
        assertThat(entries(target)).containsExactlyInAnyOrderElementsOf(
                expected.keySet().stream().map(OutputFile::fileName).toList());
        for (Map.Entry<OutputFile, String> file : expected.entrySet()) {
            assertThat(target.resolve(file.getKey().fileName())).hasContent(file.getValue());
        }
    }

}
