package io.cloudmart.sim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: starts a class's {@code main} in a child JVM on the tests' class path, for tests
 * that kill a process, send it a signal, or limit what it may write.
 */
public final class ChildJvm {
    /** Longest a child may take before the test gives up on it (a hang guard, not a timing test). */
    private static final long TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Path stderr;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** Starts {@code mainClass} with {@code args}; stdout and stderr go to files in {@code dir}. */
    public static ChildJvm start(Path dir, Class<?> mainClass, String... args) throws IOException {
        return start(dir, null, mainClass, args);
    }

    /**
     * Starts {@code mainClass} under {@code bash -c '<shellPrefix>; exec java …'}, e.g. with
     * {@code ulimit -f 64} to make writes beyond 64 KiB fail.
     */
    public static ChildJvm start(Path dir, String shellPrefix, Class<?> mainClass, String... args) throws IOException {
        return start(null, dir, shellPrefix, mainClass, args);
    }

    /** {@link #start(Path, Class, String...)} with {@code workingDir} as the child's current folder (for relative defaults). */
    public static ChildJvm startIn(Path workingDir, Path dir, Class<?> mainClass, String... args) throws IOException {
        return start(workingDir, dir, null, mainClass, args);
    }

    private static ChildJvm start(Path workingDir, Path dir, String shellPrefix, Class<?> mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Djava.awt.headless=true", "-Xshare:auto",
                "-cp", classPath(), mainClass.getName()));
        command.addAll(List.of(args));
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix).append("; exec");
            for (String part : command) {
                line.append(" '").append(part.replace("'", "'\\''")).append('\'');
            }
            command = List.of("bash", "-c", line.toString());
        }
        Files.createDirectories(dir);
        Path stderr = Files.createTempFile(dir, "child", ".err");
        Process process = new ProcessBuilder(command)
                .directory(workingDir == null ? null : workingDir.toFile())
                .redirectOutput(Files.createTempFile(dir, "child", ".out").toFile())
                .redirectError(stderr.toFile())
                .start();
        return new ChildJvm(process, stderr);
    }

    /** Waits for the child to end and returns its exit status. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not end within " + TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /** Sends the child a signal ({@code KILL}, {@code INT}, {@code TERM}) as {@code kill -SIG pid} would. */
    public void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the child wrote to stderr so far. */
    public String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The tests' class path: surefire's full list when it gives one, else this JVM's. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
