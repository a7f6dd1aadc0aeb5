package io.cloudmart.sim.scenario.output;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Which build of cmsim made a run, so {@code cmsim replay} can say "this jar is not the one that
 * made the folder" before a changed default shows up as a changed figure.
 *
 * <p>The fingerprint is the CRC-32 of the jar's central directory (the zip's table of contents:
 * every entry's name, size, CRC-32 of its bytes and time), with the directory's length. Any
 * changed class changes its entry's CRC-32 and so the directory; a rebuild of the same code
 * changes the entries' times, and is then reported as another build, which it is. Reading the
 * directory (1 MB of a 16 MB jar) and its CRC-32 take about a millisecond; a SHA-256 over the
 * entries took 120-460 ms on a cold JVM, too much for every run. CRC-32 is for noticing a change,
 * not for resisting a forger, which is all replay needs. The version string alone would not do: a
 * rebuilt {@code 0.1.0-SNAPSHOT} keeps its version while its code changes.
 */
public final class BuildFingerprint {
    /** What manifest.json says when the classes were not loaded from a jar (tests, an IDE). */
    public static final String NOT_A_JAR = "classes folder";
    /** The end-of-central-directory record: its signature, and where its fields sit (PKWARE APPNOTE 4.3.16). */
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int DIRECTORY_SIZE_AT = 12;
    private static final int DIRECTORY_OFFSET_AT = 16;
    /** A 32-bit size or offset of all ones means the real one is in a ZIP64 record (APPNOTE 4.4.1.4). */
    private static final long ZIP64 = 0xFFFFFFFFL;

    private BuildFingerprint() {
    }

    /** The fingerprint of the jar these classes were loaded from, or {@link #NOT_A_JAR}. */
    public static String ofThisBuild() {
        return jarOf(BuildFingerprint.class).map(jar -> {
            try {
                return of(jar);
            } catch (IOException e) {
                // a jar we run from but cannot read again is no reason to fail the run
                return "unreadable jar";
            }
        }).orElse(NOT_A_JAR);
    }

    /** {@code crc32:} the CRC-32 of {@code jar}'s central directory in hex, {@code /} its length in bytes. */
    public static String of(Path jar) throws IOException {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            int end = tailLength - END_LENGTH;
            while (end >= 0 && tail.getInt(end) != END_SIGNATURE) {
                end--;
            }
            if (end < 0) {
                throw new IOException(jar + " is not a zip file");
            }
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + DIRECTORY_SIZE_AT));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + DIRECTORY_OFFSET_AT));
            if (directorySize == ZIP64 || directoryOffset == ZIP64 || directoryOffset + directorySize > size) {
                throw new IOException(jar + " has a ZIP64 or damaged central directory");
            }
            CRC32 crc = new CRC32();
            crc.update(read(channel, directoryOffset, (int) directorySize));
            return String.format("crc32:%08x/%d", crc.getValue(), directorySize);
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends before its central directory does");
            }
        }
        return buffer.flip();
    }

    private static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
