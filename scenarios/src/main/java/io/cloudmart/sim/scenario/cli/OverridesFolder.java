package io.cloudmart.sim.scenario.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The default output folder of a run: {@code out/<scenario-name>/} as it is written, and a folder
 * of its own beside it for a run with overrides, {@code out/<scenario-name>@<tag>/}, so a variant
 * never replaces the baseline's files.
 *
 * <p>Beside, not inside: an output folder is replaced as a whole by the next run into it (the
 * atomic swap of {@code OutputFolder}), and one holding anything but cmsim's files is refused, so
 * variants inside the baseline's folder would be deleted by (or block) the next baseline run.
 *
 * <p>The tag is the overrides as typed, in their order, joined by {@code ,}:
 * {@code set-services.api.replicas=4,load.rate=6}. It keeps letters, digits and {@code . _ = , + -};
 * any other character (a {@code /}, a space, a {@code :}) becomes {@code _}. When a character was
 * replaced, or the tag is longer than {@value #MAX_LENGTH} characters, it is cut and ends in
 * {@code ~} and the first {@value #HASH_HEX} hex digits of the SHA-256 of the overrides, so two
 * different sets of overrides never share a folder.
 */
final class OverridesFolder {
    /** Well below the 255 bytes file systems allow for a name, and short enough to read in a listing. */
    static final int MAX_LENGTH = 64;
    /** 40 bits: a collision between two override sets of one scenario is out of reach. */
    static final int HASH_HEX = 10;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._=,+-]");

    private OverridesFolder() {
    }

    /** {@code root/<name>} without overrides, else {@code root/<name>@<tag>}. */
    static Path of(Path root, String scenarioName, List<String> overrides) {
        return overrides.isEmpty() ? root.resolve(scenarioName) : root.resolve(scenarioName + "@" + tag(overrides));
    }

    /** The overrides' readable, file-system-safe tag; deterministic for the same overrides in the same order. */
    static String tag(List<String> overrides) {
        return safeName("set-" + String.join(",", overrides), String.join("\n", overrides));
    }

    /**
     * {@code typed} as a folder name by the rules above: kept when it is safe and short, else cut and ended with the
     * hash of {@code identity} (what tells two such names apart).
     */
    static String safeName(String typed, String identity) {
        String safe = UNSAFE.matcher(typed).replaceAll("_");
        if (safe.equals(typed) && safe.length() <= MAX_LENGTH) {
            return safe;
        }
        String hash = "~" + sha256(identity).substring(0, HASH_HEX);
        int keep = Math.min(safe.length(), MAX_LENGTH - hash.length());
        return safe.substring(0, keep) + hash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's documentation)
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
