package io.cloudmart.sim.scenario.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.cloudmart.sim.report.Chart;
import io.cloudmart.sim.report.Line;
import io.cloudmart.sim.scenario.output.TimeseriesTable;

/**
 * The time charts of a comparison: per figure one chart with one line per run, in the runs' order in every chart, so
 * run {@code i} has the palette's colour {@code i} everywhere and one legend above them serves all. A run without
 * the figure keeps its place with an empty line (its legend entry says "no data"); a chart no run has data for is
 * left out. Each line is the run's mean over replications, as its timeseries.csv holds it.
 */
public final class OverlaidCharts {
    /** One run of the comparison: its name and its series (empty for an earlier run's folder without timeseries.csv). */
    public record Run(String label, Optional<TimeseriesTable> series) {
    }

    /** A chart: its title, its y axis, and how to read its values from a run's series. */
    private record Figure(String title, String yLabel, Function<TimeseriesTable, Optional<double[]>> values) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("p99 latency", "latency (ms)", s -> s.column("client.latency.p99_ms")),
            new Figure("Mean latency", "latency (ms)", s -> s.column("client.latency.mean_ms")),
            new Figure("Throughput", "responses per second", s -> s.column("client.requests_per_s")),
            new Figure("Errors (409, 5xx, timeouts)", "errors per second", s -> s.column("client.errors_per_s")),
            new Figure("Rate-limited at the gateway (429)", "429 answers per second",
                    s -> s.column("gateway.rateLimited_per_s")),
            new Figure("Pods of all services", "pods", s -> s.sum("svc.", ".replicas")),
            new Figure("Nodes of all pools (what the bill is made of)", "nodes", s -> s.sum("cluster.", ".nodes")));

    private OverlaidCharts() {
    }

    public static List<Chart> charts(List<Run> runs) {
        double end = runs.stream().flatMap(r -> r.series().stream()).mapToDouble(TimeseriesTable::endSeconds)
                .max().orElse(0);
        TimeAxis axis = TimeAxis.forDuration(end);
        List<Chart> charts = new ArrayList<>();
        for (Figure figure : FIGURES) {
            List<Line> lines = new ArrayList<>();
            boolean any = false;
            for (Run run : runs) {
                Optional<double[]> values = run.series().flatMap(figure.values());
                any |= values.isPresent();
                lines.add(values.map(y -> new Line(run.label(), axis.convert(run.series().get().midpointsSeconds()), y))
                        .orElseGet(() -> new Line(run.label(), new double[0], new double[0])));
            }
            if (any) {
                charts.add(new Chart(figure.title(), axis.label(), figure.yLabel(), lines, List.of()));
            }
        }
        return charts;
    }
}
