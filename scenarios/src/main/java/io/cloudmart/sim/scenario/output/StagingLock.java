package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.cloudmart.sim.scenario.load.IoMessages;

/**
 * The lock a live writer holds on its {@code .cmsim-<id>.lock} file, so that another run's
 * clean-up leaves its staging folder alone. The operating system releases it when the process
 * dies, however it dies, which is what tells a stale staging folder from a live one.
 */
final class StagingLock {
    /**
     * The lock files this process holds. Probing one of them with a second channel would release
     * the lock when that channel closes (POSIX locks belong to the process, not the channel), so
     * they are known here instead; the one piece of process-wide state, as the locks themselves are.
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private StagingLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks {@code file}; {@code folder} names the output folder in messages. */
    static StagingLock acquire(Path file, Path folder) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            StagingLock lock = new StagingLock(file, channel, channel.lock());
            HELD_HERE.add(file.toAbsolutePath());
            return lock;
        } catch (IOException e) {
            throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
        }
    }

    /** True when a live process (this one included) holds the lock on {@code file}. */
    static boolean isHeld(Path file) {
        if (HELD_HERE.contains(file.toAbsolutePath())) {
            return true;
        }
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The id the lock's name carries. */
    String id() {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('-') + 1, name.length() - ".lock".length());
    }

    /** Releases the lock and deletes its file; safe to call more than once. */
    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a lock file left behind is unlocked, so the next run's clean-up deletes it
        } finally {
            HELD_HERE.remove(file.toAbsolutePath());
        }
    }
}
