package io.cloudmart.sim.scenario.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFingerprintTest {
    private static final long TIME = 1_700_000_000_000L;

    @TempDir
    Path dir;

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                JarEntry jarEntry = new JarEntry(entry.getKey());
                // one time for all, so that a difference comes from names and contents alone
                jarEntry.setTime(TIME);
                jar.putNextEntry(jarEntry);
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aCopyOfAJarHasItsFingerprintAndItIsTheDirectorysCrc() throws IOException {
        Path one = jar("one.jar", new java.util.TreeMap<>(Map.of("a/A.class", "alpha", "b/B.class", "beta")));
        Path copy = Files.copy(one, dir.resolve("copy.jar"));
        assertThat(BuildFingerprint.of(copy)).isEqualTo(BuildFingerprint.of(one)).matches("crc32:[0-9a-f]{8}/[0-9]+");
    }

    @Test
    void oneChangedClassChangesTheFingerprint() throws IOException {
        // same name and size, other bytes: only the entry's CRC-32 in the directory tells them apart
        String before = BuildFingerprint.of(jar("before.jar", Map.of("a/A.class", "alpha")));
        assertThat(BuildFingerprint.of(jar("after.jar", Map.of("a/A.class", "alphb")))).isNotEqualTo(before);
        assertThat(BuildFingerprint.of(jar("renamed.jar", Map.of("a/B.class", "alpha")))).isNotEqualTo(before);
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("not.jar"), "hello");
        assertThatThrownBy(() -> BuildFingerprint.of(text)).isInstanceOf(IOException.class).hasMessageContaining("not a zip");
    }

    @Test
    void classesNotLoadedFromAJarAreSaidToBeAClassesFolder() {
        // the tests run from target/classes
        assertThat(BuildFingerprint.ofThisBuild()).isEqualTo(BuildFingerprint.NOT_A_JAR);
    }
}
