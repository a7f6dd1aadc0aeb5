package io.cloudmart.sim.scenario.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * How {@link MutatedCatalogTest} shows text that may hold control and bidi characters, or bytes that
 * are not UTF-8: escaped and cut short, so that a mutant's description and a failure report stay
 * readable (and cannot recolour or reorder the console they are printed on).
 */
final class ShownText {
    /** Shown text is cut after this many chars. */
    static final int SHOWN_CHARS = 240;
    private static final int BRIEF_CHARS = 40;

    private ShownText() {
    }

    /** C0 controls (tab and CR included), DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
    static boolean isRawControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Bytes (one Latin-1 char each) shown as the UTF-8 text they spell, invalid bytes as U+FFFD. */
    static String shownBytes(String bytes) {
        return shown(new String(bytes.getBytes(ISO_8859_1), UTF_8));
    }

    static String brief(String text) {
        return text.length() <= BRIEF_CHARS ? text : text.substring(0, BRIEF_CHARS / 2) + "…(" + text.length() + " chars)";
    }

    /** {@code text} with control and bidi characters escaped, cut to a readable length. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (shown.length() >= SHOWN_CHARS) {
                return shown.append("…(").append(text.length()).append(" chars)").toString();
            }
            shown.append(isRawControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return shown.toString();
    }
}
