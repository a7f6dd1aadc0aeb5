package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the hidden entries an {@link OutputFolder} keeps beside its target, and their
 * clean-up: for target {@code out/shop}, the staging folder {@code out/.shop.cmsim-new-<id>}, the
 * previous run set aside {@code out/.shop.cmsim-old-<id>}, and the lock {@code out/.shop.cmsim-<id>.lock}
 * that marks the writer as alive.
 */
final class StagingNames {
    /** Longest part of the target's name repeated in the hidden names, so they stay within the file system's limit. */
    private static final int NAME_PART = 100;
    private static final int ID_BYTES = 6;
    private static final SecureRandom IDS = new SecureRandom();

    private final Path target;
    private final Path parent;
    private final String prefix;
    private final Pattern entry;

    StagingNames(Path target) {
        this.target = target;
        this.parent = target.getParent();
        String name = target.getFileName().toString();
        this.prefix = "." + name.substring(0, Math.min(name.length(), NAME_PART)) + ".cmsim-";
        this.entry = Pattern.compile(Pattern.quote(prefix) + "(?:(new|old)-)?([0-9a-f]{" + 2 * ID_BYTES + "})(\\.lock)?");
    }

    static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        IDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    Path staging(String id) {
        return parent.resolve(prefix + "new-" + id);
    }

    Path aside(String id) {
        return parent.resolve(prefix + "old-" + id);
    }

    Path lockFile(String id) {
        return parent.resolve(prefix + id + ".lock");
    }

    /**
     * Puts back a previous run that a commit killed between its two renames left aside (when the
     * target is missing), then deletes every staging folder, set-aside folder and lock of a writer
     * that is no longer alive.
     */
    void recoverAndCleanUp() throws IOException {
        List<Path> stale = new ArrayList<>();
        List<Path> asides = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path path : entries) {
                Matcher m = entry.matcher(path.getFileName().toString());
                if (!m.matches() || StagingLock.isHeld(lockFile(m.group(2)))) {
                    continue;
                }
                ("old".equals(m.group(1)) ? asides : stale).add(path);
            }
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !asides.isEmpty()) {
            asides.sort(Comparator.comparing(StagingNames::modified).reversed());
            Files.move(asides.remove(0), target, StandardCopyOption.ATOMIC_MOVE);
        }
        stale.addAll(asides);
        for (Path path : stale) {
            deleteTree(path);
        }
    }

    /** Deletes {@code root} and everything below it, without following links; absent is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
