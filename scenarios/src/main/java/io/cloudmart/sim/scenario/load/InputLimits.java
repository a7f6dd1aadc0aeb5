package io.cloudmart.sim.scenario.load;

/**
 * The sizes of input the loader accepts, each checked before the input is parsed, so that no file
 * can make {@code validate} hang or run out of memory. They are far above what a hand-written
 * scenario needs (the largest bundled one is a few KiB) and documented in
 * {@code docs/scenario-reference.md}.
 */
public final class InputLimits {
    /**
     * Largest scenario file, bytes: hundreds of times the largest bundled one, and small enough
     * that even a file of nothing but unknown keys (about 50,000 of them) is read, checked and
     * refused within a second or two and a few tens of MB.
     */
    public static final long SCENARIO_BYTES = 1L << 20;
    /**
     * Largest file a scenario reads (empirical samples, rate traces, replayed arrivals), bytes:
     * about 1.5 million replayed timestamps.
     */
    public static final long DATA_FILE_BYTES = 16L << 20;
    /**
     * Longest line of a scenario file, characters. The YAML reader's time grows with the square of
     * a one-line scalar's length (measured with SnakeYAML 2.5, warm: 2 ms at 64 Ki characters,
     * 23 ms at 256 Ki, 0.4 s at 1 Mi, 7 s at 4 Mi), while scalars over many lines and many short
     * keys stay linear (a 4 MiB block scalar in 50 ms). A one-line (minified) JSON scenario of
     * realistic size, 20 to 50 KB, is below this.
     */
    public static final int LINE_CHARS = 64 * 1024;
    /** Deepest nesting of mappings and lists; the deepest the schema needs is about a dozen. */
    public static final int NESTING_DEPTH = 64;

    private InputLimits() {
    }

    /**
     * Reports the first line longer than {@link #LINE_CHARS}; returns false when there is one.
     * Runs in one pass over the text, before the parser sees it.
     */
    static boolean checkLines(String text, Problems problems) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int length = i - start;
                if (length > LINE_CHARS) {
                    problems.atPosition(line, LINE_CHARS + 1, "", String.format(java.util.Locale.US,
                            "line %,d is %,d characters long; lines may hold at most %,d (break the value over"
                                    + " several lines, or split the file)", line, length, LINE_CHARS));
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }
}
