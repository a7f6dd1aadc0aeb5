package io.cloudmart.sim.scenario.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints result rows as an aligned text table (the first column left-aligned, figures right-aligned). */
final class ResultTable {
    private ResultTable() {
    }

    static void print(List<ResultRow> rows, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(ResultRow.HEADERS);
        rows.forEach(r -> lines.add(r.cells()));
        int[] widths = new int[ResultRow.HEADERS.size()];
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
