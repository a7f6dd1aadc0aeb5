package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.Estimate;

/**
 * sweep.csv: one row per point in grid order; first the varied fields (headed by their paths), then for each
 * {@link SweepFigure} its mean over replications and its 95% half-width (empty with one replication, and both
 * empty where the figure has no value, e.g. cost without a cluster). docs/results.md describes the columns.
 */
final class SweepCsv {
    private SweepCsv() {
    }

    static List<String> headers(SweepGrid grid) {
        List<String> headers = new ArrayList<>();
        grid.axes().forEach(axis -> headers.add(axis.path()));
        for (SweepFigure figure : SweepFigure.values()) {
            headers.add(figure.column() + ".mean");
            headers.add(figure.column() + ".halfWidth95");
        }
        return headers;
    }

    static String render(SweepGrid grid, List<SweepPointResult> points) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", headers(grid).stream().map(SweepNumbers::cell).toList())).append('\n');
        for (SweepPointResult point : points) {
            List<String> cells = new ArrayList<>();
            point.values().forEach(v -> cells.add(SweepNumbers.cell(v)));
            for (SweepFigure figure : SweepFigure.values()) {
                Estimate e = point.estimate(figure);
                cells.add(SweepNumbers.csv(e.mean()));
                cells.add(SweepNumbers.csv(e.halfWidth95()));
            }
            text.append(String.join(",", cells)).append('\n');
        }
        return text.toString();
    }
}
