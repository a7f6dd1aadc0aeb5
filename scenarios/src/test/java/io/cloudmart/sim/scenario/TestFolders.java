package io.cloudmart.sim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test fixture: what a folder holds, and small file systems to fill up or write-protect. */
public final class TestFolders {
    private TestFolders() {
    }

    /** The names in {@code folder}, sorted; none when it does not exist. */
    public static List<String> entries(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Mounts a tmpfs at {@code at} with mount {@code options} ({@code size=96k}, {@code ro,size=64k});
     * false where mounting is not allowed (it needs root and CAP_SYS_ADMIN), so the test can skip.
     */
    public static boolean mountTmpfs(Path at, String options) throws InterruptedException {
        try {
            return new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                    .redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    public static void unmount(Path at) throws IOException, InterruptedException {
        new ProcessBuilder("umount", at.toString()).redirectErrorStream(true).start().waitFor();
    }
}
