package io.cloudmart.sim.scenario.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a scenario file or a file it names (samples, traces, rates) as text, refusing at once what
 * would hang or exhaust memory: a pipe (reading a FIFO blocks until someone writes to it), a device
 * ({@code /dev/zero} never ends), a folder, and anything larger than its limit. The size is checked
 * before a byte is read, and the read itself stops one byte past the limit, so a file that grows
 * while it is read (or reports no size, as {@code /proc} files do) cannot get past it either.
 */
final class TextFiles {
    /**
     * Why a file cannot be read. The message is "no such file", or completes "'file' …" ("is a
     * folder, not a CSV file"); {@link #missing} tells which.
     */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean missing;

        Unreadable(String message) {
            this(message, false);
        }

        private Unreadable(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        static Unreadable noSuchFile() {
            return new Unreadable(NO_SUCH_FILE, true);
        }

        /** True when there is no file of that name (the message is then "no such file"). */
        boolean missing() {
            return missing;
        }
    }

    static final String NO_SUCH_FILE = "no such file";

    private TextFiles() {
    }

    /**
     * The UTF-8 text of {@code file}, without a byte-order mark.
     *
     * @param maxBytes the largest size accepted, bytes
     * @param what     what the file should be, for messages ("a scenario file", "a CSV file")
     * @throws Unreadable with a message for the user
     */
    static String read(Path file, long maxBytes, String what) throws Unreadable {
        requireRegularFile(file, what);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(size, maxBytes);
            }
            return SourceText.decode(readAtMost(file, maxBytes));
        } catch (NoSuchFileException e) {
            throw Unreadable.noSuchFile();
        } catch (IOException e) {
            throw new Unreadable("cannot be read: " + IoMessages.describe(e));
        } catch (SourceText.NotText e) {
            throw new Unreadable("is " + e.getMessage());
        }
    }

    private static void requireRegularFile(Path file, String what) throws Unreadable {
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new Unreadable("is a folder, not " + what);
        }
        if (Files.exists(file)) {
            throw new Unreadable("is a device or a pipe, not " + what);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Unreadable("is a symbolic link to something that does not exist");
        }
        throw Unreadable.noSuchFile();
    }

    private static byte[] readAtMost(Path file, long maxBytes) throws IOException, Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(-1, maxBytes);
            }
            return bytes;
        }
    }

    private static Unreadable tooLarge(long size, long maxBytes) {
        String has = size >= 0 ? " (it has " + mebibytes(size) + ")" : "";
        return new Unreadable("is too large: the limit is " + mebibytes(maxBytes) + has);
    }

    /** {@code 4 MiB}, {@code 1.5 MiB}, {@code 312 KiB}: a size for messages. */
    static String mebibytes(long bytes) {
        if (bytes < 1 << 20) {
            return String.format(Locale.US, "%,d KiB", (bytes + 1023) / 1024);
        }
        double mib = bytes / (double) (1 << 20);
        return mib == Math.rint(mib) ? String.format(Locale.US, "%,.0f MiB", mib)
                : String.format(Locale.US, "%,.1f MiB", mib);
    }
}
