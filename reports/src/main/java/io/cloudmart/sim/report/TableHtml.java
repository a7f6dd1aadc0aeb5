package io.cloudmart.sim.report;

import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link Table} as an HTML table with caption, header row, zebra body and optional note.
 *
 * <p>A cell is right-aligned when it looks numeric. A column whose cells are all numbers or
 * placeholders ("—", "n/a") is a numeric column: its header and its placeholders are right-aligned
 * too, so the column reads as one block of figures.
 */
final class TableHtml {

    private TableHtml() {}

    /** Returns the table markup, every cell escaped. */
    static String render(Table table) {
        boolean[] numericColumns = numericColumns(table);
        StringBuilder out = new StringBuilder(256 + 64 * table.rows().size());
        out.append("<div class=\"table-wrap\">\n<table>\n<caption>")
                .append(Html.escape(table.caption()))
                .append("</caption>\n<thead><tr>");
        for (int c = 0; c < table.headers().size(); c++) {
            out.append(numericColumns[c] ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
                    .append(Html.escape(table.headers().get(c)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                boolean right = NumericText.looksNumeric(cell)
                        || (numericColumns[c] && NumericText.isPlaceholder(cell));
                out.append(right ? "<td class=\"num\">" : "<td>").append(Html.escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!table.note().isBlank()) {
            out.append("<p class=\"note\">").append(Html.escape(table.note().strip())).append("</p>\n");
        }
        return out.append("</div>\n").toString();
    }

    /** A column is numeric if it has a number and nothing but numbers and placeholders. */
    static boolean[] numericColumns(Table table) {
        int width = table.headers().size();
        boolean[] hasNumber = new boolean[width];
        boolean[] onlyNumbers = new boolean[width];
        Arrays.fill(onlyNumbers, true);
        for (List<String> row : table.rows()) {
            for (int c = 0; c < width; c++) {
                boolean numeric = NumericText.looksNumeric(row.get(c));
                hasNumber[c] |= numeric;
                onlyNumbers[c] &= numeric || NumericText.isPlaceholder(row.get(c));
            }
        }
        boolean[] result = new boolean[width];
        for (int c = 0; c < width; c++) {
            result[c] = hasNumber[c] && onlyNumbers[c];
        }
        return result;
    }
}
