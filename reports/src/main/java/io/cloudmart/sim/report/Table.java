package io.cloudmart.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A captioned table of preformatted cells. The renderer does no number formatting; it only
 * right-aligns cells that look numeric so that columns of figures line up.
 *
 * @param caption shown above the table; required
 * @param headers column headings; required, at least one
 * @param rows data rows, each with exactly one non-null cell per header; {@code null} is treated
 *     as no rows
 * @param note small print shown below the table, for example how intervals were computed;
 *     {@code null} or empty means no note
 */
public record Table(String caption, List<String> headers, List<List<String>> rows, String note)
        implements Block {

    /**
     * Checks the shape and copies all lists, so a ragged or half-filled table fails here with the
     * row number instead of rendering misaligned columns.
     */
    public Table {
        Objects.requireNonNull(caption, "caption");
        headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("table '" + caption + "' has no headers");
        }
        rows = copyRows(caption, headers.size(), rows == null ? List.of() : rows);
        note = note == null ? "" : note;
    }

    private static List<List<String>> copyRows(
            String caption, int width, List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row == null || row.size() != width || row.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException(
                        "table '" + caption + "' row " + i + " must have " + width
                                + " non-null cells but was " + row);
            }
            copy.add(List.copyOf(row));
        }
        return List.copyOf(copy);
    }
}
