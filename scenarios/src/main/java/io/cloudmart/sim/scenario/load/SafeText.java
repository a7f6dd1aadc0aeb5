package io.cloudmart.sim.scenario.load;

/**
 * Makes text from a scenario file or the command line safe to print in a message: short enough to
 * read, and unable to forge extra message lines or to drive the terminal.
 *
 * <p>A scenario may come from anyone (a classmate, a download), and its keys and values are
 * echoed in messages. A newline in a key would start what looks like a second message; an ESC
 * sequence would recolour or clear the terminal; a bidi override (U+202E) would show the text in
 * another order than it has. So every control character, C1 control, bidi control, line or
 * paragraph separator and zero-width character is shown as a visible escape ({@code \n},
 * {@code \e}, {@code \u202e}), and a value is cut to {@link #MAX_SHOWN} characters with "…".
 */
public final class SafeText {
    /** Most characters of one echoed value (a key, a value, a name) before it is cut with "…". */
    public static final int MAX_SHOWN = 80;

    private static final char ELLIPSIS = '\u2026';

    private SafeText() {
    }

    /** {@code text} cut to {@link #MAX_SHOWN} characters and with its invisible characters escaped. */
    public static String shown(String text) {
        return escape(cut(text, MAX_SHOWN));
    }

    /**
     * {@code text} cut to at most {@code max} code points, the last of them "…" when something was
     * cut; a surrogate pair is never split.
     */
    public static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + ELLIPSIS;
    }

    /** {@code text} with every character that is invisible or moves the cursor shown as an escape. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\u001b':
                return "\\e";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        }
        if (isInvisible(c) || isLoneSurrogate(text, i)) {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }

    /** C1 controls, bidi controls, line and paragraph separators, zero-width characters and the BOM. */
    private static boolean isInvisible(char c) {
        return c >= 0x80 && c <= 0x9f
                || c == 0x061c || c == 0x200b || c == 0x200c || c == 0x200d || c == 0x200e || c == 0x200f
                || c >= 0x2028 && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069
                || c == 0xfeff;
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
