package io.cloudmart.sim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import io.cloudmart.sim.scenario.TestFolders;
import static io.cloudmart.sim.scenario.TestFolders.entries;
import org.junit.jupiter.api.io.TempDir;

/** What an output folder accepts, refuses before a run, and leaves behind. */
class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void aCommittedFolderHoldsTheFilesAndNothingElseIsLeftBeside() throws IOException {
        Path target = dir.resolve("a/b/shop");
        List<OutputFolder.Step> steps = new ArrayList<>();
        Map<OutputFile, Path> written;
        try (OutputFolder output = OutputFolder.reserve(target, steps::add)) {
            written = output.writeAll(CrashingWriter.files("one"));
        }
        assertThat(written.get(OutputFile.REPORT)).isEqualTo(target.resolve("report.html"));
        assertThat(entries(target)).containsExactly("report.html", "results.json", "timeseries.csv");
        assertThat(entries(target.getParent())).containsExactly("shop");
        assertThat(steps).containsExactly(OutputFolder.Step.STAGED, OutputFolder.Step.FILE_WRITTEN,
                OutputFolder.Step.FILE_WRITTEN, OutputFolder.Step.FILE_WRITTEN, OutputFolder.Step.SWAPPED);
    }

    @Test
    void anAbandonedFolderLeavesNothingNew() throws IOException {
        Path target = dir.resolve("shop");
        try (OutputFolder output = OutputFolder.reserve(target)) {
            output.write(OutputFile.RESULTS, "{}");
        }
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aStagingFolderOfALiveWriterIsLeftAloneByAnotherRun() throws IOException {
        Path target = dir.resolve("shop");
        try (OutputFolder live = OutputFolder.reserve(target)) {
            try (OutputFolder other = OutputFolder.reserve(target)) {
                other.writeAll(CrashingWriter.files("other"));
            }
            live.writeAll(CrashingWriter.files("live"));
        }
        assertThat(target.resolve("timeseries.csv")).hasContent("run\nlive\n");
        assertThat(entries(dir)).containsExactly("shop");
    }

    @Test
    void aFolderWithFilesCmsimDidNotWriteIsRefused() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "precious");
        Files.createDirectories(home.resolve("photos"));
        BadOutput refused = catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(home));
        assertThat(refused.getMessage()).contains("holds files cmsim did not write", "thesis.tex", "photos");
        assertThat(home.resolve("thesis.tex")).hasContent("precious");
        assertThat(entries(dir)).containsExactly("home");
    }

    @Test
    void anEarlierRunsFilesAndTheOldWritersTemporariesMayBeReplaced() throws IOException {
        Path old = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(old.resolve("results.json"), "{}");
        Files.writeString(old.resolve(".report.html.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        try (OutputFolder output = OutputFolder.reserve(old)) {
            output.writeAll(CrashingWriter.files("new"));
        }
        assertThat(entries(old)).containsExactly("report.html", "results.json", "timeseries.csv");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(file)).getMessage())
                .contains("this is a file, not a folder");
    }

    @Test
    void aDanglingLinkIsRefusedAndALinkToAFolderIsFollowed() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(dangling)).getMessage())
                .contains("symbolic link", "does not exist");
        Path real = Files.createDirectories(dir.resolve("real/shop"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (OutputFolder output = OutputFolder.reserve(link)) {
            output.writeAll(CrashingWriter.files("linked"));
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(link.resolve("timeseries.csv")).hasContent("run\nlinked\n");
    }

    @Test
    void aNameTooLongIsRefusedBeforeAnythingRuns() {
        Path target = dir.resolve("n".repeat(300));
        assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(target)).getMessage())
                .contains("file name too long");
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void placesThatCannotHoldFoldersAreRefused() {
        assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(Path.of("/proc/cmsim/x")))
                .getMessage()).startsWith("cannot create /proc/cmsim");
        assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(Path.of(""))).getMessage())
                .contains("empty");
    }

    @Test
    void aReadOnlyFileSystemIsRefusedBeforeAnythingRuns() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(TestFolders.mountTmpfs(mount, "ro,size=64k"), "mounting a tmpfs needs root and CAP_SYS_ADMIN");
        try {
            assertThat(catchThrowableOfType(BadOutput.class, () -> OutputFolder.reserve(mount.resolve("shop")))
                    .getMessage()).contains("read-only file system");
        } finally {
            TestFolders.unmount(mount);
        }
    }

}
