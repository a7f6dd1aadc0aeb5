package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.Map;

import io.cloudmart.sim.scenario.load.IoMessages;

/**
 * An output folder that holds one complete run or nothing new.
 *
 * <p>{@link #reserve} checks, before anything runs, that the folder can be written, and creates a
 * staging folder beside it ({@code .<name>.cmsim-new-<id>}). The run's files are written there
 * and flushed to disk; {@link #commit} then moves the previous folder aside
 * ({@code .<name>.cmsim-old-<id>}), renames the staging folder into place and deletes the previous
 * one. A process killed at any moment leaves the previous set or the new set in place, never a
 * mix of the two; only between the two renames (microseconds) is the folder absent, with the
 * previous set whole beside it, and the next run into the folder puts it back before anything
 * else. Staging folders of runs that died are deleted by the next run; one that a live process
 * still writes is recognised by the lock it holds and left alone.
 *
 * <p>Closing an uncommitted folder (a failed run, a write error, Ctrl-C through a shutdown hook)
 * deletes what was staged, so nothing half-done stays behind.
 */
public final class OutputFolder implements AutoCloseable {
    /** The moments of writing, in order; {@link Observer}s hear of each (tests stop the process there). */
    public enum Step {
        /** The staging folder exists and is locked. */
        STAGED,
        /** One file is written and flushed into the staging folder. */
        FILE_WRITTEN,
        /** The previous run's folder has been renamed aside. */
        PREVIOUS_MOVED_ASIDE,
        /** The staging folder has been renamed into place: the new run is visible. */
        SWAPPED,
        /** The previous run's folder is deleted. */
        PREVIOUS_REMOVED
    }

    /** The folder was abandoned (the JVM is stopping after Ctrl-C) while a run still wrote to it. */
    public static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned(Path target) {
            super("the output folder " + target + " was abandoned: cmsim is stopping");
        }
    }

    /** Hears of each {@link Step} as it is reached. */
    @FunctionalInterface
    public interface Observer {
        Observer NONE = step -> { };

        void reached(Step step);
    }

    /** The folder as the user named it, for messages and the paths shown. */
    private final Path given;
    /** Where it really is: absolute, and where a symbolic link leads. */
    private final Path target;
    private final StagingNames names;
    private final Path staging;
    private final StagingLock lock;
    private final Observer observer;
    private final Map<OutputFile, Path> written = new EnumMap<>(OutputFile.class);
    private final Thread onShutdown = new Thread(this::abandonAtShutdown, "cmsim output cleanup");
    private Runnable onInterrupt = () -> { };
    private boolean committed;
    private boolean abandoned;

    private OutputFolder(Path given, Path target, StagingNames names, Path staging, StagingLock lock,
                         Observer observer) {
        this.given = given;
        this.target = target;
        this.names = names;
        this.staging = staging;
        this.lock = lock;
        this.observer = observer;
    }

    /** {@link #reserve(Path, Observer)} without an observer. */
    public static OutputFolder reserve(Path folder) {
        return reserve(folder, Observer.NONE);
    }

    /**
     * Checks that {@code folder} can take a run's files and stages them beside it; puts back a
     * previous run that a killed commit left aside, and deletes stale staging folders.
     *
     * @throws BadOutput when the folder cannot be used, with a message for the user
     */
    public static OutputFolder reserve(Path folder, Observer observer) {
        Path target = FolderCheck.usableTarget(folder);
        StagingNames names = new StagingNames(target);
        FolderCheck.createParent(folder, target);
        try {
            names.recoverAndCleanUp();
        } catch (IOException e) {
            throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
        }
        FolderCheck.probeName(folder, target);
        String id = StagingNames.newId();
        StagingLock lock = StagingLock.acquire(names.lockFile(id), folder);
        Path staging = names.staging(id);
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            lock.release();
            throw new BadOutput("cannot write to " + folder + ": " + IoMessages.describe(e));
        }
        OutputFolder reserved = new OutputFolder(folder, target, names, staging, lock, observer);
        Runtime.getRuntime().addShutdownHook(reserved.onShutdown);
        observer.reached(Step.STAGED);
        return reserved;
    }

    /** Where the files will be once committed, as the user named it. */
    public Path folder() {
        return given;
    }

    /** Writes {@code file} into the staging folder and flushes it to disk. */
    public synchronized void write(OutputFile file, String text) throws IOException {
        requireOpen();
        Path path = staging.resolve(file.fileName());
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        written.put(file, given.resolve(file.fileName()));
        observer.reached(Step.FILE_WRITTEN);
    }

    /**
     * Puts the staged files in place of the previous run, in one rename.
     *
     * @return where each written file now is
     * @throws IOException when the swap fails; the previous run is then left (or put back) in place
     */
    public synchronized Map<OutputFile, Path> commit() throws IOException {
        requireOpen();
        Path aside = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            aside = names.aside(lock.id());
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            observer.reached(Step.PREVIOUS_MOVED_ASIDE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        observer.reached(Step.SWAPPED);
        if (aside != null) {
            StagingNames.deleteTree(aside);
            observer.reached(Step.PREVIOUS_REMOVED);
        }
        finish();
        return java.util.Collections.unmodifiableMap(new EnumMap<>(written));
    }

    /**
     * Writes every file and commits them.
     *
     * @throws OutputFailed when a file cannot be written or the swap fails; what was staged is
     *                      deleted and the previous run is unchanged
     */
    public Map<OutputFile, Path> writeAll(Map<OutputFile, String> files) {
        try {
            for (Map.Entry<OutputFile, String> file : files.entrySet()) {
                write(file.getKey(), file.getValue());
            }
            return commit();
        } catch (IOException e) {
            close();
            throw new OutputFailed(given, e);
        }
    }

    /**
     * Runs {@code action} if the JVM stops (Ctrl-C) before the commit, after the staged files are
     * deleted: to say so.
     */
    public synchronized void onInterrupt(Runnable action) {
        this.onInterrupt = action;
    }

    /** Deletes what was staged unless it was committed; safe to call more than once. */
    @Override
    public void close() {
        abandon();
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it did the same work
        }
    }

    private synchronized void abandonAtShutdown() {
        if (abandon()) {
            onInterrupt.run();
        }
    }

    /** True when this call deleted the staged files. */
    private synchronized boolean abandon() {
        if (committed || abandoned) {
            return false;
        }
        abandoned = true;
        try {
            StagingNames.deleteTree(staging);
        } catch (IOException e) {
            // left for the next run's clean-up, which recognises it by its name and missing lock
        }
        finish();
        return true;
    }

    private void finish() {
        lock.release();
    }

    private void requireOpen() {
        if (abandoned) {
            throw new Abandoned(given);
        }
        if (committed) {
            throw new IllegalStateException("the output folder " + target + " is already committed");
        }
    }
}
