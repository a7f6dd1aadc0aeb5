package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints result rows as an aligned text table (the first column left-aligned, figures right-aligned). */
final class ResultTable {
    private ResultTable() {
    }

    static void print(List<ResultRow> rows, PrintWriter out) {
        print(ResultRow.HEADERS, rows.stream().map(ResultRow::cells).toList(), out);
    }

    /** Any table: {@code headers} on top, then each line (as many cells as headers). */
    static void print(List<String> headers, List<List<String>> cells, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(headers);
        lines.addAll(cells);
        int[] widths = new int[headers.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                text.append(i == 0 ? cell + pad : pad + cell).append(i < widths.length - 1 ? "  " : "");
            }
            out.println(text.toString().stripTrailing());
        }
        out.flush();
    }
}
