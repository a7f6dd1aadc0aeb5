package io.cloudmart.sim.scenario.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudmart.sim.report.Block;
import io.cloudmart.sim.report.Fact;
import io.cloudmart.sim.report.HtmlReportWriter;
import io.cloudmart.sim.report.Legend;
import io.cloudmart.sim.report.Report;
import io.cloudmart.sim.report.Section;
import io.cloudmart.sim.report.Table;
import io.cloudmart.sim.scenario.output.TimeseriesTable;
import io.cloudmart.sim.scenario.report.OverlaidCharts;

/**
 * compare.html: the runs with their colours (one legend, at the top), per variant the side-by-side table of every
 * figure both runs have (baseline, variant, paired difference with its 95 % half-width, Welch's for comparison, and
 * the sentence), then the overlaid time charts, one line per run in the legend's colours.
 */
final class ComparePage {
    private static final List<String> FIGURE_HEADERS = ComparisonFiles.concat(List.of("figure"),
            Comparison.Figure.CELL_HEADERS, List.of("reading"));

    /** A run of the page: its row (label and results) and its time series when it has them. */
    record Run(ResultRow row, Optional<TimeseriesTable> series) {
    }

    private ComparePage() {
    }

    static String html(List<Run> runs, List<Comparison> comparisons) {
        return new HtmlReportWriter().render(report(runs, comparisons));
    }

    static Report report(List<Run> runs, List<Comparison> comparisons) {
        List<String> labels = runs.stream().map(r -> r.row().label()).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Runs", "Each run is drawn in its colour in every chart below.",
                List.of(new Legend("Runs", labels), runTable(runs))));
        for (Comparison c : comparisons) {
            sections.add(new Section(c.variant().label() + " against " + c.baseline().label(), intro(c),
                    List.of(figureTable(c))));
        }
        List<Block> charts = new ArrayList<>(OverlaidCharts.charts(runs.stream()
                .map(r -> new OverlaidCharts.Run(r.row().label(), r.series())).toList()));
        if (!charts.isEmpty()) {
            sections.add(new Section("Over time", "Each line is a run's mean over its replications, per time bucket,"
                    + " warm-up included; a run from a folder without timeseries.csv has no line.", charts));
        }
        JsonNode baseline = runs.get(0).row().results();
        return new Report("Comparison: " + String.join(" · ", labels),
                "The first run is the baseline; every other run is set against it figure by figure.",
                List.of(new Fact("baseline", labels.get(0)), new Fact("seed", baseline.path("seed").asText()),
                        new Fact("replications", baseline.path("replications").asText())),
                sections);
    }

    private static String intro(Comparison c) {
        int pairs = c.figures().isEmpty() ? 0 : c.figures().get(0).difference().pairs();
        return pairs + " replication" + (pairs == 1 ? "" : "s") + " of each, "
                + (c.paired() ? "paired: the same seed, so replication i of both drew the same random numbers and the"
                        + " interval is that of the differences (paired ±)."
                        : "unpaired: the seeds differ, so the interval is Welch's for two independent runs (unpaired ±).")
                + " A difference is significant when its interval leaves out 0.";
    }

    private static Table runTable(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            JsonNode r = run.row().results();
            List<String> overrides = new ArrayList<>();
            r.path("overrides").forEach(o -> overrides.add(o.asText()));
            rows.add(List.of(run.row().label(), r.path("scenario").asText(), r.path("seed").asText(),
                    r.path("replications").asText(), overrides.isEmpty() ? "–" : String.join(" ", overrides)));
        }
        return new Table("What ran", List.of("run", "scenario", "seed", "replications", "overrides"), rows,
                "Overrides include the seed and replications compare gives every run it makes, so they pair.");
    }

    private static Table figureTable(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Figure f : c.figures()) {
            HeadlineFigure h = f.figure();
            rows.add(ComparisonFiles.concat(List.of(h.words() + (h.unit().isEmpty() ? "" : " (" + h.unit() + ")")),
                    f.cells(), List.of(f.sentence())));
        }
        return new Table("Figures both runs have", FIGURE_HEADERS, rows, "Means over the paired replications;"
                + " ± is the 95 % half-width (Student t over the differences when paired, Welch otherwise)."
                + " Money is in the baseline's currency.");
    }
}
