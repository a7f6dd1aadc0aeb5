package io.cloudmart.sim.scenario.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cloudmart.sim.scenario.load.InputLimits;

/**
 * Inputs made to hang or exhaust the tool: each is refused with exit 2 and one message naming the
 * file, at once (the time limit only guards against a hang: a FIFO used to block for ever).
 */
class HostileInputTest {
    /** Far above the fraction of a second these take; a hang guard, not a performance test. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aFifoAsSamplesFileIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("samples.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertRefused(withSamples("samples.csv"), "'samples.csv' is a device or a pipe, not a CSV file");
    }

    @Test
    void devZeroAsSamplesFileIsRefusedInsteadOfFillingMemory() throws Exception {
        assertRefused(withSamples("/dev/zero"), "'/dev/zero' is a device or a pipe");
    }

    @Test
    void aFolderAsSamplesFileIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("folder.csv"));
        assertRefused(withSamples("folder.csv"), "'folder.csv' is a folder, not a CSV file");
    }

    @Test
    void anOverSizeSamplesFileIsRefusedBeforeItIsRead() throws Exception {
        sparseFile(dir.resolve("huge.csv"), InputLimits.DATA_FILE_BYTES + 1);
        assertRefused(withSamples("huge.csv"), "'huge.csv' is too large: the limit is 16 MiB");
    }

    @Test
    void anOverSizeScenarioFileIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.yaml");
        sparseFile(file, 1L << 30);
        assertRefused(file, "huge.yaml: this file is too large: the limit is 1 MiB (it has 1,024 MiB)");
    }

    @Test
    void aScenarioThatIsAFifoIsRefusedInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("scenario.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertRefused(fifo, "this file is a device or a pipe, not a scenario file");
    }

    @Test
    void aRampToAnAbsurdRateIsRefused() throws Exception {
        assertRefused(mmc(), "load.shape.schedule.0.rampTo: must be at most 1000000 requests per second",
                "--set", "load.shape.schedule=[{duration: 1m, rampTo: 1000000000000}]");
    }

    @Test
    void aReplicaCountAboveTheMaximumIsRefused() throws Exception {
        assertRefused(mmc(), "services.api.replicas: must be at most 10000 (got 2147483647)",
                "--set", "services.api.replicas=2147483647");
    }

    @Test
    void aKeyWithAnEscapeSequenceAndANewlineAndAMegabyteValueGiveOneLineEach() throws Exception {
        Path file = dir.resolve("evil.yaml");
        Files.writeString(file, Files.readString(mmc()).replace("seed: 7", "\"se\\e[2J\\nevil.yaml:1:1: fake\": 7"));
        assertRefused(file, "se\\e[2J\\nevil.yaml:1:1: fake");
        assertRefused(mmc(), "\u2026", "--set", "name=" + "X".repeat(1 << 20));
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() {
        Cli cli = Cli.run("run", "mmc-check", "--bo\u001b[31mgus\nfake.yaml:1:1: error");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(cli.err()).contains("Unknown option: '--bo\\e[31mgus\\nfake.yaml:1:1: error'")
                .doesNotContain("\u001b");
    }

    private void assertRefused(Path scenario, String phrase, String... extra) {
        Cli cli = assertTimeoutPreemptively(AT_ONCE, () -> Cli.run(args(scenario, extra)));
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(phrase).doesNotContain("\u001b", "Exception", "\tat ");
        assertThat(cli.err().length()).isLessThan(1_000);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private String[] args(Path scenario, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "run";
        args[1] = scenario.toString();
        args[2] = "--out";
        args[3] = dir.resolve("out").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return args;
    }

    private Path mmc() throws IOException {
        Path file = dir.resolve("mmc.yaml");
        Files.writeString(file, new io.cloudmart.sim.scenario.catalog.Catalog().text("mmc-check").orElseThrow());
        return file;
    }

    private Path withSamples(String samples) throws IOException {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, Files.readString(mmc()).replace("exponential(mean=100ms)",
                "empirical(file=" + samples + ")"));
        return file;
    }

    /** A file of {@code size} bytes that takes no disk space. */
    private static void sparseFile(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }
}
