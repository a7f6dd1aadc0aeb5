package io.cloudmart.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Escaping and text-to-paragraph conversion for HTML output.
 *
 * <p>Every string that comes from a report document passes through {@link #escape}: titles and
 * descriptions may be written by teachers or copied from scenario files, and the page must show
 * them as text, never interpret them as markup.
 */
public final class Html {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");

    private Html() {}

    /**
     * Returns {@code text} with {@code & < > " '} replaced by character references, safe both as
     * element content and inside single- or double-quoted attribute values; {@code null} becomes the
     * empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    /**
     * Splits free text into paragraphs at blank lines and keeps single line breaks inside a
     * paragraph, returning the paragraphs' escaped HTML (single breaks as {@code <br>}). Leading and
     * trailing blanks are dropped, so text indented in a YAML block renders cleanly.
     */
    static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : BLANK_LINES.split(normalised.strip())) {
            String trimmed = paragraph.strip();
            if (!trimmed.isEmpty()) {
                result.add(String.join("<br>\n", escapeAll(LINE_BREAK.split(trimmed))));
            }
        }
        return result;
    }

    private static List<String> escapeAll(String[] lines) {
        List<String> escaped = new ArrayList<>(lines.length);
        for (String line : lines) {
            escaped.add(escape(line));
        }
        return escaped;
    }
}
