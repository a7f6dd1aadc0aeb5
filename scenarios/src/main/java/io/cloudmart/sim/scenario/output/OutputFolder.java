package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a run's files into its output folder, each atomically: the text goes to a temporary file
 * in the same folder, which is then renamed over the target, so a reader never sees half a file
 * and an interrupted run leaves the previous results whole.
 */
public final class OutputFolder {
    private final Path folder;

    public OutputFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Writes every file (name → UTF-8 text); returns the written paths in the same order. */
    public Map<String, Path> writeAll(Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> written = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            written.put(file.getKey(), write(file.getKey(), file.getValue()));
        }
        return written;
    }

    private Path write(String name, String text) throws IOException {
        Path target = folder.resolve(name);
        // a unique hidden name beside the target, created with the usual permissions (not createTempFile's 0600)
        Path temp = folder.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
