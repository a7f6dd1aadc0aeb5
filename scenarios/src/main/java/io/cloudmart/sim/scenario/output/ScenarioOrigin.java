package io.cloudmart.sim.scenario.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a run's scenario came from and a fingerprint of its text, so a folder can be traced back
 * to (and checked against) the scenario that made it.
 *
 * @param kind   a bundled catalog scenario or a file
 * @param name   the catalog name, or the file's path as the user gave it
 * @param sha256 lower-case hex SHA-256 of the scenario's text in UTF-8 (a byte-order mark dropped),
 *               before any {@code --set}
 */
public record ScenarioOrigin(Kind kind, String name, String sha256) {
    /** How the scenario was named on the command line. */
    public enum Kind {
        CATALOG("catalog"),
        FILE("file");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    /** The origin of a scenario read from {@code text}. */
    public static ScenarioOrigin of(Kind kind, String name, String text) {
        return new ScenarioOrigin(kind, name, sha256(text));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's documentation)
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
