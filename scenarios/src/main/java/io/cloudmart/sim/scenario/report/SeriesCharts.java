package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;

import io.cloudmart.sim.core.run.ExperimentResult;
import io.cloudmart.sim.core.stats.TimeSeries;
import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.report.Marker;

/** Charts of time series (means over replications), all on the same time axis and markers. */
final class SeriesCharts {
    /**
     * One line of a chart: column {@code column} of series {@code key}, named {@code name}, in palette colour
     * {@code colour} ({@link Line#AUTO}: by its position in the chart).
     */
    record Ref(String key, String column, String name, int colour) {
        Ref(String key, String column, String name) {
            this(key, column, name, Line.AUTO);
        }
    }

    private final ExperimentResult result;
    private final TimeAxis axis;
    private final List<Marker> markers;
    /** Means over replications, computed once per series although several lines and charts use them. */
    private final java.util.Map<String, TimeSeries> means = new java.util.HashMap<>();

    SeriesCharts(ExperimentResult result, TimeAxis axis, List<Marker> markers) {
        this.result = result;
        this.axis = axis;
        this.markers = List.copyOf(markers);
    }

    /** p50, p95 and p99 of a latency series, in ms. */
    Chart latency(String title, String key) {
        return chart(title, "latency (ms)", List.of(new Ref(key, "p50", "p50"), new Ref(key, "p95", "p95"),
                new Ref(key, "p99", "p99")), 1000.0);
    }

    Chart rates(String title, List<Ref> refs, String yLabel) {
        return chart(title, yLabel, refs, 1.0);
    }

    /**
     * A rate chart of {@code parts} with, first, their sum per bucket (NaN where one is NaN) named and coloured as
     * {@code total} says (its key and column are not read).
     */
    Chart withTotal(String title, String yLabel, Ref total, List<Ref> parts) {
        Chart chart = chart(title, yLabel, parts, 1.0);
        double[] sum = new double[chart.lines().get(0).size()];
        for (Line line : chart.lines()) {
            double[] y = line.y();
            for (int i = 0; i < y.length; i++) {
                sum[i] += y[i];
            }
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(total.name(), chart.lines().get(0).x(), sum, total.colour()));
        lines.addAll(chart.lines());
        return new Chart(title, axis.label(), yLabel, lines, markers);
    }

    /** Each ref's values multiplied by {@code scale} (1000 for s → ms, 100 for fraction → %). */
    Chart chart(String title, String yLabel, List<Ref> refs, double scale) {
        List<Line> lines = new ArrayList<>();
        for (Ref ref : refs) {
            TimeSeries series = means.computeIfAbsent(ref.key(), result::meanSeries);
            double[] y = series.column(ref.column()).clone();
            for (int i = 0; i < y.length; i++) {
                y[i] *= scale;
            }
            lines.add(new Line(ref.name(), axis.convert(series.midpoints()), y, ref.colour()));
        }
        return new Chart(title, axis.label(), yLabel, lines, markers);
    }
}
