package io.cloudmart.sim.model.load.shape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Reads the numeric rows of a small CSV text for the trace shapes, and reports every bad row by
 * its line number (1-based, counting every physical line).
 *
 * <p>Format: fields separated by commas, spaces around them ignored; blank lines and lines whose
 * first non-blank character is {@code #} are skipped; a leading UTF-8 byte-order mark is ignored.
 * The first remaining line is a header, and skipped, when it starts with a letter (for example
 * {@code timestamp} or {@code time,rps}); every other line must hold plain decimal numbers
 * ({@code 12}, {@code -0.5}, {@code 1.5e3}; no {@code NaN}, {@code Infinity}, hex or suffixes).
 */
final class CsvRows {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Receives each data row. */
    @FunctionalInterface
    interface RowHandler {
        /** @param line the row's 1-based line number, for messages; @param fields its numbers */
        void row(int line, double[] fields);
    }

    private CsvRows() {
    }

    /**
     * Parses every data row of {@code csv}, which must have between {@code minColumns} and
     * {@code maxColumns} fields, and hands it to {@code handler}; returns the number of data rows.
     */
    static int read(Reader csv, int minColumns, int maxColumns, RowHandler handler) {
        if (csv == null) {
            throw new IllegalArgumentException("no CSV text given");
        }
        BufferedReader reader = new BufferedReader(csv);
        int lineNumber = 0;
        int rows = 0;
        boolean headerAllowed = true;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String text = (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK
                        ? line.substring(1) : line).strip();
                if (text.isEmpty() || text.charAt(0) == '#') {
                    continue;
                }
                boolean header = headerAllowed && Character.isLetter(text.charAt(0));
                headerAllowed = false;
                if (!header) {
                    handler.row(lineNumber, fields(lineNumber, text, minColumns, maxColumns));
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV text after line " + lineNumber, e);
        }
        return rows;
    }

    /** An {@link IllegalArgumentException} whose message starts with {@code line N: }. */
    static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("line " + line + ": " + message);
    }

    private static double[] fields(int line, String text, int minColumns, int maxColumns) {
        String[] parts = text.split(",", -1);
        if (parts.length < minColumns || parts.length > maxColumns) {
            String expected = minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " or " + maxColumns;
            throw error(line, "expected " + expected + " field(s), got " + parts.length + " in '" + text + "'");
        }
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String field = parts[i].strip();
            if (!NUMBER.matcher(field).matches()) {
                throw error(line, "field " + (i + 1) + " is not a number: '" + field + "'");
            }
            values[i] = Double.parseDouble(field);
            if (!Double.isFinite(values[i])) {
                throw error(line, "field " + (i + 1) + " is too large: '" + field + "'");
            }
        }
        return values;
    }
}
